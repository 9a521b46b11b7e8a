// A time other than now, written as two words: gone by (`hôm qua`, `lần
// trước`) or to come (`tuần sau`, `lần sau`). Stories, plans and refusals are
// told with them (order-word-context.ts, story-context.ts, cancel-context.ts).
import { DELIVERED, LATER_SECOND, LIKE, NOW_WORDS, PAST_TIME_FIRST, PAST_TIME_SECOND } from './lexicon';
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
  const t = tokens[at];
  // (`lấy 2 giỏ như năm ngoái`: like then, not when)
  return freeWord(t) && PAST_TIME_FIRST.has(t) && PAST_TIME_SECOND.has(tokens[at + 1]) && !NOW_WORDS.has(tokens[at + 1]) && !LIKE.has(tokens[at - 1]);
}
