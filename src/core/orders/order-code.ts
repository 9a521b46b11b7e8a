// Order codes are what a buyer types in a bank transfer memo: short, letters
// and digits only (banks strip punctuation and case), and unique for ever.
export const ORDER_CODE_PREFIX = 'DH';

/** The n-th order of the order book: 1 → "DH0001", 12345 → "DH12345". */
export function formatOrderCode(sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`order sequence must be a positive integer, got ${sequence}`);
  return `${ORDER_CODE_PREFIX}${String(sequence).padStart(4, '0')}`;
}

/** Order codes found in a transfer memo however the bank mangled it ("ck dh 0012", "DH0012 NGUYEN VAN A"). */
export function findOrderCodes(memo: string): string[] {
  const codes = new Set<string>();
  for (const match of memo.matchAll(/(?<![a-z0-9])dh[\s.-]?(\d{4,9})(?!\d)/gi)) {
    codes.add(formatOrderCode(Number(match[1])));
  }
  return [...codes];
}
