// The parser's contract (ORDER-GRAMMAR.md): one comment plus what is on
// screen in, one intent out. The parser itself lives beside this file.
export type Intent = 'order' | 'cancel' | 'question' | 'contact' | 'other';

export interface ParsedItem {
  /** Catalog code, upper case. */
  code: string;
  /** null on a cancel means "all of that product". */
  qty: number | null;
}

export interface ParseResult {
  intent: Intent;
  items: ParsedItem[];
  /** A mobile (ORDER-GRAMMAR.md: 10 digits, 03/05/07/08/09), digits only, 0-prefixed (0912345678), or null. */
  phone: string | null;
  /** A landline given where no mobile is (`đt bàn 028 3822 1234`): 11 digits from 02, kept for the seller to call. */
  landline?: string;
  /** A mobile of before 2018 typed with its 11 digits (`0168 345 6789`): the number it has been since (`0383456789`). */
  renumbered?: string;
  /** Codes of products the comment asked about (questions), for auto-showcase and the console. */
  askedAbout?: string[];
  /**
   * Why the order cannot simply be added, and the review queue takes it: an order word with no
   * product it could match, an ambiguous name, a new total for what the buyer holds
   * (`giảm còn 1 chai`: the items are that total, not units to add), part of a unit
   * (`nửa ký`, `5 lạng`: the item counts one, the seller sets what it comes to), goods a payment
   * was told for (`đã chuyển khoản 300k cho 2 hũ`: maybe an order already taken), a cancel taken
   * back (`thôi không hủy nữa`: no items; the seller restores what was cancelled), or goods asked
   * for by what they cost (`lấy 200k mật ong`: the item counts one, the seller sets how many the
   * money buys at the price of the moment).
   */
  review?: 'no-product' | 'ambiguous' | 'set-quantity' | 'part' | 'paid' | 'restore' | 'amount' | 'swap' | 'vague';
  /** With `review: 'amount'`: the money the buyer named, in đồng. */
  amount?: number;
  /** With `review: 'ambiguous'`: the codes the ambiguous name could mean, for the seller to pick from. */
  ambiguous?: string[];
  /**
   * A cancel that counts units but names no product (`bớt 1 chai`, `hủy 1 hũ`): how many, and the
   * unit word as typed. `items` stays empty; the order book works out which product is meant.
   */
  fewer?: { qty: number; unit: string | null };
  /**
   * `đổi trà xanh sang trà sen`: a swap. These come off the buyer's order first (qty null: all of
   * it); `items` then go in, and an item whose count the buyer did not say (`sameCount`) takes as
   * many units as came off.
   */
  swap?: { out: ParsedItem[]; sameCount: boolean };
  /** An address the buyer gave, as typed. */
  address?: string | null;
}

/** What the parser needs of a product. */
export interface CatalogEntry {
  code: string;
  name: string;
  unit: string;
  aliases: readonly string[];
}
