// Downloads for web mode, streamed straight to the browser (no base64 round
// trip): GET /export/orders.xlsx, /export/orders.csv?kind=items|customers,
// /export/labels.pdf?layout=label-a4. The filter comes from the query string
// (sessionId, status, product, paid, platform, q, rehearsals=1 to take rehearsals'
// orders too) and is checked like a command's.
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import type { App } from '../../app/create-app';
import { orderFilterSchema } from '../../app/contract/orders-admin';
import { labelLayouts } from '../../app/contract/tally';
import { AppError, invalidInput } from '../../app/errors';
import { exportFilename, renderLabels, writeCsvExport, writeXlsxExport } from '../../app/orders-admin/exports';
import type { Route } from '../http-server';

const querySchema = z.object({
  sessionId: z.coerce.number().int().positive().optional(),
  status: z.string().optional(),
  product: z.string().max(20).optional(),
  paid: z.enum(['paid', 'unpaid']).optional(),
  platform: z.string().max(30).optional(),
  q: z.string().max(200).optional(),
  kind: z.enum(['orders', 'items', 'customers', 'workbook']).optional(),
  layout: z.enum(labelLayouts).optional(),
  lang: z.enum(['vi', 'en']).optional(),
  rehearsals: z.enum(['0', '1']).optional(),
});

function readQuery(url: string | undefined) {
  const params = Object.fromEntries(new URL(url ?? '/', 'http://127.0.0.1').searchParams);
  const parsed = querySchema.safeParse(params);
  if (!parsed.success) throw invalidInput('export', parsed.error, querySchema, params);
  const query = parsed.data;
  const filter = orderFilterSchema.safeParse({
    sessionId: query.sessionId,
    statuses: query.status ? query.status.split(',') : undefined,
    productCode: query.product,
    paid: query.paid,
    platform: query.platform,
    query: query.q,
    includeRehearsals: query.rehearsals === '1' ? true : undefined,
  });
  if (!filter.success) throw invalidInput('export', filter.error);
  return { query, filter: filter.data };
}

function startDownload(res: ServerResponse, filename: string, mimeType: string, extra: Record<string, string> = {}): void {
  res.writeHead(200, {
    'content-type': mimeType,
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...extra,
  });
}

export function exportRoutes(app: App): Route[] {
  const { db, now } = app.context;
  return [
    {
      method: 'GET',
      path: '/export/orders.xlsx',
      async handle(req, res) {
        const { query, filter } = readQuery(req.url);
        const kind = query.kind ?? 'workbook';
        startDownload(res, exportFilename(kind, 'xlsx', now()), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        await writeXlsxExport(db, kind, filter, query.lang ?? 'vi', res);
      },
    },
    {
      method: 'GET',
      path: '/export/orders.csv',
      async handle(req, res) {
        const { query, filter } = readQuery(req.url);
        const kind = query.kind ?? 'orders';
        if (kind === 'workbook') throw new AppError('CSV_ONE_TABLE', 'CSV chỉ chứa một bảng.', 'A CSV file holds one table.', 400);
        startDownload(res, exportFilename(kind, 'csv', now()), 'text/csv; charset=utf-8');
        await writeCsvExport(db, kind, filter, query.lang ?? 'vi', res);
      },
    },
    {
      method: 'GET',
      path: '/export/labels.pdf',
      async handle(req, res) {
        const { query, filter } = readQuery(req.url);
        const layout = query.layout ?? 'label-a6';
        const { pdf, missingAddress, missingPhone } = await renderLabels(db, filter, layout, query.lang ?? 'vi', undefined, app.context.overlays.getState().payment);
        // Labels printed without an address or phone are counted, as the command's answer counts them.
        startDownload(res, exportFilename('labels', 'pdf', now()).replace('.pdf', `-${layout}.pdf`), 'application/pdf', {
          'x-labels-missing-address': String(missingAddress),
          'x-labels-missing-phone': String(missingPhone),
        });
        res.end(pdf);
      },
    },
  ];
}
