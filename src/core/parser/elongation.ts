// Buyers hold a key down for emphasis: `chốttt`, `lấyyy 2`, `nhaaaa`. A seller
// reads the word; so does the parser, once a letter typed three times or more
// in a row is typed once. No Vietnamese word doubles a letter more than once
// (`xoong`), so nothing real is lost. Left alone: words of one repeated letter
// (`kkkk` is laughter, not `k` for không) and runs touching a digit (a product
// code such as `AAA1`).

const RUN = /(\p{L})\1{2,}/gu;
const WORD = /[\p{L}\p{N}]+/gu;

export function collapseElongation(text: string): string {
  if (!hasLetterRun(text)) return text;
  return text.replace(WORD, (word) => {
    if (/\p{N}/u.test(word)) return word;
    const lower = word.toLowerCase();
    for (let i = 1; i < lower.length; i++) if (lower[i] !== lower[0]) return word.replace(RUN, '$1');
    return word;
  });
}

/** Most comments have no three equal characters in a row: one pass over the code units says so. */
function hasLetterRun(text: string): boolean {
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Below 0x41 are digits, spaces and punctuation: `!!!`, `...` and `000` are not letters held down.
    if (c >= 0x41 && c === text.charCodeAt(i - 1) && c === text.charCodeAt(i - 2)) return true;
  }
  return false;
}
