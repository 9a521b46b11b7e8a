// Quantity expressions as written, before deciding which product each one
// belongs to: `2`, `hai`, `1 chục`, `2 hũ`, `2hũ`, `x2`, `×2`, `*2`, `sl 2`,
// `sl: 2`, `số lượng 2`, `+2`, `2 trăm`. Only 1–999 are quantities.
import {
  AND_A_HALF,
  BAO,
  BAO_ASKS,
  BIG_WEIGHTS,
  CHO,
  CHUC,
  CONGRATS,
  DOZEN,
  EMOTES,
  GRADES,
  HALF,
  HUNDRED,
  LUONG,
  MOI,
  MUOI_TEN,
  MUOI_TENS,
  NUMBER_WORDS,
  ORDER_WORDS,
  PAIR,
  PLAIN_AMBIGUOUS_NUMBERS,
  POSSESSORS,
  SL,
  SO,
  SPOKEN_TENS,
  SUBUNITS,
  UNIT_DIGITS_AFTER_TEN,
  VAGUE_ALL,
  VAGUE_DOUBLE,
  VAGUE_LEAD,
  VAGUE_LITTLE,
  VAGUE_MANY,
  VAGUE_TIMES,
  YEAR_AFTER,
} from './lexicon';
import { isSym } from './token-tests';
import { toCome } from './time-words';
import { type Token } from './tokenize';

export type QtyKind =
  /** `+2` */
  | 'plus'
  /** `x2`, `×2`, `*2` */
  | 'times'
  /** `sl 2`, `số lượng 2` */
  | 'sl'
  /** A number in digits, or in words. */
  | 'number';

export interface Qty {
  start: number;
  end: number;
  value: number;
  unit: Token | null;
  kind: QtyKind;
  /** Written in words (`hai`), not digits. */
  words: boolean;
  /** A plain number word that is also an everyday word (`sau`, `nam`, `ba`). */
  weak: boolean;
  /** Follows an order word (`lấy 2`, `chốt 2`, `cho em 2`). Set by the parser. */
  afterOrder: boolean;
  /** `mỗi loại 2`: for every product named. Set by the parser. */
  each: boolean;
  /**
   * Part of a unit, or an amount in a smaller one (`nửa ký`, `1 ký rưỡi`, `2,5 ký`, `5 lạng`): counted
   * as one, for the seller to settle from the review queue, unless it makes a whole number of the
   * product's packs (parser.ts settleAmount).
   */
  part: boolean;
  /** `1 lạng`, `nửa ký`, `2 lít`: the weight or volume said, in grams or millilitres; null for a count of units. */
  amount: Amount | null;
  /** How many of its unit were said, halves kept (`nửa thùng`: 0.5, `1 thùng rưỡi`: 1.5); the value is whole. */
  said: number;
  /** `lấy hết`, `một ít`, `gấp đôi`: an amount with no number, counted as one for the seller to settle. */
  vague: boolean;
  /** The word an amount was said in (`yen` for `2 yến`), folded; null for a count. (Every Qty has every field: one shape.) */
  by: string | null;
}

/** A weight in grams or a volume in millilitres. */
export interface Amount {
  value: number;
  dim: 'g' | 'ml';
}

/** What one of each weight or volume word is: `ký` a thousand grams, `lạng` a hundred. */
const AMOUNT_WORDS: ReadonlyMap<string, Amount> = new Map([
  ['kg', { value: 1000, dim: 'g' }],
  ['ky', { value: 1000, dim: 'g' }],
  ['ki', { value: 1000, dim: 'g' }],
  ['can', { value: 1000, dim: 'g' }],
  ['lang', { value: 100, dim: 'g' }],
  ['yen', { value: 10_000, dim: 'g' }],
  ['ta', { value: 100_000, dim: 'g' }],
  ['gam', { value: 1, dim: 'g' }],
  ['gram', { value: 1, dim: 'g' }],
  ['gr', { value: 1, dim: 'g' }],
  ['ml', { value: 1, dim: 'ml' }],
  ['lit', { value: 1000, dim: 'ml' }],
]);

