// A buyer correcting themselves inside one comment: `lấy 2 hũ, à không 3 hũ`,
// `2 chai mật ong, nhầm, phấn hoa`, `MO1 x2 ý em là x3`, `lấy 2 hũ *3 hũ`, `lấy 2 hũ, à thôi
// không lấy nữa`, `chốt 999 hũ, nói chơi chứ 1 hũ thôi`. What follows the last marker is what they want; what it
// leaves unsaid (the product, or the count) carries over from before it. A
// line of the cart crossed out as it is written (`chốt 1 mật ong, 1 yến. à bỏ
// yến ra`) leaves the rest of the cart ordered.
import {
  A_ASKS,
  BUT,
  BUT_REALLY,
  JOKING,
  LA,
  LAI,
  LON,
  NEGATIONS,
  NHAM,
  NUMBER_WORDS,
  PHAI,
  PRONOUNS,
  RARE_CUE_WORDS,
  REWRITE,
  REWRITE_FILLERS,
  REWRITE_NOT,
  SAID,
  THOI,
  TYPED,
  Y_MEAN,
} from './lexicon';
import type { ParseResult, ParsedItem } from './parse-result';
import { freeWord, isSym } from './token-tests';
import type { Token } from './tokenize';

/** The last correction marker's tokens, [start, end), or null; `star` for an asterisk, which fixes one product only. */
export function lastCorrection(tokens: readonly Token[]): { start: number; end: number; star?: boolean } | null {
  let found: { start: number; end: number; star?: boolean } | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // `lấy 2 hũ tỏi đen *3 hũ`, `TD1 2 *3`, `chốt MO1 x2 *MO2`: an asterisk set apart before the fix, as chat corrects a typo
    // (the only one: not a pair around bold text, nor `TL1 *2 + HD1 *1`, counts marked)
    if (t.kind === 'sym' && t.raw === '*' && t.spaced && tokens[i + 1] !== undefined && !tokens[i + 1]?.spaced && onlyStar(tokens, i)) {
      found = { start: i, end: i + 1, star: true };
      continue;
    }
    if (!freeWord(t) || !RARE_CUE_WORDS.has(t)) continue;
    const next = tokens[i + 1];
    // `nhầm`, `lộn` (typed with its marks: `lon` is a can), with an `à` before them
    // (not `lúc nãy em gõ nhầm 20`: what was typed by mistake follows)
    if (NHAM.has(t) || (LON.has(t) && t.marked)) {
      if (!(freeWord(tokens[i - 1]) && TYPED.has(tokens[i - 1]) && next !== undefined && next.kind !== 'sym')) found = { start: A_ASKS.has(tokens[i - 1]) ? i - 1 : i, end: i + 1 };
    }
    // `lấy 3 hủ mắm ruốc, ghi lại giúp e 2 hủ thôi`, `MO1 x2 sửa lại MO1 x4`: the order written again
    // (`td1 2 sửa thành td1 3`: only `sửa` sets a count so)
    // (`3 hũ phấn hoa (sửa: 2 hũ)`: `sửa` and a colon)
    else if (REWRITE.has(t) && ((freeWord(next) && (LAI.has(next) || (t.fold === 'sua' && next.fold === 'thanh'))) || (t.fold === 'sua' && isSym(next, ':'))) && rewritten(tokens, i + 2)) {
      found = { start: i, end: i + 2 };
    }
    // `à không 3 hũ`, `à thôi`, `mà thôi 1 hũ`
    // (`à ko phải chipi, phước hỷ`: the marker is `à`, and `ko phải` turns chipi down)
    else if (A_ASKS.has(t) && t.marked && NEGATIONS.has(next) && PHAI.has(tokens[i + 2])) found = { start: i, end: i + 1 };
    else if (((A_ASKS.has(t) && t.marked) || BUT.has(t)) && freeWord(next) && (THOI.has(next) || (A_ASKS.has(t) && NEGATIONS.has(next)))) {
      found = { start: i, end: i + 2 };
    }
    // `mua hai chai mật ong, à ba chai`: after a comma, `à` and a new count, ending the comment
    // (`xoài sấy 2 gói 😋 à 3 gói`, after an emoji; `+1 tỏi đen, à +2 mới đúng`; `à sorry 2 gói thôi`)
    else if (A_ASKS.has(t) && t.marked && (isSym(tokens[i - 1], ',') || t.afterGlyph) && newCountAt(tokens, i + 1) && lastClause(tokens, i)) {
      found = { start: i, end: next?.fold === 'sorry' ? i + 2 : i + 1 };
    }
    // `em chốt 999 hũ luôn, nói chơi chứ 1 hũ thôi`, `đùa chứ 2 hũ`: the joke before, the order after
    else if (BUT_REALLY.has(t) && (JOKING.has(tokens[i - 1]) || (tokens[i - 1]?.fold === 'choi' && SAID.has(tokens[i - 2])))) {
      found = { start: JOKING.has(tokens[i - 1]) ? i - 1 : i - 2, end: i + 1 };
    }
    // `ý em là`, `ý là`, `ý em 2 hộp`
    else if (Y_MEAN.has(t) && t.marked) {
      const la = LA.has(next) ? i + 1 : LA.has(tokens[i + 2]) ? i + 2 : PRONOUNS.has(next) ? i + 1 : -1;
      if (la > 0) found = { start: i, end: la + 1 };
    }
  }
  return found;
}

