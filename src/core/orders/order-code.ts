// Order codes are what a buyer types in a bank transfer memo: short, letters
// and digits only (banks strip punctuation and case), and unique for ever.
export const ORDER_CODE_PREFIX = 'DH';

/** The n-th order of the order book: 1 → "DH0001", 12345 → "DH12345". */
export function formatOrderCode(sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`order sequence must be a positive integer, got ${sequence}`);
  return `${ORDER_CODE_PREFIX}${String(sequence).padStart(4, '0')}`;
}

// "DH" (or "ĐH"), at most one space, dot or hyphen, then the digits.
const CANDIDATE = /[dđ]h([\s.-]?)(\d+)/giu;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const LETTER = /^\p{L}/u;
// A money unit glued to the digits ("DH12500K"): the digits may be a code and an amount run together.
const GLUED_AMOUNT = /^(?:k|d|đ|vnd|dong|đồng|tr|trieu|triệu|ngan|ngàn|nghin|nghìn)(?!\p{L})/iu;

/**
 * Order codes found in a transfer memo however the bank or the buyer mangled it:
 * "ck dh 0012", "DH0012 NGUYEN VAN A", "DH12" (leading zeros dropped),
 * "NGUYENVANADH0012" (spaces stripped). A code is read only when it can mean one
 * order; a reading that could name the wrong order is left out, so the transfer
 * waits for the seller instead:
 * - digits running into more digits (a phone or an amount glued on: "DH00120912345678");
 * - glued to text on both sides ("ADH0012X": part of some other reference);
 * - digits followed by a money unit ("DH12500K": DH12 and 500k, or DH12500?);
 * - fewer than four digits after a space ("dh 2 hop" is two boxes), or starting with 0
 *   ("DH001": nobody pads a short code by hand; it is a cut-off "DH0012").
 */
export function findOrderCodes(memo: string): string[] {
  const codes = new Set<string>();
  for (const match of memo.matchAll(CANDIDATE)) {
    const separator = match[1]!;
    const digits = match[2]!;
    const start = match.index;
    const end = start + match[0].length;
    if (digits.length > 9) continue;
    const sequence = Number(digits);
    if (sequence < 1) continue;
    if (digits.length < 4 && (/\s/.test(separator) || digits.startsWith('0'))) continue;
    const after = memo.slice(end);
    const gluedLeft = start > 0 && LETTER_OR_DIGIT.test(memo[start - 1]!);
    const gluedRight = LETTER.test(after);
    if (gluedLeft && gluedRight) continue;
    if (gluedRight && GLUED_AMOUNT.test(after)) continue;
    codes.add(formatOrderCode(sequence));
  }
  return [...codes];
}
