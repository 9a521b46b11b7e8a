// Whether an order word is this buyer ordering now: not a time gone by or to
// come, not a condition, not asking how or where, not someone else's order,
// a quoted promotion or a "don't" (ORDER-GRAMMAR.md leaves these to the
// parser, as a seller would read them).
import {
  BACK_THEN,
  CHI_WHAT,
  DONE,
  DONT,
  GIFT,
  HOW_WHERE,
  IF_WORDS,
  LATER_FIRST,
  LATER_SECOND,
  LATER_WORD,
  MAY,
  MAY_PEOPLE,
  NOW_WORDS,
  NUA,
  ORDER_FILLERS,
  PAST_TIME_FIRST,
  PAST_TIME_SECOND,
  PERSON,
  THAT_ONE,
  THEN,
  THIS,
  THIS_HEADS,
} from './lexicon';
import { freeWord } from './token-tests';
import type { Token } from './tokenize';

/**
 * A time other than now earlier in the token's clause, with no `nay`/`giờ` after it: gone by
 * (`hôm qua`, `lần trước`) or to come (`lát`, `tí nữa`).
 */
export function otherTimeBefore(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  const clause = clauseOf[at];
  for (let j = at - 1; j >= 0 && clauseOf[j] === clause; j--) {
    const t = tokens[j] as Token;
    if (t.role !== 'free' || t.kind !== 'word') continue;
    if (NOW_WORDS.has(t)) return false;
    if (PAST_TIME_FIRST.has(t) && PAST_TIME_SECOND.has(tokens[j + 1])) return true;
    if (LATER_WORD.has(t) || (LATER_FIRST.has(t) && NUA.has(tokens[j + 1]))) return true;
    if ((PAST_TIME_FIRST.has(t) && LATER_SECOND.has(tokens[j + 1])) || BACK_THEN.has(t)) return true;
  }
  return false;
}

/** `sao em đặt 2 gói hôm qua chưa thấy …`: a time gone by after the order word, in its clause (a time to come there is a delivery date). */
export function pastAfter(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  for (let j = at + 1; j < tokens.length && clauseOf[j] === clauseOf[at]; j++) {
    const t = tokens[j] as Token;
    if (t.role === 'free' && t.kind === 'word' && PAST_TIME_FIRST.has(t) && PAST_TIME_SECOND.has(tokens[j + 1])) return true;
  }
  return false;
}

/** `chị kia chốt 2 rồi kìa` (someone else), `mua 2 tặng 1` (a promotion), `chốt rồi thì …` (once ordered), `đừng mua` (don't). */
export function notOrdering(tokens: readonly Token[], at: number): boolean {
  if (DONT.has(tokens[at - 1])) return true;
  if (THAT_ONE.has(tokens[at - 1]) && PERSON.has(tokens[at - 2])) return true;
  if (DONE.has(tokens[at + 1]) && THEN.has(tokens[at + 2])) return true;
  for (let j = at + 1; j <= at + 3 && j < tokens.length; j++) if (GIFT.has(tokens[j])) return true;
  return false;
}

/** The order word at `at` sits in a condition: `nếu` before it in its clause. */
export function conditional(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  const clause = clauseOf[at];
  for (let j = at - 1; j >= 0 && clauseOf[j] === clause; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'word' && t.role === 'free' && IF_WORDS.has(t)) return true;
  }
  return false;
}

/** `mua ở đâu`, `đặt như nào`, `lấy loại nào`, `lấy chi`: a how, where or which within a few words after the order word, before any quantity. */
export function asksHow(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  for (let j = at + 1; j <= at + 4 && clauseOf[j] === clauseOf[at]; j++) {
    const t = tokens[j] as Token;
    if (t.role === 'quantity') return false;
    if (t.kind === 'word' && t.role === 'free' && (HOW_WHERE.has(t) || (MAY.has(t) && !MAY_PEOPLE.has(tokens[j + 1])))) return true;
    // `o nên lấy chi`: what to take (a plain `chi` right after the order word; `lấy cho chị` has `cho` between)
    if (j === at + 1 && freeWord(t) && CHI_WHAT.has(t)) return true;
  }
  return false;
}

/** `lấy cái này`, `chốt em này nha`: right after the order word (fillers aside), the one on screen. */
export function pointsAtThis(tokens: readonly Token[], at: number): boolean {
  let j = at + 1;
  while (j < at + 4 && freeWord(tokens[j]) && ORDER_FILLERS.has(tokens[j]) && !THIS_HEADS.has(tokens[j])) j++;
  const head = tokens[j];
  return freeWord(head) && THIS_HEADS.has(head) && freeWord(tokens[j + 1]) && THIS.has(tokens[j + 1]);
}
