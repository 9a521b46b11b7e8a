// What the order ticker may say about a buyer: a short name, never a phone
// number. Chat names are often "Lan 0912 345 678" or a handle with digits.

// Seven or more digits, possibly grouped by spaces, dots or dashes, with an
// optional +84: long enough to be a phone number (or a part of one).
const PHONE_LIKE = /(?:\+?\d[\s.-]?){7,}/g;

/** Removes anything that looks like a phone number; the rest stays as written. */
export function removePhoneNumbers(text: string): string {
  return text.replace(PHONE_LIKE, ' ').replace(/\s+/g, ' ').trim();
}

/** Replaces phone-like digit runs with "***" (for free text such as notes). */
export function maskPhoneNumbers(text: string): string {
  return text.replace(PHONE_LIKE, (match) => (/\s$/.test(match) ? '*** ' : '***'));
}

const MAX_LENGTH = 18;

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * "Nguyễn Thị Minh Anh" → "N.T.M. Anh"; "Lan Nguyễn" → "L. Nguyễn"; one word
 * stays (cut to 18 characters). The last word is kept whole because it is the
 * given name in Vietnamese order; the others become initials.
 */
export function shortenBuyerName(name: string, fallback = 'Khách'): string {
  const words = removePhoneNumbers(name.normalize('NFC'))
    .split(' ')
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return fallback;
  if (words.length === 1) return truncate(words[0]!, MAX_LENGTH);
  const last = words[words.length - 1]!;
  const initials = words
    .slice(0, -1)
    .map((word) => `${[...word.replace(/^[^\p{L}\p{N}]+/u, '')][0]?.toUpperCase() ?? ''}.`)
    .join('');
  return truncate(`${initials} ${last}`, MAX_LENGTH);
}
