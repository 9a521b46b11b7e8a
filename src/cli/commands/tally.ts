// `ocop-live tally --db FILE [--session NAME|--all] [--format json|csv|xlsx] [--out FILE]`
// The tally of a stream session (the latest by default), or of every session.
import type { Command } from 'commander';
import { createWriteStream, existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { AppError } from '../../app/errors';
import { openTallyBook } from '../../app/tally-book';
import { writeXlsx } from '../../adapters/export/xlsx-export';
import { csvText, vietnamTimeText } from '../../adapters/export/cell-values';
import type { ExportColumn } from '../../core/reports/export-columns';
import type { SessionTally } from '../../core/reports/tally';
import { fail } from '../fail';
import { openOrExit } from '../open-book';

interface TallyFlags {
  db: string;
  session?: string;
  all?: boolean;
  format: string;
  out?: string;
}

interface SummaryRow {
  session: string;
  startedAt: string;
  orders: number;
  cancelledOrders: number;
  revenue: number;
  paidRevenue: number;
  customers: number;
  newCustomers: number;
  returningCustomers: number;
  comments: number;
  commentsToOrders: number;
}

interface ProductRow {
  session: string;
  code: string;
  name: string;
  quantity: number;
  revenue: number;
  quantityWhileShown: number;
}

const summaryColumns: ExportColumn<SummaryRow>[] = [
  { key: 'session', vi: 'Phiên live', en: 'Session', kind: 'text', width: 26 },
  { key: 'startedAt', vi: 'Bắt đầu', en: 'Started', kind: 'datetime', width: 17 },
  { key: 'orders', vi: 'Số đơn', en: 'Orders', kind: 'int', width: 9 },
  { key: 'cancelledOrders', vi: 'Đơn huỷ', en: 'Cancelled', kind: 'int', width: 9 },
  { key: 'revenue', vi: 'Doanh thu', en: 'Revenue', kind: 'money', width: 15 },
  { key: 'paidRevenue', vi: 'Đã thu', en: 'Paid', kind: 'money', width: 15 },
  { key: 'customers', vi: 'Người mua', en: 'Buyers', kind: 'int', width: 10 },
  { key: 'newCustomers', vi: 'Khách mới', en: 'New', kind: 'int', width: 10 },
  { key: 'returningCustomers', vi: 'Khách quay lại', en: 'Returning', kind: 'int', width: 12 },
  { key: 'comments', vi: 'Bình luận', en: 'Comments', kind: 'int', width: 10 },
  { key: 'commentsToOrders', vi: 'Bình luận thành đơn', en: 'Comments to orders', kind: 'int', width: 12 },
];

const productColumns: ExportColumn<ProductRow>[] = [
  { key: 'session', vi: 'Phiên live', en: 'Session', kind: 'text', width: 26 },
  { key: 'code', vi: 'Mã SP', en: 'Product', kind: 'text', width: 9 },
  { key: 'name', vi: 'Tên sản phẩm', en: 'Product name', kind: 'text', width: 32 },
  { key: 'quantity', vi: 'Số lượng', en: 'Quantity', kind: 'int', width: 10 },
  { key: 'revenue', vi: 'Doanh thu', en: 'Revenue', kind: 'money', width: 15 },
  { key: 'quantityWhileShown', vi: 'Bán khi đang giới thiệu', en: 'Sold while shown', kind: 'int', width: 12 },
];

const summaryOf = (tally: SessionTally): SummaryRow => ({
  session: tally.name,
  startedAt: tally.startedAt,
  orders: tally.orders,
  cancelledOrders: tally.cancelledOrders,
  revenue: tally.revenue,
  paidRevenue: tally.paidRevenue,
  customers: tally.customers,
  newCustomers: tally.newCustomers,
  returningCustomers: tally.returningCustomers,
  comments: tally.comments,
  commentsToOrders: tally.commentsToOrders,
});

const productsOf = (tally: SessionTally): ProductRow[] =>
  tally.itemList.map((item) => ({ session: tally.name, code: item.code, name: item.name, quantity: item.quantity, revenue: item.revenue, quantityWhileShown: item.quantityWhileShown }));

/**
 * One row per session and product, the session's totals beside each: one flat table for spreadsheets.
 * Cells as the other CSV exports write them: the start in Vietnam time, text defused against formulas.
 */
function tallyCsv(tallies: SessionTally[]): string {
  const header = ['session', 'started_at', 'orders', 'revenue', 'customers', 'product_code', 'product_name', 'quantity', 'product_revenue'];
  const rows = tallies.flatMap((tally) => {
    const base = [csvText(tally.name), vietnamTimeText(tally.startedAt), tally.orders, tally.revenue, tally.customers];
    return tally.itemList.length === 0 ? [[...base, '', '', 0, 0]] : tally.itemList.map((item) => [...base, csvText(item.code), csvText(item.name), item.quantity, item.revenue]);
  });
  return '\uFEFF' + stringify([header, ...rows]);
}

export function registerTally(program: Command): void {
  program
    .command('tally')
    .description('Tổng kết phiên live: doanh thu, đơn, sản phẩm, người mua (tally of a stream session)')
    .requiredOption('--db <file>', 'tệp cơ sở dữ liệu SQLite (order book database file)')
    .option('--session <name>', 'tên phiên (session name; default: the latest session)')
    .option('--all', 'mọi phiên (every session)')
    .option('--format <format>', 'json | csv | xlsx', 'json')
    .option('--out <file>', 'ghi ra tệp thay vì màn hình (write to a file; required for xlsx)')
    .action(async (flags: TallyFlags) => {
      const format = flags.format.toLowerCase();
      if (!['json', 'csv', 'xlsx'].includes(format)) fail(`--format phải là json, csv hoặc xlsx (must be json, csv or xlsx): ${flags.format}`);
      if (flags.all && flags.session !== undefined) fail('Chọn --session hoặc --all, không cả hai (choose --session or --all, not both)');
      if (format === 'xlsx' && !flags.out) fail('Định dạng xlsx cần --out TỆP (xlsx needs --out FILE)');
      const databasePath = resolve(flags.db);
      if (!existsSync(databasePath)) fail(`Không tìm thấy cơ sở dữ liệu ${flags.db} (no such database file)`);
      // Read-only, without starting the app: the desktop app or `serve` may be running a rehearsal on this file.
      const book = openOrExit({ databasePath, bookOption: '--db' }, () => openTallyBook(databasePath));
      try {
        // A session named on the command line is found whatever its kind; the latest and --all leave rehearsals out.
        const sessions = book.sessions({ includeRehearsals: flags.session !== undefined });
        const chosen = flags.all ? [...sessions].reverse() : flags.session !== undefined ? sessions.filter((s) => s.name === flags.session) : sessions.slice(0, 1);
        if (chosen.length === 0) {
          fail(flags.session !== undefined ? `Không có phiên "${flags.session}" (no such session)` : 'Chưa có phiên live nào (there is no session yet)', 1);
        }
        const tallies: SessionTally[] = chosen.map((session) => book.tally({ sessionId: session.id }));

        if (format === 'xlsx') {
          const out = createWriteStream(flags.out!);
          await writeXlsx(out, [
            { name: 'Tổng kết', columns: summaryColumns, rows: tallies.map(summaryOf) },
            { name: 'Sản phẩm', columns: productColumns, rows: tallies.flatMap(productsOf) },
          ]);
          console.error(`Đã ghi ${flags.out} (${tallies.length} phiên)`);
          return;
        }
        const text =
          format === 'csv'
            ? tallyCsv(tallies)
            : JSON.stringify(
                // A single session's figures also stand at the top level, so `.orders` works as well as `.sessions[0].orders`.
                { ...(flags.all ? {} : tallies[0]), sessions: tallies },
                null,
                2,
              ) + '\n';
        if (flags.out) {
          writeFileSync(flags.out, text);
          console.error(`Đã ghi ${flags.out} (${tallies.length} phiên)`);
        } else process.stdout.write(text);
      } catch (error) {
        if (error instanceof AppError) fail(`${error.message} (${error.messageEn})`, 1);
        throw error;
      } finally {
        book.close();
      }
    });
}
