// Vietnamese phone numbers inside a comment: digit groups joined by spaces,
// dots or hyphens; mobiles are 10 digits starting 03/05/07/08/09, landlines
// 11 digits starting 02; `+84`/`84`/`0084` stands for the leading 0; a number abroad
// (`+1 408 …`) is kept apart, neither a phone nor a count. Voice typing
// writes a phone said aloud as words (`không chín một hai …`), digits mixed in.
// The tokens of a phone are marked so no later pass reads them as a quantity.
import { ACCOUNT_KHOAN, ACCOUNT_LABELS, ACCOUNT_TAI, BANKS, OLD, ORDERER, ORDERER_SECOND, PHONE_CHANGES, PHONE_LABELS, PHONE_OWNERS, PHONE_SAID, SPOKEN_DIGITS } from './lexicon';
import { isSym } from './token-tests';
import { type Token } from './tokenize';

/**
 * The eleven-digit mobiles renumbered in 2018 (`0168 …` became `038 …`), which older buyers still type: the old prefix
 * and the new one.
 */
const RENUMBERED = new Map([
  ['0162', '032'], ['0163', '033'], ['0164', '034'], ['0165', '035'], ['0166', '036'], ['0167', '037'], ['0168', '038'], ['0169', '039'],
  ['0120', '070'], ['0121', '079'], ['0122', '077'], ['0126', '076'], ['0128', '078'],
  ['0123', '083'], ['0124', '084'], ['0125', '085'], ['0127', '081'], ['0129', '082'],
  ['0186', '056'], ['0188', '058'], ['0199', '059'],
]);

/** The digits as dialled at home: `+84`, `84` and `0084` become the leading 0. */
function localDigits(digits: string): string {
  let local = digits;
  // `0084 903 456 789`: +84 as dialled from abroad
  if (local.startsWith('0084') && (local.length === 13 || local.length === 14)) local = local.slice(2);
  if (local.startsWith('84') && (local.length === 11 || local.length === 12)) local = `0${local.slice(2)}`;
  return local;
}

/** An eleven-digit mobile of before 2018, as typed (`01683456789`): the parser reports its new number apart. */
export function isRenumbered(local: string): boolean {
  return local.length === 11 && RENUMBERED.has(local.slice(0, 4));
}

/** The phone as digits with a leading 0, or null when these digits are not one. */
export function normalisePhoneDigits(digits: string): string | null {
  const local = localDigits(digits);
  if (local.length === 10 && /^0[35789]/.test(local)) return local;
  if (local.length === 11 && local.startsWith('02')) return local;
  // (`01683 456 789`: the number it has been since 2018, 0383 456 789)
  const renumbered = local.length === 11 ? RENUMBERED.get(local.slice(0, 4)) : undefined;
  if (renumbered !== undefined) return renumbered + local.slice(4);
  return null;
}

const isDigitGroup = (t: Token | undefined): t is Token =>
  t !== undefined && t.kind === 'num' && t.role === 'free' && !Number.isNaN(t.value);

/**
 * Marks every phone in the comment; returns the buyer's (the first, or the later one after `đổi` or when the first is
 * `cũ`, or one said to be the buyer's own among a recipient's), or null.
 */
