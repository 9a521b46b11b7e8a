// Vietnamese text folded for matching: NFC, lower case, diacritics removed,
// đ → d. People always see the original text; only matching uses the fold.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function foldVietnamese(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

/** True when every word of `query` occurs in `text`, both folded ("mat ong" finds "Mật ong SUN BEE"). */
export function foldedIncludes(text: string, query: string): boolean {
  const haystack = foldVietnamese(text);
  return foldVietnamese(query)
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => haystack.includes(word));
}
