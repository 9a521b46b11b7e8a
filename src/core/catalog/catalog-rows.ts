// Turns rows of a catalog file into products, or lists every problem by line
// number so the seller can fix the file once; nothing is half-imported.
import { z } from 'zod';
import { productFieldsSchema, type ProductFields } from './product';
import { inEnglish } from '../text/bilingual';
import { foldVietnamese } from '../text/fold';

export const REQUIRED_COLUMNS = ['code', 'name', 'price', 'unit', 'stock', 'aliases', 'ocop_stars'] as const;
export const OPTIONAL_COLUMNS = ['description', 'image'] as const;
export const CATALOG_COLUMNS = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS] as const;

const VIETNAMESE = z.locales.vi().localeError;
const ENGLISH = z.locales.en().localeError;

export interface CatalogRow {
  /** 1-based line number in the file, header being line 1. */
  line: number;
  cells: Record<string, string>;
}

export interface CatalogIssue {
  line: number;
  column?: string;
  message: string;
  messageEn: string;
}

export type CatalogRowsResult =
  | { ok: true; products: ProductFields[] }
  | { ok: false; issues: CatalogIssue[] };

/** "150000", "150.000", "150,000", "150 000 ₫" → 150000; anything else → null. */
export function parseVndAmount(raw: string): number | null {
  const text = raw.trim().replace(/\s*(₫|đ|vnd|vnđ)$/i, '').trim();
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d{1,3}([.,\s\u00a0]\d{3})+$/.test(text)) return Number(text.replace(/[.,\s\u00a0]/g, ''));
  return null;
}

function parseWholeNumber(raw: string): number | null {
  const text = raw.trim();
  return /^\d+$/.test(text) ? Number(text) : null;
}

export function normaliseHeader(name: string): string {
  return foldVietnamese(name.replace(/^\uFEFF/, '')).trim().replace(/\s+/g, '_');
}

export function checkCatalogHeader(header: readonly string[]): CatalogIssue[] {
  const present = new Set(header.map(normaliseHeader));
  return REQUIRED_COLUMNS.filter((column) => !present.has(column)).map((column) => ({
    line: 1,
    column,
    message: `Thiếu cột "${column}" ở dòng tiêu đề`,
    messageEn: `Missing column "${column}" in the header row`,
  }));
}

export function catalogRowsToProducts(rows: readonly CatalogRow[]): CatalogRowsResult {
  const issues: CatalogIssue[] = [];
  const products: ProductFields[] = [];
  const firstLineOfCode = new Map<string, number>();

  for (const { line, cells } of rows) {
    const cell = (name: string) => (cells[name] ?? '').trim();
    const rowIssues: CatalogIssue[] = [];
    const problem = (column: string, message: string, messageEn: string) =>
      rowIssues.push({ line, column, message, messageEn });

    const price = parseVndAmount(cell('price'));
    if (price === null) {
      problem('price', `Giá "${cell('price')}" không phải là số`, `Price "${cell('price')}" is not a number`);
    }
    const stockText = cell('stock');
    const stock = stockText === '' ? 0 : parseWholeNumber(stockText);
    if (stock === null) {
      problem('stock', `Tồn kho "${stockText}" không phải là số nguyên`, `Stock "${stockText}" is not a whole number`);
    }
    const starsText = cell('ocop_stars');
    const stars = starsText === '' ? null : parseWholeNumber(starsText);
    if (starsText !== '' && (stars === null || stars > 5)) {
      problem('ocop_stars', `Số sao OCOP "${starsText}" phải từ 0 đến 5`, `OCOP stars "${starsText}" must be 0 to 5`);
    }
    if (cell('name') === '') {
      problem('name', 'Tên sản phẩm đang để trống', 'Product name is empty');
    }

    const fields = {
      code: cell('code'),
      name: cell('name'),
      price: price ?? 0,
      unit: cell('unit'),
      stock: stock ?? 0,
      aliases: cell('aliases').split('|').map((alias) => alias.trim()).filter((alias) => alias !== ''),
      ocopStars: stars !== null && stars <= 5 ? stars : null,
      description: cell('description'),
      image: cell('image'),
    };
    const parsed = productFieldsSchema.safeParse(fields, { error: VIETNAMESE });
    if (!parsed.success) {
      // The same check in English, issue for issue, for the English half of each message.
      const english = productFieldsSchema.safeParse(fields, { error: ENGLISH });
      const englishIssues = english.success ? [] : english.error.issues;
      parsed.error.issues.forEach((issue, index) => {
        const column = String(issue.path[0] ?? '');
        if (column === 'name' && cell('name') === '') return; // already said plainly above
        const csvColumn = column === 'ocopStars' ? 'ocop_stars' : column;
        problem(csvColumn, issue.message, `${csvColumn}: ${inEnglish(englishIssues[index]?.message ?? issue.message)}`);
      });
    }

    const code = cell('code').toUpperCase();
    if (code !== '') {
      const first = firstLineOfCode.get(code);
      if (first !== undefined) {
        problem('code', `Mã "${code}" trùng với dòng ${first}`, `Code "${code}" repeats line ${first}`);
      } else {
        firstLineOfCode.set(code, line);
      }
    }

    if (rowIssues.length > 0) issues.push(...rowIssues);
    else if (parsed.success) products.push(parsed.data);
  }

  if (rows.length === 0) {
    issues.push({ line: 1, message: 'Tệp không có sản phẩm nào', messageEn: 'The file has no products' });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, products };
}