export function markPhones(tokens: Token[]): string | null {
  let chosen: string | null = null;
  let chosenOwn = false;
  let firstEnd = -1;
  // `sđt cũ 0912 …, gọi số 0987 …`: the first is the old one
  let firstOld = false;
  for (let s = 0; s < tokens.length; s++) {
    if (!isDigitGroup(tokens[s])) continue;
    const prev = tokens[s - 1];
    if (prev !== undefined && !tokens[s]?.spaced && prev.kind === 'num') continue;
    // `SPXVN0381234567` is a tracking code; `sdt0912345678` is still a phone
    if (prev !== undefined && !tokens[s]?.spaced && prev.kind === 'word' && !PHONE_LABELS.has(prev)) continue;
    // `09-12-2024 21:03`: a date (and a time), no phone
    const date = dateEnd(tokens, s);
    if (date > 0) {
      s = date;
      continue;
    }
    const abroad = foreignNumberEnd(tokens, s);
    if (abroad > 0) {
      // `+1 408 555 0199`, `+81 90 1234 5678`: a number abroad, no quantity (`+1`) and no Vietnamese phone
      (prev as Token).role = 'phone';
      for (let k = s; k <= abroad; k++) (tokens[k] as Token).role = 'phone';
      s = abroad;
      continue;
    }
    let digits = '';
    let j = s;
    let found: { phone: string; end: number } | null = null;
    while (isDigitGroup(tokens[j])) {
      digits += (tokens[j] as Token).fold;
      if (digits.length > (digits.startsWith('00') ? 14 : 12)) break;
      // (a mobile of before 2018 is reported as typed: the parser keeps its new number apart)
      const local = localDigits(digits);
      const phone = isRenumbered(local) ? local : normalisePhoneDigits(digits);
      const next = tokens[j + 1];
      const continues = next !== undefined && !next.spaced && next.kind !== 'sym';
      if (phone !== null && !continues) {
        found = { phone, end: j };
        if (digits.length >= 10 && !digits.startsWith('84')) break;
      }
      // the next group: after a space, or after a glued `-` or `.`
      const sep = tokens[j + 1];
      if (isDigitGroup(sep) && sep.spaced) {
        j += 1;
      } else if (
        sep !== undefined &&
        sep.kind === 'sym' &&
        (sep.raw === '-' || sep.raw === '.') &&
        isDigitGroup(tokens[j + 2]) &&
        // (glued, or spaced on both sides as a phone said digit by digit is typed: `0 9 7 7 - 5 5 5 - 2 2 2`)
        (sep.spaced ? tokens[j + 2]?.spaced === true && digits.startsWith('0') : !tokens[j + 2]?.spaced)
      ) {
        j += 2;
      } else if (isSym(sep, ')') && sep?.spaced === false && isDigitGroup(tokens[j + 2]) && (digits === '84' || (digits.length <= 4 && isSym(tokens[s - 1], '(')))) {
        j += 2; // `(+84) 912 345 678`, `(0934) 567 890`
      } else if (digits === '84' && isSym(sep, '(') && tokens[j + 2]?.fold === '0' && isSym(tokens[j + 3], ')') && isDigitGroup(tokens[j + 4])) {
        j += 4; // `+84 (0) 903 112 233`: the 0 in brackets is the one +84 stands for
      } else break;
    }
    if (found === null) continue;
    if (bankAccount(tokens, s, found.end)) {
      // `stk MB 0901234567`, `ck từ tk 0961000789 vcb`: an account number, neither a phone nor a quantity
      for (let k = s; k <= found.end; k++) (tokens[k] as Token).role = 'measure';
      s = found.end;
      continue;
    }
    const plus = tokens[s - 1];
    if (plus?.kind === 'sym' && plus.raw === '+' && !tokens[s]?.spaced) plus.role = 'phone';
    for (let k = s; k <= found.end; k++) (tokens[k] as Token).role = 'phone';
    const own = ownPhone(tokens, s);
    if (own && !chosenOwn && firstEnd >= 0) {
      // (`nhận hàng: chị Thu 0912 …; người đặt: Minh 0383 …`: the buyer's own, said after the recipient's)
      chosen = found.phone;
      chosenOwn = true;
      firstEnd = found.end;
    } else if (firstEnd < 0 || (notMobileNow(chosen) && !notMobileNow(found.phone))) {
      chosenOwn = own;
      // (a mobile of now beside a landline or an old 11-digit one is the one a shipper can call or text)
      chosen = found.phone;
      firstEnd = found.end;
      firstOld = tokens.slice(Math.max(0, s - 2), s).some((t) => t.kind === 'word' && OLD.has(t));
    } else if (!chosenOwn && (firstOld || tokens.slice(firstEnd + 1, s).some((t) => t.kind === 'word' && PHONE_CHANGES.has(t)))) chosen = found.phone;
    s = found.end;
  }
  return chosen ?? markSpokenPhone(tokens);
}

/**
 * The phone starting at `s` is said to be the buyer's own: `người đặt` (the one ordering), or a phone's label and the
 * buyer's pronoun (`sđt con`, `số em`), within the five words before it and after any earlier phone.
 */
function ownPhone(tokens: readonly Token[], s: number): boolean {
  for (let k = s - 1; k >= 0 && k >= s - 5; k--) {
    const t = tokens[k] as Token;
    if (t.role === 'phone') return false;
    if (t.kind !== 'word') continue;
    const next = tokens[k + 1];
    if (ORDERER.has(t) && ORDERER_SECOND.has(next)) return true;
    if (PHONE_SAID.has(t) && PHONE_OWNERS.has(next)) return true;
  }
  return false;
}