/** The sizes a name gives (`50g`, `5kg`, `500ml`, `1l`) in those words and their glued short forms. */
const SIZE_WORDS: ReadonlyMap<string, Amount> = new Map([
  ...AMOUNT_WORDS,
  ['g', { value: 1, dim: 'g' }],
  ['grams', { value: 1, dim: 'g' }],
  ['kgs', { value: 1000, dim: 'g' }],
  ['l', { value: 1000, dim: 'ml' }],
  ['lits', { value: 1000, dim: 'ml' }],
  ['cc', { value: 1, dim: 'ml' }],
]);

/** A size as the catalog index keeps it (`50g`, `1lit`: digits, then the folded word), as an amount; null for others (`40do`). */
export function sizeAmount(size: string): Amount | null {
  const match = /^(\d+)(\D+)$/.exec(size);
  const one = match === null ? undefined : SIZE_WORDS.get(match[2] as string);
  return match === null || one === undefined ? null : { value: Number(match[1]) * one.value, dim: one.dim };
}

/** `can` typed plain is a jerrycan (`2 can nước mắm`), no cân: no weight, as a buyer's unit or a product's. */
export function jerrycan(word: { fold: string; marked: boolean }): boolean {
  return word.fold === 'can' && !word.marked;
}

/** The same weight or volume. */
export function sameAmount(a: Amount, b: Amount): boolean {
  return a.dim === b.dim && a.value === b.value;
}

/** `count` of the weight or volume `word` names (`2` `lạng`: 200 g), or null when it names none. */
function amountIn(count: number, word: Token | null | undefined): Amount | null {
  const one = word === null || word === undefined || word.kind !== 'word' || jerrycan(word) ? undefined : AMOUNT_WORDS.get(word.fold);
  return one === undefined ? null : { value: count * one.value, dim: one.dim };
}

interface NumberRead {
  value: number;
  end: number;
  words: boolean;
  weak: boolean;
}

const isFree = (t: Token | undefined): t is Token => t !== undefined && t.role === 'free';

function readDigits(tokens: readonly Token[], i: number, afterMarker = false): NumberRead | null {
  const t = tokens[i];
  if (!isFree(t) || t.kind !== 'num' || t.grouped || !Number.isFinite(t.value)) return null;
  // `thẻ tv 0088`, `mã 007`: three digits or more led by a zero number something, no count (`02 hộp` still counts)
  if (t.fold.length >= 3 && t.fold.startsWith('0')) return null;
  const prev = tokens[i - 1];
  if (prev !== undefined && !t.spaced && !afterMarker) {
    // `abc2`: part of a word or code; `lay2hu`, `chốt2`: an order word and its count typed without a space
    // (but `chot61` is chốt typed with VNI keys: a mark's digit, then a tone's)
    if (prev.kind === 'word' && (!ORDER_WORDS.has(prev) || /^[6-9][1-5]$/.test(t.fold))) return null;
    // 20/11, 8:30 (but `MO1:2`, `MO1-2`: a code's digits, then its count)
    if (isSym(prev, '/:-.,') && tokens[i - 2]?.kind === 'num' && tokens[i - 2]?.role !== 'mention' && !prev.spaced) return null;
  }
  const next = tokens[i + 1];
  // 20/11, 8:30, 1,5, 2.5: dates, times and decimals
  if (next !== undefined && !next.spaced && isSym(next, '/:.,') && tokens[i + 2]?.kind === 'num' && !tokens[i + 2]?.spaced) return null;
  return { value: t.value, end: i + 1, words: false, weak: false };
}

