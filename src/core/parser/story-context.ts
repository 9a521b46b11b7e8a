// A comment that tells of goods already ordered, received, damaged, used or
// sent as a gift, rather than ordering: `mua 3 lần rồi`, `đặt 2 hũ rồi mà chưa
// thấy`, `nhận được 2 hũ rồi`, `giao thiếu 1 chai`, `đã tặng Hoa hồng x5`.
// Its counts are not orders, whatever is on screen. A payment told of (`đã ck
// 640k`, `chuyển khoản rồi, 2 hộp 440k`) is found too: what it pays for may be
// an order already taken, which the seller checks (parser.ts).
import {
  CHO,
  CHUA,
  DAMAGED,
  DELIVERED,
  DURATIONS,
  FEASTS,
  GIA,
  GIFT,
  MAY,
  NEGATIONS,
  NOT_YET_COME,
  NOW_WORDS,
  PASSIVE,
  PAST_BEFORE,
  PAY,
  PAY_SECOND,
  PRECAUTION,
  RARE_CUE_WORDS,
  RECEIVED,
  RECEIVED_AFTER,
  ROI,
  SENT_BEFORE,
  THEM,
  TIMES,
  TRY,
  USE_VERBS,
  USE_VERBS_PLAIN,
  WRONG,
  XONG,
} from './lexicon';
import type { Qty } from './quantities';
import { wishAt } from './order-word-context';
import { goneBy, toCome } from './time-words';
import { freeWord } from './token-tests';
import type { Token } from './tokenize';

/**
 * The order word at `at` tells of orders made: counted in times (`mua 3 lần`, `mua mấy lần`) or years (`mua 3 năm rồi`),
 * done and not yet come (`đặt 2 hũ rồi mà chưa thấy`), or done before more ordered now (`đặt 2 hũ rồi, giờ lấy thêm 1`).
 */
export function toldAsDone(tokens: readonly Token[], at: number, clauseOf: readonly number[], quantities: readonly Qty[]): boolean {
  const clause = clauseOf[at];
  // (`mua của chị 3 năm rồi`: for how long)
  for (const q of quantities) {
    if (q.start > at && clauseOf[q.start] === clause && q.unit === null && (TIMES.has(tokens[q.end]) || (DURATIONS.has(tokens[q.end]) && ROI.has(tokens[q.end + 1])))) return true;
  }
  let done = false;
  for (let j = at + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (!freeWord(t)) continue;
    if (clauseOf[j] === clause && MAY.has(t) && TIMES.has(tokens[j + 1])) return true;
    if (clauseOf[j] === clause && ROI.has(t)) done = true;
    else if (done && CHUA.has(t) && freeWord(tokens[j + 1]) && NOT_YET_COME.has(tokens[j + 1])) return true;
    // `chị đặt 50 hộp rồi, giờ lấy thêm 20 hộp nữa`: what was ordered before, told beside more ordered now
    else if (done && clauseOf[j] !== clause && NOW_WORDS.has(t) && moreWithin(tokens, j)) return true;
  }
  return false;
}

/** `cho 2 bé ăn`, `cho con uống`: `cho` and whom, just before the verb of use. */
function forWhom(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) if (freeWord(tokens[j]) && CHO.has(tokens[j])) return j < at - 1;
  return false;
}

/** `thêm` (more) within three words after `at` (`giờ thêm 1`, `giờ lấy thêm`, `giờ em lấy thêm`). */
function moreWithin(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 1; k <= at + 3; k++) if (freeWord(tokens[k]) && THEM.has(tokens[k])) return true;
  return false;
}

/**
 * Clauses that tell of goods received (`đã nhận`, `nhận được`), missing, damaged or wrong (`thiếu`, `vỡ`, `gửi nhầm`),
 * a gift sent (`đã tặng`), or a time gone by or to come (`lần trước`, `lần sau`); where a payment made is told of (-1:
 * none); and whether the comment complains of goods come missing, damaged or wrong.
 */