const isLandline = (phone: string | null): boolean => phone !== null && phone.startsWith('02');
/** A landline, or a mobile of before 2018 as typed: reported apart, so a mobile of now beside it is the phone. */
const notMobileNow = (phone: string | null): boolean => isLandline(phone) || (phone !== null && isRenumbered(phone));

/** `09-12-2024`, `9/12/2024`, `09.12.2024`: day, month and a year of this century or the last; the year's index, or -1. */
function dateEnd(tokens: readonly Token[], s: number): number {
  const day = tokens[s] as Token;
  const month = tokens[s + 2];
  const year = tokens[s + 4];
  if (day.fold.length > 2 || month === undefined || year === undefined || month.fold.length > 2 || year.kind !== 'num' || year.fold.length !== 4) return -1;
  if (!(isSym(tokens[s + 1], '-/.') && isSym(tokens[s + 3], '-/.')) || month.kind !== 'num') return -1;
  return year.fold.startsWith('19') || year.fold.startsWith('20') ? s + 4 : -1;
}

/**
 * A number dialled abroad from `+`: a country code other than 84 glued to it, then groups of at least
 * seven digits in all, the first not a 0 (`+2 0912 345 678` is two, then a phone). The last token's
 * index, or -1.
 */
function foreignNumberEnd(tokens: readonly Token[], s: number): number {
  const code = tokens[s] as Token;
  if (!isSym(tokens[s - 1], '+') || code.spaced || code.fold.length > 3 || code.fold === '84' || code.fold.startsWith('0')) return -1;
  let digits = 0;
  let end = -1;
  let j = s + 1;
  if (isSym(tokens[j], '(')) j++; // `+1 (714) 555-0134`
  for (; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    // (`555-0134`, `(714) 555`: a bracket or a glued hyphen or dot between groups)
    const joins = isSym(t, ')-.') && !t.spaced && isDigitGroup(tokens[j + 1]);
    if (isDigitGroup(t)) {
      if (digits === 0 && t.fold.startsWith('0')) return -1;
      digits += t.fold.length;
      end = j;
    } else if (!joins) break;
  }
  return digits >= 7 && digits <= 12 ? end : -1;
}

/** `không chín một hai ba bốn năm sáu bảy tám`, `09 một hai 345 678`: a phone said digit by digit, as voice typing writes it. */
function markSpokenPhone(tokens: Token[]): string | null {
  for (let s = 0; s < tokens.length; s++) {
    const first = tokens[s] as Token;
    // (a fold test first: most words are not `không`)
    if (first.role !== 'free' || !(first.kind === 'num' ? first.fold.startsWith('0') : first.fold === 'khong' && SPOKEN_DIGITS.value(first) === 1)) continue;
    let digits = '';
    let words = 0;
    for (let j = s; j < tokens.length && digits.length < 11; j++) {
      const t = tokens[j] as Token;
      if (t.role !== 'free') break;
      const spoken = t.kind === 'word' ? SPOKEN_DIGITS.value(t) : 0;
      if (t.kind === 'num' && !t.grouped && (j === s || t.spaced)) digits += t.fold;
      else if (spoken !== 0) {
        digits += String(spoken - 1);
        words += 1;
      } else break;
      const phone = words >= 2 ? normalisePhoneDigits(digits) : null;
      if (phone !== null) {
        for (let k = s; k <= j; k++) (tokens[k] as Token).role = 'phone';
        return phone;
      }
    }
  }
  return null;
}

/** Up to three words before the digits hold an account label, or a bank's name stands next to them. */
function bankAccount(tokens: readonly Token[], start: number, end: number): boolean {
  const word = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
  if (word(tokens[end + 1]) && BANKS.has(tokens[end + 1])) return true;
  for (let k = start - 1, words = 0; k >= 0 && words < 3; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'num') return false;
    // (`số tk 0071 … vcb, sđt 0903 888 246`: a phone's own label, or a comma, ends what an account's words reach)
    if (isSym(t, ',;') || (word(t) && PHONE_LABELS.has(t))) return false;
    if (t.kind !== 'word') continue;
    words += 1;
    if (ACCOUNT_LABELS.has(t) || BANKS.has(t) || (ACCOUNT_KHOAN.has(t) && ACCOUNT_TAI.has(tokens[k - 1]))) return true;
  }
  return false;
}