function readWords(tokens: readonly Token[], i: number): NumberRead | null {
  const t = tokens[i];
  if (!isFree(t) || t.kind !== 'word') return null;
  if (MUOI_TEN.has(t)) {
    const unitDigit = UNIT_DIGITS_AFTER_TEN.value(tokens[i + 1]);
    if (unitDigit > 0 && isFree(tokens[i + 1])) return { value: 10 + unitDigit, end: i + 2, words: true, weak: false };
    return { value: 10, end: i + 1, words: true, weak: false };
  }
  const tensSaid = t.marked ? SPOKEN_TENS.value(t) : 0;
  if (tensSaid > 0) {
    const unitDigit = UNIT_DIGITS_AFTER_TEN.value(tokens[i + 1]);
    return unitDigit > 0 && isFree(tokens[i + 1]) ? { value: tensSaid + unitDigit, end: i + 2, words: true, weak: false } : null;
  }
  let digit = NUMBER_WORDS.value(t);
  if (digit === 0) return null;
  // `half a dozen`: six
  if (digit === 12 && tokens[i - 1]?.fold === 'a' && tokens[i - 2]?.fold === 'half') digit = 6;
  // `Ba tui ở quê cũng trồng lúa`: ba (dad) and whose he is (`bon tui xoai` is four bags: only a capital, a word
  // after it typed with its marks, as `ba tui dặn lấy …`, or a count after it, as `mua cho ba tui 2 chai`, makes `tui` tôi)
  const whose = tokens[i + 1];
  const afterWhose = tokens[i + 2];
  if (
    isFree(whose) &&
    POSSESSORS.has(whose) &&
    (whose.fold !== 'tui' || t.title || (isFree(afterWhose) && (afterWhose.kind === 'num' || (afterWhose.kind === 'word' && afterWhose.marked))))
  ) {
    return null;
  }
  // `năm ngoái mua …`: last year, not five
  if (digit === 5 && isFree(tokens[i + 1]) && YEAR_AFTER.has(tokens[i + 1])) return null;
  // `lấy cho ba hai gói`: for dad, two packs (a count right after it is the count); `mua cho ba đông trùng uống`: for
  // dad, the product's name right after him with no unit between
  if (digit === 3 && !t.marked && isFree(tokens[i - 1]) && CHO.has(tokens[i - 1]) && (tokens[i + 1]?.kind === 'num' || NUMBER_WORDS.has(tokens[i + 1]) || tokens[i + 1]?.role === 'mention')) {
    return null;
  }
  // `đợt sau`, `tuần sau`: the next batch, next week, not six
  if (digit === 6 && !t.marked && toCome(tokens, i - 1)) return null;
  const tens = tokens[i + 1];
  // `hai lăm` (25), `ba mốt` (31): a ten's digit, `mươi` left out, then a unit digit said only after tens
  if (digit >= 2 && digit <= 9 && isFree(tens) && tens.marked && (tens.fold === 'lam' || tens.fold === 'mot') && UNIT_DIGITS_AFTER_TEN.has(tens) && !NUMBER_WORDS.has(tens)) {
    return { value: digit * 10 + UNIT_DIGITS_AFTER_TEN.value(tens), end: i + 2, words: true, weak: false };
  }
  if (isFree(tens) && MUOI_TENS.has(tens)) {
    const unitDigit = UNIT_DIGITS_AFTER_TEN.value(tokens[i + 2]);
    if (unitDigit > 0 && isFree(tokens[i + 2])) return { value: digit * 10 + unitDigit, end: i + 3, words: true, weak: false };
    return { value: digit * 10, end: i + 2, words: true, weak: false };
  }
  return { value: digit, end: i + 1, words: true, weak: !t.marked && PLAIN_AMBIGUOUS_NUMBERS.has(t.fold) };
}

function readNumber(tokens: readonly Token[], i: number, afterMarker = false): NumberRead | null {
  const read = readDigits(tokens, i, afterMarker) ?? readWords(tokens, i);
  if (read !== null) {
    // `1 chục`, `2 chục` = 10, 20; `1 chục rưỡi` = 15; `2 tá` = 24
    const after = tokens[read.end];
    if (isFree(after) && CHUC.has(after)) return andAHalf(tokens, { value: read.value * 10, end: read.end + 1, words: read.words, weak: false });
    if (isFree(after) && after.marked && DOZEN.has(after)) return { value: read.value * 12, end: read.end + 1, words: read.words, weak: false };
    // `2 trăm hộp` = 200 (typed with its mark: `tram` is a station); past 999 it is no count
    if (isFree(after) && after.marked && HUNDRED.has(after)) return { value: read.value * 100, end: read.end + 1, words: read.words, weak: false };
    return read;
  }
  const t = tokens[i];
  // (`chuc mung nam moi` typed plain is chúc mừng, a wish, not ten)
  if (isFree(t) && CHUC.has(t) && !(!t.marked && CONGRATS.has(tokens[i + 1]))) return andAHalf(tokens, { value: 10, end: i + 1, words: true, weak: false });
  // `nửa chục` = 5, `nửa tá` = 6
  if (isFree(t) && HALF.has(t)) {
    const next = tokens[i + 1];
    if (isFree(next) && CHUC.has(next)) return { value: 5, end: i + 2, words: true, weak: false };
    if (isFree(next) && next.marked && DOZEN.has(next)) return { value: 6, end: i + 2, words: true, weak: false };
  }
  return null;
}

