// Catalog files as sellers make them: UTF-8 with or without BOM, commas or
// semicolons (Excel in Vietnamese locales writes semicolons).
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  CATALOG_COLUMNS,
  catalogRowsToProducts,
  checkCatalogHeader,
  normaliseHeader,
  type CatalogIssue,
  type CatalogRowsResult,
} from '../../core/catalog/catalog-rows';
import type { ProductFields } from '../../core/catalog/product';

/** The header decides: whichever of `;` and `,` it has more of, outside quotes. */
export function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const semicolons = unquoted.split(';').length - 1;
  const commas = unquoted.split(',').length - 1;
  return semicolons > commas ? ';' : ',';
}

export function parseCatalogCsv(text: string): CatalogRowsResult {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true, // line numbers for error messages, empty lines included
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : 1;
    const detail = error instanceof Error ? error.message : String(error);
    const issue: CatalogIssue = {
      line,
      message: `Tệp CSV bị lỗi định dạng ở dòng ${line} (có dấu ngoặc kép chưa đóng?)`,
      messageEn: `The CSV file is malformed at line ${line}: ${detail}`,
    };
    return { ok: false, issues: [issue] };
  }
  const [header, ...body] = records;
  if (!header) {
    return { ok: false, issues: [{ line: 1, message: 'Tệp trống', messageEn: 'The file is empty' }] };
  }
  const headerIssues = checkCatalogHeader(header.record);
  if (headerIssues.length > 0) return { ok: false, issues: headerIssues };

  const columns = header.record.map(normaliseHeader);
  return catalogRowsToProducts(
    body
      .filter(({ record }) => record.some((cell) => cell.trim() !== ''))
      .map(({ record, info }) => ({
        line: info.lines,
        cells: Object.fromEntries(columns.map((column, index) => [column, record[index] ?? ''])),
      })),
  );
}

export function catalogToCsv(products: readonly ProductFields[]): string {
  const rows = products.map((product) => [
    product.code,
    product.name,
    String(product.price),
    product.unit,
    String(product.stock),
    product.aliases.join('|'),
    product.ocopStars === null ? '' : String(product.ocopStars),
    product.description,
    product.image,
  ]);
  return stringify([[...CATALOG_COLUMNS], ...rows]);
}
