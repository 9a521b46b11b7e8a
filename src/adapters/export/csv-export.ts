// Exports as CSV: a BOM so Excel reads Vietnamese as UTF-8, a header row in
// the seller's language, numbers as plain digits (so they stay numbers),
// times in Vietnam time, and text from chat defused so no cell runs as a
// formula. Produced in chunks so a big export streams.
// Phones stay as they are ("0912345678"): Excel drops the leading 0 when it
// opens a CSV, but writing them as ="0912..." would corrupt the file for every
// other reader; the XLSX export keeps phones as text (README, the screen's hint).
import { stringify } from 'csv-stringify/sync';
import type { ExportColumn } from '../../core/reports/export-columns';
import { csvText, vietnamTimeText } from './cell-values';

const ROWS_PER_CHUNK = 1000;

export function* csvChunks<Row>(rows: Iterable<Row>, columns: readonly ExportColumn<Row>[], language: 'vi' | 'en' = 'vi'): Generator<string> {
  yield '\uFEFF' + stringify([columns.map((column) => column[language])]);
  let batch: (string | number)[][] = [];
  for (const row of rows) {
    batch.push(
      columns.map((column) => {
        const value = row[column.key] as unknown;
        if (column.kind === 'datetime') return typeof value === 'string' && value !== '' ? vietnamTimeText(value) : '';
        if (typeof value === 'number') return value;
        return value === null || value === undefined ? '' : csvText(String(value));
      }),
    );
    if (batch.length >= ROWS_PER_CHUNK) {
      yield stringify(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch);
}

export function toCsv<Row>(rows: Iterable<Row>, columns: readonly ExportColumn<Row>[], language: 'vi' | 'en' = 'vi'): { text: string; rows: number } {
  let count = 0;
  const counted = (function* () {
    for (const row of rows) {
      count += 1;
      yield row;
    }
  })();
  const text = [...csvChunks(counted, columns, language)].join('');
  return { text, rows: count };
}
