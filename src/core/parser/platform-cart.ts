// The platform's own shop: TikTok's giỏ vàng (yellow basket), a giỏ hàng.
// What a buyer ordered or cancels there (`em đặt 2 chai trên giỏ vàng rồi`,
// `cancel đơn trên giỏ vàng giùm em`) is the platform's order, which the
// seller settles in the platform's app: ordered again here it would be
// doubled, and a cancel here would take back the buyer's chat order.
import { CART, CART_KINDS, SLOT_WORDS, SO } from './lexicon';
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
 * A numbered slot of the platform's basket named (`chốt giỏ số 7`, `quay lại sp số 2 đi, e chốt 2 gói`,
 * `lấy link số 3`), which the seller matches to a product.
 */
export function slotNamed(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!freeWord(t) || !SLOT_WORDS.has(t)) continue;
    const j = freeWord(tokens[i + 1]) && SO.has(tokens[i + 1]) ? i + 2 : i + 1;
    const n = tokens[j];
    if (n !== undefined && n.kind === 'num' && n.role === 'free' && tokens[j + 1]?.role !== 'mention') return true;
  }
  return false;
}