/** `chục rưỡi`: ten and a half of ten. */
function andAHalf(tokens: readonly Token[], tens: NumberRead): NumberRead {
  const half = tokens[tens.end];
  return isFree(half) && AND_A_HALF.has(half) ? { ...tens, value: tens.value + 5, end: tens.end + 1 } : tens;
}

function unitAt(tokens: readonly Token[], j: number, isUnit: (t: Token) => boolean): Token | null {
  const u = tokens[j];
  // `sau bao lâu`: how long, not six sacks
  return isFree(u) && u.kind === 'word' && isUnit(u) && !(BAO.has(u) && BAO_ASKS.has(tokens[j + 1])) ? u : null;
}

/** Every quantity expression, left to right; their tokens are marked. */
export function findQuantities(tokens: Token[], isUnit: (t: Token) => boolean): Qty[] {
  const found: Qty[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.role !== 'free') {
      i++;
      continue;
    }
    const vague = VAGUE_FOLDS.has(t.fold) ? readVague(tokens, i, isUnit) : null;
    if (vague !== null) {
      found.push(vague);
      for (let k = i; k < vague.end; k++) (tokens[k] as Token).role = 'quantity';
      i = vague.end;
      continue;
    }
    const partRead = readPart(tokens, i, isUnit);
    if (partRead !== null) {
      found.push(partRead);
      for (let k = i; k < partRead.end; k++) (tokens[k] as Token).role = 'quantity';
      i = partRead.end;
      continue;
    }
    let kind: QtyKind = 'number';
    let numberAt = i;
    if (t.kind === 'sym' && t.raw === '+') {
      // `2 hũ phấn hoa + 1 chai mật ong`: between two products, a spaced + joins them (its count is a plain one);
      // `mật ong + 2` is still two more
      const then = tokens[i + 2];
      if (
        tokens[i - 1]?.role === 'mention' &&
        tokens[i + 1]?.spaced === true &&
        tokens[i + 1]?.kind === 'num' &&
        then !== undefined &&
        (then.role === 'mention' || (then.kind === 'word' && isUnit(then)))
      ) {
        i++;
        continue;
      }
      kind = 'plus';
      numberAt = i + 1;
    } else if (
      (t.kind === 'sym' && (t.raw === '×' || t.raw === '*')) ||
      (t.kind === 'word' &&
        t.fold === 'x' &&
        !t.marked &&
        !(tokens[i - 1]?.kind === 'num' && tokens[i - 1]?.role === 'free' && !t.spaced))
    ) {
      // `❤️x3`, `👍 x10`, `Kappa x3`: the count is of the emoji or the emote
      if (t.afterGlyph || (tokens[i - 1]?.kind === 'word' && EMOTES.has(tokens[i - 1]))) {
        i++;
        continue;
      }
      kind = 'times';
      numberAt = i + 1;
    } else if (SL.has(t) || (SO.has(t) && LUONG.has(tokens[i + 1]))) {
      kind = 'sl';
      numberAt = SL.has(t) ? i + 1 : i + 2;
      if (isSym(tokens[numberAt], ':')) numberAt++;
    }
    const marker = kind !== 'number';
    const read =
      numberAt >= tokens.length ? null : kind === 'times' ? readDigits(tokens, numberAt, true) : readNumber(tokens, numberAt, marker);
    // (`số lượng sau`: a plain `sau` after the marker is later, not six)
    if (read === null || (read.words && (kind === 'plus' || kind === 'times')) || (read.weak && kind === 'sl')) {
      i++;
      continue;
    }
    // `(+84) 0912…`, `+84 (0) 912…`: a country's code before a phone the phone pass could not join
    if (kind === 'plus' && read.value === 84 && (isSym(tokens[read.end], '()') || tokens[read.end]?.kind === 'num')) {
      i = read.end;
      continue;
    }
    let end = read.end;
    // `2x`, `2 x mật ong`: a trailing x on a number makes it a count like `x2`
    const after = tokens[end];
    if (!read.words && kind === 'number' && after !== undefined && after.kind === 'word' && after.fold === 'x' && !after.marked) {
      const beyond = tokens[end + 1];
      if (after.spaced ? beyond?.kind === 'word' : !(beyond?.kind === 'num' && !beyond.spaced)) {
        end++;
        kind = 'times';
      }
    }
    // `1 đôi bưởi`, `1 cặp`: a pair, where the shop does not sell by it (typed plain only as `cap` after digits: `1 cap`)
    const pair = tokens[end];
    if (isFree(pair) && pair.kind === 'word' && (pair.marked || (pair.fold === 'cap' && !read.words)) && PAIR.has(pair) && !isUnit(pair)) {
      read.value *= 2;
      end++;
    }
    const unit = unitAt(tokens, end, isUnit);
    let part = false;
    let amount: Amount | null = null;
    let by: string | null = null;
    let said = read.value;
    if (unit !== null) {
      end++;
      amount = amountIn(read.value, unit);
      // `1 ký rưỡi`: one and a half
      if (isFree(tokens[end]) && AND_A_HALF.has(tokens[end])) {
        end++;
        part = true;
        said = read.value + 0.5;
        amount = amountIn(said, unit);
      }
    } else if (
      isFree(tokens[end]) &&
      ((SUBUNITS.has(tokens[end]) && (!read.words || tokens[end]?.marked === true)) || (tokens[end]?.marked === true && BIG_WEIGHTS.has(tokens[end])))
    ) {
      // `5 lạng`, `ba lạng`, `2 lạng rưỡi`: an amount in a unit below the one sold; `1 yến`, `2 tạ`: above it
      const sub = tokens[end] as Token;
      end++;
      part = true;
      const half = isFree(tokens[end]) && AND_A_HALF.has(tokens[end]);
      if (half) end++;
      // (`mật ong 2 lít 8`: slang for 280k, no volume)
      if (!(sub.fold === 'lit' && tokens[end]?.kind === 'num')) amount = amountIn(read.value + (half ? 0.5 : 0), sub);
      by = sub.fold;
    } else {
      // a number glued to a word that is not a unit (`2h`, `5p`, `1st`) is not a quantity
      // (`2MO1`: glued to a product's code, as `2hũ` to a unit, it counts)
      const glued = tokens[end];
      if (!read.words && glued !== undefined && !glued.spaced && glued.kind === 'word' && glued.role !== 'mention') {
        i++;
        continue;
      }
    }
    // `lấy loại 1`, `size 2`: a grade, not a count (but `mỗi loại 1` is one of each, `cỡ 2 hũ` about two jars)
    if (read.value < 1 || read.value > 999 || (kind === 'number' && unit === null && !part && gradeBefore(tokens, i))) {
      i = end;
      continue;
    }
    found.push({
      start: i,
      end,
      value: part ? 1 : read.value,
      unit,
      kind,
      words: read.words,
      weak: read.weak,
      afterOrder: false,
      each: false,
      part,
      amount,
      said,
      vague: false,
      by,
    });
    for (let k = i; k < end; k++) (tokens[k] as Token).role = 'quantity';
    i = end;
  }
  // (`lấy hết 5 hũ còn lại`, `3 bịch e lấy hết`: a number said is the count, and `hết` only says it is all of them)
  if (found.some((q) => q.vague) && found.some((q) => !q.vague)) {
    for (const q of found) if (q.vague) for (let k = q.start; k < q.end; k++) (tokens[k] as Token).role = 'free';
    return found.filter((q) => !q.vague);
  }
  return found;
}

