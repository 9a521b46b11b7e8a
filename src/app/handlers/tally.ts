import type { Database } from 'better-sqlite3';
import { TallyQueries } from '../../adapters/sqlite/tally-queries';
import type { z } from 'zod';
import { buildSessionTally, type SessionTally } from '../../core/reports/tally';
import { compareSessions } from '../../core/reports/session-comparison';
import type { tallyCommands } from '../contract/tally';
import { AppError, notFound } from '../errors';
import { collect, exportFilename, exportQueries, renderLabels, writeCsvExport, writeXlsxExport } from '../orders-admin/exports';
import type { HandlersFor } from './define';
import { oncePer } from '../once-per';

export const tallyQueries = oncePer((db: Database) => new TallyQueries(db));

type Input<N extends keyof typeof tallyCommands> = z.output<(typeof tallyCommands)[N]['input']>;

// On a bare database, not the app's context: `ocop-live tally` reads them from a book it opens read-only (src/app/tally-book.ts).
export const listTallySessions = (db: Database, { includeRehearsals }: Input<'listTallySessions'>) => tallyQueries(db).sessions(includeRehearsals);

export function getSessionTally(db: Database, { sessionId, sessionName, topBuyers }: Input<'getSessionTally'>): SessionTally {
  const queries = tallyQueries(db);
  const id = sessionId ?? (sessionName !== undefined ? queries.sessionIdByName(sessionName) : queries.sessions()[0]?.id);
  if (id === undefined) {
    if (sessionName === undefined && sessionId === undefined) {
      throw new AppError('NO_SESSIONS', 'Chưa có phiên live nào để tổng kết.', 'There is no stream session to tally yet.', 404);
    }
    throw notFound('phiên live', 'Stream session');
  }
  const facts = queries.facts(id, topBuyers);
  if (!facts) throw notFound('phiên live', 'Stream session');
  return buildSessionTally(facts);
}

export const tallyHandlers: HandlersFor<typeof tallyCommands> = {
  listTallySessions: (input, ctx) => listTallySessions(ctx.db, input),
  getSessionTally: (input, ctx) => getSessionTally(ctx.db, input),
  compareSessions: ({ sessionIds, includeRehearsals }, ctx) => compareSessions(tallyQueries(ctx.db).summaries(sessionIds, includeRehearsals)),
  exportOrders: async ({ filter, kind, format, language }, ctx) => {
    if (format === 'csv') {
      if (kind === 'workbook') {
        throw new AppError('CSV_ONE_TABLE', 'CSV chỉ chứa một bảng: chọn đơn hàng, chi tiết hoặc khách hàng.', 'A CSV file holds one table: choose orders, items or customers.', 422);
      }
      const { buffer, rows } = await collect((out) => writeCsvExport(ctx.db, kind, filter, language, out));
      return { filename: exportFilename(kind, 'csv', ctx.now()), mimeType: 'text/csv;charset=utf-8', base64: buffer.toString('base64'), rows };
    }
    const { buffer, rows } = await collect((out) => writeXlsxExport(ctx.db, kind, filter, language, out));
    return {
      filename: exportFilename(kind, 'xlsx', ctx.now()),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: buffer.toString('base64'),
      rows,
    };
  },
  checkLabels: ({ filter }, ctx) => exportQueries(ctx.db).labelGaps(filter),
  exportLabels: async ({ filter, layout, language, sender }, ctx) => {
    const { pdf, pages, orders, missingAddress, missingPhone } = await renderLabels(ctx.db, filter, layout, language, sender, ctx.overlays.getState().payment);
    return {
      filename: exportFilename('labels', 'pdf', ctx.now()).replace('.pdf', `-${layout}.pdf`),
      mimeType: 'application/pdf',
      base64: pdf.toString('base64'),
      rows: orders,
      pages,
      missingAddress,
      missingPhone,
    };
  },
};
