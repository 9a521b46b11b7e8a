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

/**
 * A row with more filled cells than the header has columns: almost always an
 * unquoted delimiter inside a cell (`…,Ngon, ngọt, thơm`). Its cells would be
 * shifted or cut off, so the row is refused with the fix, never half-read.
 * Empty cells past the header (trailing separators some spreadsheets write) lose nothing.
 */
function extraCellsIssue(line: number, cells: readonly string[], columns: number, delimiter: ',' | ';'): CatalogIssue | null {
  if (cells.length <= columns || cells.slice(columns).every((cell) => cell.trim() === '')) return null;
  const example = delimiter === ';' ? '"Ngon; ngọt; thơm"' : '"Ngon, ngọt, thơm"';
  const name = { vi: delimiter === ';' ? 'dấu chấm phẩy' : 'dấu phẩy', en: delimiter === ';' ? 'semicolon' : 'comma' };
  return {
    line,
    message:
      `Dòng ${line} có ${cells.length} ô, nhiều hơn ${columns} cột của dòng tiêu đề: có lẽ một ô (thường là mô tả) chứa ${name.vi}. ` +
      `Hãy đặt ô đó trong dấu ngoặc kép, ví dụ ${example}, rồi nhập lại.`,
    messageEn:
      `Line ${line} has ${cells.length} cells, more than the ${columns} columns of the header: a cell (often the description) probably holds a ${name.en}. ` +
      `Put that cell in double quotes, e.g. ${example}, and import again.`,
  };
}

export function parseCatalogCsv(text: string): CatalogRowsResult {
  let records: { record: string[]; info: { lines: number } }[];
  const delimiter = detectDelimiter(text);
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      // Rows of any length are read so that every bad row is reported at once (extraCellsIssue), not only the first.
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
  const rows = body.filter(({ record }) => record.some((cell) => cell.trim() !== ''));
  const rowsResult = catalogRowsToProducts(
    rows.map(({ record, info }) => ({
      line: info.lines,
      cells: Object.fromEntries(columns.map((column, index) => [column, record[index] ?? ''])),
    })),
  );
  const shapeIssues = rows.flatMap(({ record, info }) => extraCellsIssue(info.lines, record, columns.length, delimiter) ?? []);
  if (shapeIssues.length === 0) return rowsResult;
  // Every mistake of the file in line order; nothing is imported. Other complaints about a
  // row with extra cells are left out: they come from its shifted cells, and quoting fixes them too.
  const shifted = new Set(shapeIssues.map((issue) => issue.line));
  const others = rowsResult.ok ? [] : rowsResult.issues.filter((issue) => !shifted.has(issue.line));
  const issues = [...shapeIssues, ...others].sort((a, b) => a.line - b.line);
  return { ok: false, issues };
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
