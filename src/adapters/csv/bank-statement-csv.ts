// A bank statement exported as CSV (or a spreadsheet saved as CSV) into rows
// of cells with their line numbers. Banks put title lines above the header and
// use commas, semicolons or tabs; which columns mean what is core's to decide.
import { parse } from 'csv-parse/sync';

export type StatementRows = { ok: true; rows: string[][]; lines: number[] } | { ok: false; line: number; message: string; messageEn: string };

/** The separator used most on the first lines, outside quotes. */
export function detectStatementDelimiter(text: string): ',' | ';' | '\t' {
  const head = text.replace(/^\uFEFF/, '').split(/\r?\n/, 20).map((line) => line.replace(/"[^"]*"/g, '')).join('\n');
  const counts = { ',': head.split(',').length, ';': head.split(';').length, '\t': head.split('\t').length };
  return (Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![0] as ',' | ';' | '\t');
}

export function readStatementCsv(text: string): StatementRows {
  try {
    const records = parse(text, {
      bom: true,
      delimiter: detectStatementDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return { ok: true, rows: records.map((r) => r.record), lines: records.map((r) => r.info.lines) };
  } catch (error) {
    const line = typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : 1;
    return {
      ok: false,
      line,
      message: `Tệp sao kê bị lỗi định dạng CSV ở dòng ${line}.`,
      messageEn: `The statement file is malformed CSV at line ${line}.`,
    };
  }
}

/** True when the text looks like a table (several lines with the same separator), not pasted messages. */
export function looksLikeCsv(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, 20);
  if (lines.length < 2) return false;
  const delimiter = detectStatementDelimiter(text);
  const withDelimiter = lines.filter((line) => line.split(delimiter).length >= 3).length;
  return withDelimiter >= Math.ceil(lines.length * 0.6);
}