/** `nửa ký`, `nửa hũ` (not `nửa chục`, five); `2,5 ký`, `1.5 kg` (a decimal, then a unit set apart). */
function readPart(tokens: readonly Token[], i: number, isUnit: (t: Token) => boolean): Qty | null {
  const t = tokens[i] as Token;
  let unitAt = -1;
  /** How many of the unit: a half, or the decimal typed. */
  let said = 0.5;
  if (t.kind === 'word' && HALF.has(t)) {
    unitAt = i + 1;
    const next = tokens[unitAt];
    // a plain `nua` is `nữa` (more) unless a unit follows it (`nửa yến`, `nửa tạ`: half of the larger weights)
    if (!isFree(next) || next.kind !== 'word' || CHUC.has(next) || !(isUnit(next) || SUBUNITS.has(next) || (next.marked && BIG_WEIGHTS.has(next)))) return null;
  } else if (t.kind === 'num' && !t.grouped) {
    const sep = tokens[i + 1];
    const fraction = tokens[i + 2];
    if (!isSym(sep, '.,') || sep?.spaced !== false || fraction?.kind !== 'num' || fraction.spaced || fraction.fold.length > 2) return null;
    unitAt = i + 3;
    const unit = tokens[unitAt];
    if (!isFree(unit) || unit.kind !== 'word' || !unit.spaced || !isUnit(unit)) return null;
    said = Number(`${t.fold}.${fraction.fold}`);
  } else return null;
  const unit = tokens[unitAt] as Token;
  return {
    start: i,
    end: unitAt + 1,
    value: 1,
    unit: isUnit(unit) ? unit : null,
    kind: 'number',
    words: t.kind === 'word',
    weak: false,
    afterOrder: false,
    each: false,
    part: true,
    amount: amountIn(said, unit),
    said,
    vague: false,
    by: null,
  };
}

