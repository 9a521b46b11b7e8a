// What a cancel leaves alone: a plain `huy` that is a name or another word,
// a product the buyer keeps (`giữ`, `vẫn lấy`), and where nothing but polite
// words follow (`thôi bỏ đi shop`); and a product turned down without a
// cancel (`yến thì thôi`).
import type { Mention } from './catalog-index';
import { A_ASKS, CANCEL_VERBS, CANCEL_WORDS, DE, DON, HUY_CANCEL_NEXT, KEEP_WORDS, KHOI, LAI, LATER_AFTER, LATER_WORD, LEAVE, NEGATIONS, NHAM, PASSIVE, POLITE_TAIL, PRICEY, RAISE, RESTORE_AFTER, STILL, THEN, THOI } from './lexicon';
import { toCome } from './time-words';
import type { Qty } from './quantities';
import { freeWord, lastBefore, startsMention, startsQuantity } from './token-tests';
import type { Token } from './tokenize';

/**
 * A plain `huy` is a word of its own (a name, `huy chương`, `huy động`) unless a cancel can go on from
 * it: nothing, punctuation, `đơn`, a product, a quantity, or a word such as `nha`, `giúp`, `hết`.
 */
export function plainHuyIsAWord(tokens: readonly Token[], at: number, mentions: readonly Mention[], quantities: readonly Qty[]): boolean {
  const next = tokens[at + 1];
  if (next === undefined || next.kind !== 'word' || next.role !== 'free') return false;
  return !(HUY_CANCEL_NEXT.has(next) || startsMention(mentions, at + 1) || startsQuantity(quantities, at + 1));
}

/** From `at` on there is nothing but punctuation and polite words (`shop`, `nha`, `ạ`). */
export function onlyTailFrom(tokens: readonly Token[], at: number): boolean {
  for (let j = at; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'sym' || t.role === 'phone') continue;
    if (t.kind === 'word' && t.role === 'free' && (POLITE_TAIL.has(t) || HUY_CANCEL_NEXT.has(t))) continue;
    return false;
  }
  return true;
}

/** A product after `giữ` (keep) that comes after the cancel word, or followed by `giữ`, `vẫn lấy`, `vẫn giữ` (`mít vẫn lấy`, `mít giữ nguyên`): the buyer keeps it. */
export function keptAfterCancel(tokens: readonly Token[], m: Mention, cancelAt: readonly number[]): boolean {
  const cancel = lastBefore(cancelAt, m.start);
  // `khỏi giữ mật ong`, `không giữ nữa`: the `giữ` a negation takes back is not a keep
  const negatedVerb = NEGATIONS.has(tokens[cancel]) || KHOI.has(tokens[cancel]) ? cancel + 1 : -1;
  for (let j = m.start - 1; j > cancel; j--) {
    const t = tokens[j] as Token;
    if (j !== negatedVerb && t.kind === 'word' && t.role === 'free' && KEEP_WORDS.has(t)) return true;
  }
  const still = tokens[m.end];
  const verb = tokens[m.end + 1];
  // `mít giữ nguyên`, `đơn yến giữ nguyên nha`: kept as it is (`hủy trà sen giữ (lại) trà xanh` keeps what follows)
  if (freeWord(still) && KEEP_WORDS.has(still) && verb?.role !== 'mention' && tokens[m.end + 2]?.role !== 'mention') return true;
  return freeWord(still) && STILL.has(still) && freeWord(verb) && (KEEP_WORDS.has(verb) || CANCEL_VERBS.has(verb));
}

/** `yến thì thôi`, `bạc hà thì mắc quá`, `nghệ thì để lần sau`: the product, then `thì thôi` (then no), too dear, or `thì để` later: turned down, not cancelled and not ordered. */
export function declined(tokens: readonly Token[], m: Mention): boolean {
  if (!THEN.has(tokens[m.end])) return false;
  // (`bạc hà thì mắc quá`: too dear)
  if (THOI.has(tokens[m.end + 1]) || PRICEY.has(tokens[m.end + 1])) return true;
  return DE.has(tokens[m.end + 1]) && (LATER_AFTER.has(tokens[m.end + 2]) || toCome(tokens, m.end + 2));
}

/** `hủy giúp em được không`: leave asked (`được không`) in the clause, which a request makes, not a question about cancelling. */
export function leaveAsked(tokens: readonly Token[], clause: number, clauseOf: readonly number[]): boolean {
  for (let j = 0; j < tokens.length; j++) if (clauseOf[j] === clause && freeWord(tokens[j]) && LEAVE.has(tokens[j]) && NEGATIONS.has(tokens[j + 1])) return true;
  return false;
}

/**
 * The buyer takes back a cancel (`thôi không hủy nữa`, `khỏi hủy`, `lúc nãy lỡ hủy`, `à em vẫn lấy nha`,
 * `thôi em lấy lại`, `lên lại đơn cho em`), naming nothing: the seller restores the order they cancelled.
 */
export function restoresOrder(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!freeWord(t)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.fold === 'len' && RAISE.has(t) && LAI.has(next) && DON.has(tokens[i + 2])) return true;
    if (CANCEL_WORDS.has(t)) {
      if (KHOI.has(prev) || PASSIVE.has(prev)) return true;
      // (`thôi không hủy nữa`, `à nhầm, không hủy đâu`: minds changed; `đơn hôm qua giữ nguyên, không hủy đâu` reassures)
      if (NEGATIONS.has(prev) && freeWord(next) && RESTORE_AFTER.has(next) && changedMindBefore(tokens, i)) return true;
    } else if (CANCEL_VERBS.has(t)) {
      if (STILL.has(prev) && onlyTailFrom(tokens, i + 1)) return true;
      // (`mai e chốt lại nha`: tomorrow, a plan)
      if (LAI.has(next) && onlyTailFrom(tokens, i + 2) && !tokens.slice(0, i).some((u) => freeWord(u) && LATER_WORD.has(u))) return true;
    }
  }
  return false;
}

/** `thôi`, `nhầm`, `à` earlier in the comment: the buyer changes their mind. */
function changedMindBefore(tokens: readonly Token[], at: number): boolean {
  for (let j = 0; j < at; j++) if (freeWord(tokens[j]) && (THOI.has(tokens[j]) || NHAM.has(tokens[j]) || (A_ASKS.has(tokens[j]) && (tokens[j] as Token).marked))) return true;
  return false;
}