/** A new count starts at `at`: digits or a number word, `+2`, or either after a `sorry`. */
function newCountAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t?.kind === 'word' && t.fold === 'sorry') return newCountAt(tokens, at + 1);
  if (isSym(t, '+')) return tokens[at + 1]?.kind === 'num' && tokens[at + 1]?.spaced === false;
  return t?.kind === 'num' || NUMBER_WORDS.has(t);
}

/** What follows `sửa lại` at `at`, past a `giúp em` and a colon, is something written again, not a reason or a contact. */
function rewritten(tokens: readonly Token[], at: number): boolean {
  let j = at;
  while (isSym(tokens[j], ':-') || (freeWord(tokens[j]) && REWRITE_FILLERS.has(tokens[j]))) j++;
  const t = tokens[j];
  return t !== undefined && t.kind !== 'sym' && !(freeWord(t) && REWRITE_NOT.has(t));
}

/** The asterisk at `at` is the comment's only one. */
function onlyStar(tokens: readonly Token[], at: number): boolean {
  for (let j = 0; j < tokens.length; j++) if (j !== at && isSym(tokens[j], '*')) return false;
  return true;
}

/** No clause starts after `at` (`à 3 gói đi. thêm 1 cafe` goes on to another order). */
function lastClause(tokens: readonly Token[], at: number): boolean {
  for (let j = at + 1; j < tokens.length - 1; j++) if (isSym(tokens[j], ',.;!?')) return false;
  return true;
}

/**
 * The order as corrected. `after` names products: those (a count not said carries over when one
 * product was named before), or, when it counts only lines of the cart and not `only` (`thôi`), the
 * cart with those lines changed; `after` only counts: the one product before, at that count; `after`
 * takes everything back: the products before, all of them. Anything else leaves `before` as it was.
 */
export function corrected(before: ParseResult, after: ParseResult, afterCount: number | null, only = false): ParseResult {
  const contact = lastContact(before, after);
  if (after.intent === 'cancel') {
    const items = after.items.length > 0 ? after.items : before.items.map((item) => ({ code: item.code, qty: null }));
    return { intent: 'cancel', items, ...contact };
  }
  const named = after.intent === 'order' ? after.items.map((item) => item.code) : after.intent === 'question' ? (after.askedAbout ?? []) : [];
  if (named.length > 0) {
    const carried = before.items.length === 1 ? (before.items[0] as ParsedItem).qty : null;
    const items = after.intent === 'order' && afterCount !== null ? after.items : named.map((code) => ({ code, qty: afterCount ?? carried ?? 1 }));
    // (`2 mật ong 1 tỏi đen, sửa lại tỏi đen 3 hũ`: a new count for lines of the cart changes those, the rest stay;
    // `à lộn lấy 2 trà shan thôi`: only that)
    const lines = afterCount !== null && !only && items.every((item) => before.items.some((line) => line.code === item.code));
    return { intent: 'order', items: lines ? before.items.map((line) => items.find((item) => item.code === line.code) ?? line) : items, ...contact };
  }
  if (afterCount !== null && before.items.length === 1) {
    return { ...before, items: [{ code: (before.items[0] as ParsedItem).code, qty: afterCount }], ...contact };
  }
  return { ...before, ...contact };
}

/**
 * The cart `before` with what `after` cancels taken off it, when every product cancelled was ordered in
 * `before` (`chốt 2 mật ong, 2 phấn hoa, bỏ 1 phấn hoa`); null when the cancel reaches beyond this comment.
 */
export function crossedOut(before: ParseResult, after: ParseResult): ParseResult | null {
  if (before.intent !== 'order' || before.items.length === 0 || before.review !== undefined) return null;
  if (after.intent !== 'cancel' || after.items.length === 0 || after.review !== undefined) return null;
  if (!after.items.every((gone) => before.items.some((item) => item.code === gone.code))) return null;
  const items: ParsedItem[] = [];
  for (const item of before.items) {
    const gone = after.items.find((g) => g.code === item.code);
    const left = gone === undefined ? item.qty : gone.qty === null ? 0 : (item.qty ?? 1) - gone.qty;
    if (left === null || left > 0) items.push({ code: item.code, qty: left });
  }
  const contact = lastContact(before, after);
  return items.length > 0 ? { intent: 'order', items, ...contact } : { intent: 'other', items: [], ...contact };
}

/**
 * A cancel corrected by another (`hủy 2 mật ong, à nhầm hủy 1 thôi`, `huỷ tỏi đen, ý em là huỷ mật ong`): the
 * products the second names, or its count of the one product the first named; null when it is no cancel.
 */
export function correctedCancel(before: ParseResult, after: ParseResult): ParseResult | null {
  if (after.intent !== 'cancel') return null;
  const contact = lastContact(before, after);
  if (after.items.length > 0) return { intent: 'cancel', items: after.items, ...contact };
  if (after.fewer !== undefined && before.items.length === 1) {
    return { intent: 'cancel', items: [{ code: (before.items[0] as ParsedItem).code, qty: after.fewer.qty }], ...contact };
  }
  return null;
}

/** The phone and address given last: the ones that stand. */
function lastContact(before: ParseResult, after: ParseResult): Pick<ParseResult, 'phone' | 'address'> {
  const phone = after.phone ?? before.phone;
  const address = after.address ?? before.address;
  return address === undefined ? { phone } : { phone, address };
}