/**
 * `lấy hết`, `bao hết`, `lấy một ít`, `lấy ít thôi`, `lấy thêm chút`, `lấy gấp đôi`, `lấy nhiều nhiều`: an amount with no
 * number, said after an order word, counted as one (`lấy mấy hũ thì được freeship` asks how many; `bớt cho em chút` is a
 * discount asked).
 */
function readVague(tokens: readonly Token[], i: number, isUnit: (t: Token) => boolean): Qty | null {
  const t = tokens[i] as Token;
  let end = -1;
  const next = tokens[i + 1];
  if (VAGUE_ALL.has(t)) end = i + 1;
  else if ((t.kind === 'num' || t.fold === 'mot') && isFree(next) && VAGUE_LITTLE.has(next)) end = i + 2;
  else if (VAGUE_LITTLE.has(t) && t.marked) end = i + 1;
  else if (VAGUE_TIMES.has(t) && isFree(next) && VAGUE_DOUBLE.has(next)) end = i + 2;
  else if (VAGUE_MANY.has(t) && isFree(next) && VAGUE_MANY.has(next)) end = i + 2;
  if (end < 0 || !orderBefore(tokens, i)) return null;
  const unit = unitAt(tokens, end, isUnit);
  if (unit !== null) end++;
  return { start: i, end, value: 1, unit, kind: 'number', words: true, weak: false, afterOrder: false, each: false, part: false, amount: null, said: 1, vague: true, by: null };
}

/**
 * The folds a vague amount can start with (`hết`, `một`/`1` before ít, `ít`, `chút`, `xíu`, `gấp`, `nhiều`): a test
 * before readVague, which most words fail.
 */
const VAGUE_FOLDS = new Set(['het', 'mot', '1', 'it', 'chut', 'xiu', 'gap', 'nhieu']);

/** An order word just before `at`, past a `thêm` or an `em`, or `bao` right before it (`bao hết`). */
function orderBefore(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) {
    const t = tokens[j];
    if (!isFree(t) || t.kind !== 'word') return false;
    if (ORDER_WORDS.has(t) || (j === at - 1 && t.fold === 'bao' && !t.marked)) return true;
    if (!VAGUE_LEAD.has(t)) return false;
  }
  return false;
}

/** A grade's word (`loại`, `size`, `slot`) just before the number, and no `mỗi` before that. */
function gradeBefore(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return isFree(before) && before.kind === 'word' && GRADES.has(before) && !MOI.has(tokens[at - 2]);
}
