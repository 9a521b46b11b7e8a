// The exports as the app serves them: which rows, which columns, which file.
// Used by the commands (base64 for a download), the web routes (streamed) and the CLI.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PassThrough, type Writable } from 'node:stream';
import type { Database } from 'better-sqlite3';
import { ExportQueries } from '../../adapters/sqlite/export-queries';
import type { OrderFilterFields } from '../../adapters/sqlite/order-filter-sql';
import { csvChunks } from '../../adapters/export/csv-export';
import { writeXlsx } from '../../adapters/export/xlsx-export';
import { renderLabelsPdf, type LabelFonts, type LabelLayout } from '../../adapters/export/labels-pdf';
import { customerColumns, itemColumns, orderColumns, type LabelSender } from '../../core/reports/export-columns';
import type { PaymentAccount } from '../../core/vietqr';
import { oncePer } from '../once-per';

export type ExportKind = 'orders' | 'items' | 'customers';
export type Language = 'vi' | 'en';

export const exportQueries = oncePer((db: Database) => new ExportQueries(db));

const SHEET_NAMES: Record<ExportKind, Record<Language, string>> = {
  orders: { vi: 'Đơn hàng', en: 'Orders' },
  items: { vi: 'Chi tiết đơn', en: 'Order items' },
  customers: { vi: 'Khách hàng', en: 'Customers' },
};

export function exportFilename(kind: ExportKind | 'workbook' | 'labels', extension: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const names = { orders: 'don-hang', items: 'chi-tiet-don', customers: 'khach-hang', workbook: 'don-hang', labels: 'nhan-giao-hang' };
  return `ocop-live-${names[kind]}-${stamp}.${extension}`;
}

/** CSV of one kind, counted; written chunk by chunk to `out`. */
export async function writeCsvExport(db: Database, kind: ExportKind, filter: OrderFilterFields, language: Language, out: Writable): Promise<number> {
  const q = exportQueries(db);
  let rows = 0;
  const count = <T>(source: Iterable<T>) =>
    (function* () {
      for (const row of source) {
        rows += 1;
        yield row;
      }
    })();
  const chunks =
    kind === 'orders'
      ? csvChunks(count(q.orders(filter, language)), orderColumns, language)
      : kind === 'items'
        ? csvChunks(count(q.items(filter, language)), itemColumns, language)
        : csvChunks(count(q.customers(filter)), customerColumns, language);
  for (const chunk of chunks) {
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end();
  return rows;
}

/** One sheet of a kind, or the workbook: orders, their items and their buyers, one sheet each. Returns the rows of the first sheet. */
export async function writeXlsxExport(db: Database, kind: ExportKind | 'workbook', filter: OrderFilterFields, language: Language, out: Writable): Promise<number> {
  const q = exportQueries(db);
  const sheets = {
    orders: { name: SHEET_NAMES.orders[language], columns: orderColumns, rows: q.orders(filter, language) },
    items: { name: SHEET_NAMES.items[language], columns: itemColumns, rows: q.items(filter, language) },
    customers: { name: SHEET_NAMES.customers[language], columns: customerColumns, rows: q.customers(filter) },
  };
  const chosen = kind === 'workbook' ? [sheets.orders, sheets.items, sheets.customers] : [sheets[kind]];
  const { rows } = await writeXlsx(out, chosen, language);
  return rows[chosen[0]!.name] ?? 0;
}

/** Collects what a writer produces into one buffer (downloads through a command). */
export async function collect(write: (out: Writable) => Promise<number>): Promise<{ buffer: Buffer; rows: number }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer | string) => chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
  const rows = await write(out);
  if (!out.readableEnded) await new Promise<void>((resolve) => (out.readableEnded ? resolve() : out.once('end', () => resolve())));
  return { buffer: Buffer.concat(chunks), rows };
}

/** A font with Vietnamese glyphs: the app's own, or Debian's DejaVu when run from a bare checkout. */
export function labelFonts(): LabelFonts {
  const own = (name: string) => fileURLToPath(new URL(`../../../assets/fonts/${name}`, import.meta.url));
  const system = (name: string) => `/usr/share/fonts/truetype/dejavu/${name}`;
  const pick = (name: string) => [own(name), system(name)].find((path) => existsSync(path)) ?? own(name);
  return { regular: pick('DejaVuSans.ttf'), bold: pick('DejaVuSans-Bold.ttf') };
}

export async function renderLabels(db: Database, filter: OrderFilterFields, layout: LabelLayout, language: Language, sender?: LabelSender, payTo?: PaymentAccount) {
  return renderLabelsPdf(exportQueries(db).labels(filter), { layout, fonts: labelFonts(), sender, language, payTo });
}
