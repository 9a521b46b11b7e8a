// The platform's own shop: TikTok's giỏ vàng (yellow basket), a giỏ hàng.
// What a buyer ordered or cancels there (`em đặt 2 chai trên giỏ vàng rồi`,
// `cancel đơn trên giỏ vàng giùm em`) is the platform's order, which the
// seller settles in the platform's app: ordered again here it would be
// doubled, and a cancel here would take back the buyer's chat order.
import { CART, CART_KINDS } from './lexicon';
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
