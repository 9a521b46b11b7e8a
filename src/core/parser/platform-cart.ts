// The platform's own shop: TikTok's giỏ vàng (yellow basket), a giỏ hàng.
// What a buyer ordered or cancels there (`em đặt 2 chai trên giỏ vàng rồi`,
// `cancel đơn trên giỏ vàng giùm em`) is the platform's order, which the
// seller settles in the platform's app: ordered again here it would be
// doubled, and a cancel here would take back the buyer's chat order.
import { CART, CART_KINDS, ORDER_WORDS, SLOT_WORDS, SO } from './lexicon';
import { freeWord } from './token-tests';
import type { Token } from './tokenize';

/** The clauses that speak of the platform's cart (`trên giỏ vàng`, `qua giỏ hàng`). */
export function cartClauses(tokens: readonly Token[], clauseOf: readonly number[]): Set<number> {
  const clauses = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.fold === 'gio' && freeWord(t) && CART.has(t) && CART_KINDS.has(tokens[i + 1])) clauses.add(clauseOf[i] as number);
  }
  return clauses;
}

/**
 * An order word naming a numbered slot of the platform's basket rather than a product (`chốt giỏ số 7`,
 * `lấy link 3`, `chốt sp số 2`), which the seller matches to a product. (A bare `chốt số 7` is left to the
 * showcase: under a flash sale it claims a slot of the product on screen.)
 */
export function slotNamed(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!freeWord(t) || !ORDER_WORDS.has(t) || !(freeWord(tokens[i + 1]) && SLOT_WORDS.has(tokens[i + 1]))) continue;
    const j = freeWord(tokens[i + 2]) && SO.has(tokens[i + 2]) ? i + 3 : i + 2;
    const n = tokens[j];
    if (n !== undefined && n.kind === 'num' && n.role === 'free' && tokens[j + 1]?.role !== 'mention') return true;
  }
  return false;
}