export function storyClauses(tokens: readonly Token[], clauseOf: readonly number[]): { clauses: number[]; paidAt: number; complaint: boolean } {
  const clauses: number[] = [];
  let paidAt = -1;
  let complaint = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!freeWord(t)) continue;
    // `giá mà biết sớm hơn`: if only, a wish (`giá` is a shared word: a bit test)
    if (GIA.has(t) && wishAt(tokens, i)) clauses.push(clauseOf[i] as number);
    if (!RARE_CUE_WORDS.has(t)) continue;
    const next = tokens[i + 1];
    const received = RECEIVED.has(t) && (PAST_BEFORE.has(tokens[i - 1]) || RECEIVED_AFTER.has(tokens[i + 1]));
    // (`bi moc 1 tui` typed plain after bị)
    const damaged =
      DAMAGED.has(t) && (t.marked || t.fold === 'thieu' || (freeWord(tokens[i - 1]) && tokens[i - 1]?.fold === 'bi' && PASSIVE.has(tokens[i - 1]))) && !feared(tokens, i);
    // `gửi sai hàng`, `shop gửi nhầm qua trà`: the wrong goods sent
    const wrong = WRONG.has(t) && freeWord(tokens[i - 1]) && DELIVERED.has(tokens[i - 1]);
    const gift = GIFT.has(t) && SENT_BEFORE.has(tokens[i - 1]);
    // `lần trước em bao 3 hũ`, `hôm qua 2 hũ`: a time gone by, with or without an order word
    const past = goneBy(tokens, i);
    // `phấn hoa để lần sau`: a time to come
    const later = toCome(tokens, i);
    // `uống hết 3 hũ rồi`, `pha 1 gói với sữa`: using the goods
    // (typed plain, most of them are other words: `dung` is đúng, `ban` bạn, `trong` trong, `an` an)
    // (`1 chục hũ yến chưng cho 2 bé ăn dần`: what they are for, bought now)
    // (`ăn tết`: keeping Tết, no use of goods)
    // (`1 hũ không đường ăn thử`: to try them, bought now; `ăn thử 1 gói … thấy dẻo` first is a review)
    const toTry = freeWord(next) && TRY.has(next) && tokens.some((before, k) => k < i && before.role === 'quantity');
    const using = USE_VERBS.has(t) && (t.marked || USE_VERBS_PLAIN.has(t)) && !forWhom(tokens, i) && !(freeWord(next) && FEASTS.has(next)) && !toTry;
    // `ước gì có 2 hũ`: a wish
    if (damaged || wrong) complaint = true;
    if (received || damaged || wrong || gift || past || later || using || wishAt(tokens, i)) clauses.push(clauseOf[i] as number);
    else if (paidAt < 0 && PAY.has(t) && paid(tokens, i, clauseOf)) paidAt = i;
  }
  return { clauses, paidAt, complaint };
}

/** `gói kỹ kẻo vỡ`, `sợ bị bể`, `không bị vỡ`: damage feared or denied, within the three words before `at`. */
function feared(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) {
    const t = tokens[j];
    if (freeWord(t) && (PRECAUTION.has(t) || NEGATIONS.has(t))) return true;
  }
  return false;
}

/** The payment word at `at` tells of money sent: `đã` before it, or `rồi`/`xong` after it in its clause (`thanh toán 380k cho 2 hũ tỏi đen rồi nhé`). */
function paid(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  const t = tokens[at] as Token;
  const next = tokens[at + 1];
  // `ck` alone is a transfer; `chuyển` needs khoản, tiền or an amount; `thanh` toán, `trả` tiền
  const payment = t.fold === 'ck' || PAY_SECOND.has(next) || (t.fold === 'chuyen' && next?.kind === 'num');
  if (!payment) return false;
  if (PAST_BEFORE.has(tokens[at - 1])) return true;
  for (let j = at + 1; j < tokens.length && clauseOf[j] === clauseOf[at]; j++) if (freeWord(tokens[j]) && (ROI.has(tokens[j]) || XONG.has(tokens[j]))) return true;
  return false;
}
