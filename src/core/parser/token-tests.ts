// Small questions every cue reader asks of the tokens: is it a free word, a
// symbol, where do clauses start, which cue came last before a word.
import type { Mention } from './catalog-index';
import type { Qty } from './quantities';
import type { Token } from './tokenize';
import type { WordSet } from './word-set';

export const isSym = (t: Token | undefined, chars: string): boolean => t !== undefined && t.kind === 'sym' && chars.includes(t.raw);

export const freeWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word' && t.role === 'free';

/**
 * How many capitalised words open the comment, at most `max`: after a tag the tokenizer drops the handle, and the rest
 * of the display name stays (`@Lan Nguyễn …` leaves `Nguyễn`, `@Shop Mật Ong Rừng …` the Page's name).
 */
export function leadingTitleWords(tokens: readonly Token[], max: number): number {
  let j = 0;
  while (j < max && tokens[j]?.kind === 'word' && tokens[j]?.title === true) j++;
  return j;
}

export function startsMention(mentions: readonly Mention[], at: number): boolean {
  for (const m of mentions) if (m.start === at) return true;
  return false;
}

export function endsMention(mentions: readonly Mention[], at: number): boolean {
  for (const m of mentions) if (m.end === at) return true;
  return false;
}

/** Two products with a `+` between them (`xoài sấy + mít sấy`). */
export function joinedByPlus(tokens: readonly Token[], mentions: readonly Mention[]): boolean {
  for (let i = 1; i < tokens.length - 1; i++) if (isSym(tokens[i], '+') && endsMention(mentions, i) && startsMention(mentions, i + 1)) return true;
  return false;
}

/** A plain word right after a unit describes it (`1 hũ to 2 hũ nhỏ`: `to` is big, not the place word tổ). */
export function describesUnit(tokens: readonly Token[], at: number, isUnit: (t: Token) => boolean): boolean {
  const before = tokens[at - 1];
  return tokens[at]?.marked === false && before !== undefined && isUnit(before);
}

export function startsQuantity(quantities: readonly Qty[], at: number): boolean {
  for (const q of quantities) if (q.start === at) return true;
  return false;
}

/**
 * Each token's clause: a new one after `, . ! ? ; ( )` and at each sentence start (but `1 gói chipi`:
 * a number opening the sentence belongs with the words after it).
 */
export function clausesOf(tokens: readonly Token[]): number[] {
  const clauseOf = new Array<number>(tokens.length);
  let clause = 0;
  let words = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (isSym(t, ',.!?;()') || (t.kind === 'word' && t.sentenceStart && i > 0 && words)) {
      clause++;
      words = false;
    }
    if (t.kind === 'word') words = true;
    clauseOf[i] = clause;
  }
  return clauseOf;
}

/** The last of `positions` before `at`, or -1. */
export function lastBefore(positions: Iterable<number>, at: number): number {
  let last = -1;
  for (const p of positions) if (p < at && p > last) last = p;
  return last;
}

/** `6 hộp hay 4 hộp`, `mật ong hay phấn hoa`: the word at `at` stands between two counts or two products. */
export function choiceBetween(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.role;
  const after = tokens[at + 1]?.role;
  return (before === 'quantity' || before === 'mention') && (after === 'quantity' || after === 'mention');
}

/** A free word of `set` after `at`, in the clause of `at` (`thì` later: `bao nhiêu … thì lấy hết`; `thôi`: `2 hũ thôi`). */
export function laterInClause(tokens: readonly Token[], at: number, clauseOf: readonly number[], set: WordSet): boolean {
  for (let j = at + 1; j < tokens.length && clauseOf[j] === clauseOf[at]; j++) if (freeWord(tokens[j]) && set.has(tokens[j])) return true;
  return false;
}
