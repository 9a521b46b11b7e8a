// After the stream: the tally of a session, sessions compared, and the
// exports (orders, items and customers as CSV/XLSX; labels and packing slips as PDF).
import { z } from 'zod';
import { defineCommands } from './define';
import { sessionTallySchema } from '../../core/reports/tally';
import { sessionComparisonSchema } from '../../core/reports/session-comparison';
import { orderFilterSchema } from './orders-admin';

const fileSchema = z.object({ filename: z.string(), mimeType: z.string(), base64: z.string(), rows: z.number().int() });

export const labelLayouts = ['label-a6', 'label-a4', 'slip-a4', 'slip-a6'] as const;

/** Orders whose labels would lack an address or a phone, counted (and the first few listed). */
const labelGapCounts = {
  missingAddress: z.number().int(),
  missingPhone: z.number().int(),
};

export const tallyCommands = defineCommands({
  listTallySessions: {
    summary: 'Stream sessions, newest first, with their orders and revenue (cancelled left out). Rehearsals (training) only with includeRehearsals.',
    input: z.object({ includeRehearsals: z.boolean().default(false) }).default({ includeRehearsals: false }),
    output: z.array(
      z.object({ id: z.number().int(), name: z.string(), kind: z.string(), startedAt: z.string(), endedAt: z.string().nullable(), orders: z.number().int(), revenue: z.number().int() }),
    ),
  },
  getSessionTally: {
    summary: 'The tally of one session (the latest when none is named): revenue, orders, items by product, comments, buyers, orders per minute with showcase bands.',
    input: z.object({ sessionId: z.number().int().positive().optional(), sessionName: z.string().max(200).optional(), topBuyers: z.number().int().min(1).max(100).default(10) }),
    output: sessionTallySchema,
  },
  compareSessions: {
    summary: 'Sessions side by side (all but rehearsals when none are given): revenue, orders, buyers, best products.',
    input: z.object({ sessionIds: z.array(z.number().int().positive()).max(500).optional(), includeRehearsals: z.boolean().default(false) }),
    output: sessionComparisonSchema,
  },
  exportOrders: {
    summary: 'Orders, order items or customers as CSV or XLSX, or all three as one XLSX workbook ("workbook"); base64 for download.',
    input: z.object({
      filter: orderFilterSchema.default({}),
      kind: z.enum(['orders', 'items', 'customers', 'workbook']).default('orders'),
      format: z.enum(['csv', 'xlsx']).default('xlsx'),
      language: z.enum(['vi', 'en']).default('vi'),
    }),
    output: fileSchema,
  },
  checkLabels: {
    summary: 'Before printing labels: how many orders they would hold, and which lack the buyer’s address or phone (to fix first).',
    input: z.object({ filter: orderFilterSchema.default({}) }),
    output: z.object({
      orders: z.number().int(),
      ...labelGapCounts,
      /** The first 50 such orders, oldest first. */
      incomplete: z.array(
        z.object({ id: z.number().int(), code: z.string(), customerId: z.number().int(), customerName: z.string(), phone: z.string().nullable(), address: z.string() }),
      ),
    }),
  },
  exportLabels: {
    summary:
      'Shipping labels or packing slips as a PDF ready to print (A6, or A4), one per order: buyer, items, COD amount, order code as QR. A missing address or phone is printed as missing, and counted in the answer.',
    input: z.object({
      filter: orderFilterSchema.default({}),
      layout: z.enum(labelLayouts).default('label-a6'),
      language: z.enum(['vi', 'en']).default('vi'),
      /** The shop printed as sender (remembered by the screen). */
      sender: z.object({ name: z.string().max(100), phone: z.string().max(20), address: z.string().max(300) }).optional(),
    }),
    output: fileSchema.extend({ pages: z.number().int(), ...labelGapCounts }),
  },
});
