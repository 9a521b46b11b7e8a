// Bank transfer memos travel as plain ASCII: "Ủng hộ lũ lụt" → "Ung ho lu lut".
// Case is kept (unlike foldVietnamese, which is for matching).

const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}
