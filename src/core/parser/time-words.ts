// A time other than now, written as two words: gone by (`hôm qua`, `lần
// trước`) or to come (`tuần sau`, `lần sau`). Stories, plans and refusals are
// told with them (order-word-context.ts, story-context.ts, cancel-context.ts).
import { DELIVERED, DON, LATER_SECOND, LIKE, NOW_WORDS, PAST_TIME_FIRST, PAST_TIME_SECOND } from './lexicon';
import { freeWord } from './token-tests';
import type { Token } from './tokenize';

/** `tuần sau`, `lần sau`, `lúc đó` at `at`: a time to come. */
export function toCome(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  // (`2 hũ đợt sau nha`, `đặt trước 2 hũ đợt sau`: the next batch of stock, ordered now for it)
  // (`MR1 x2 tuần sau nhận`, `tuần sau giao nha`: when the goods come, not when the order does)
  const after = tokens[at + 2];
  return freeWord(t) && PAST_TIME_FIRST.has(t) && LATER_SECOND.has(tokens[at + 1]) && t.fold !== 'dot' && !(freeWord(after) && DELIVERED.has(after));
}

/** `hôm qua`, `lần trước`, `bữa tê` at `at`: a time gone by (`nay` typed plain folds onto `nãy`, and `hôm nay` is today). */
export function goneBy(tokens: readonly Token[], at: number): boolean {
  // (`lấy 2 giỏ như năm ngoái`, `chốt 2 hũ như đơn số 15 hôm qua`: like then, not when)
  return pastTime(tokens, at) && !likeThen(tokens, at);
}

/** The time at `at` says what an order is like: `như` just before it, or before an order (`như đơn công ty lần trước`). */
function likeThen(tokens: readonly Token[], at: number): boolean {
  if (LIKE.has(tokens[at - 1])) return true;
  for (let j = at - 1; j >= at - 3 && j > 0; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'sym') return false;
    if (freeWord(t) && DON.has(t)) return LIKE.has(tokens[j - 1]);
  }
  return false;
}

/** A time gone by at `at`, as when (goneBy) or as what an order is like (`như lần trước`). */
export function pastTime(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return freeWord(t) && PAST_TIME_FIRST.has(t) && PAST_TIME_SECOND.has(tokens[at + 1]) && !NOW_WORDS.has(tokens[at + 1]);
}
