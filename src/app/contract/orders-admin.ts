// Working the orders after the stream: search and filter, move orders along
// (confirm, paid, packed, shipped, delivered, cancelled), edit items, notes,
// merge customers, bank statement reconciliation, and undo for all of it.
// The live order list, manual entry and single cancel are in ./orders.ts.
import { z } from 'zod';
import { defineCommands, defineEvents } from './define';
import { orderLineSchema } from './live';
import { orderStatuses } from '../../core/orders/order-summary';
import { reconcileResultSchema } from '../../core/payments/reconcile';
import { optionalPhoneSchema } from './phone';

const id = z.number().int().positive();
const statusSchema = z.enum(orderStatuses);
const paymentMethodSchema = z.enum(['vietqr', 'transfer', 'cash', 'cod']);

export const orderFilterSchema = z.object({
  sessionId: id.optional(),
  statuses: z.array(statusSchema).max(7).optional(),
  /** A product code the order must contain. */
  productCode: z.string().trim().max(20).optional(),
  paid: z.enum(['paid', 'unpaid']).optional(),
  platform: z.string().trim().max(30).optional(),
  customerId: id.optional(),
  /** Order code, buyer name (diacritics optional) or phone. */
  query: z.string().trim().max(200).optional(),
  ids: z.array(id).max(100_000).optional(),
  /**
   * Orders of rehearsals (training practice streams) are left out of lists and
   * exports unless this is true or the filter names the session or the orders.
   */
  includeRehearsals: z.boolean().optional(),
});
export type OrderFilter = z.infer<typeof orderFilterSchema>;

export const adminOrderSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  sessionId: z.number().int().nullable(),
  sessionName: z.string().nullable(),
  customerId: z.number().int(),
  customerName: z.string(),
  phone: z.string().nullable(),
  address: z.string(),
  status: statusSchema,
  source: z.string(),
  platform: z.string().nullable(),
  note: z.string(),
  items: z.array(orderLineSchema.extend({ productId: z.number().int() })),
  total: z.number().int(),
  paid: z.number().int(),
  /** What is still owed (collected on delivery for COD). */
  due: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AdminOrder = z.infer<typeof adminOrderSchema>;

export const journalEntrySchema = z.object({
  id: z.number().int(),
  action: z.string(),
  label: z.string(),
  labelEn: z.string(),
  orderIds: z.array(z.number().int()),
  at: z.string(),
  undoneAt: z.string().nullable(),
});

const skippedSchema = z.object({ id: z.number().int(), code: z.string(), reason: z.string(), reasonEn: z.string() });

const bulkResultSchema = z.object({
  changed: z.array(adminOrderSchema),
  skipped: z.array(skippedSchema),
  /** The journal entry that undoes this change (null when nothing changed). */
  journalId: z.number().int().nullable(),
});

export const customerAdminSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  phone: z.string().nullable(),
  address: z.string(),
  notes: z.string(),
  mergedInto: z.number().int().nullable(),
  identities: z.array(z.object({ platform: z.string(), userId: z.string(), displayName: z.string() })),
  orders: z.number().int(),
  spent: z.number().int(),
});

export const paymentReviewSchema = z.object({
  paymentId: z.number().int(),
  amount: z.number().int(),
  memo: z.string(),
  reference: z.string(),
  paidAt: z.string(),
  reason: z.string(),
  codes: z.array(z.string()),
  orders: z.array(z.object({ id: z.number().int(), code: z.string(), status: statusSchema, total: z.number().int(), due: z.number().int() })),
  expected: z.number().int().nullable(),
  line: z.number().int(),
  status: z.enum(['open', 'accepted', 'dismissed']),
  orderId: z.number().int().nullable(),
});

const statementInput = z.object({
  /** The statement file's text (CSV) or pasted notifications. */
  text: z.string().min(1).max(20_000_000),
  format: z.enum(['auto', 'csv', 'notifications']).default('auto'),
});

const statementResultSchema = reconcileResultSchema.extend({
  format: z.enum(['csv', 'notifications']),
  transfers: z.number().int(),
  skipped: z.number().int(),
  applied: z.boolean(),
  journalId: z.number().int().nullable(),
});

export const ordersAdminCommands = defineCommands({
  searchOrders: {
    summary: 'Orders matching a filter (status, product, paid/unpaid, platform, text), newest first, a page at a time.',
    input: z.object({ filter: orderFilterSchema.default({}), limit: z.number().int().min(1).max(1000).default(100), offset: z.number().int().min(0).default(0) }),
    output: z.object({ total: z.number().int(), orders: z.array(adminOrderSchema) }),
  },
  getOrderDetail: {
    summary: 'One order with its status history and payments.',
    input: z.object({ id }),
    output: adminOrderSchema.extend({
      history: z.array(z.object({ from: statusSchema.nullable(), to: statusSchema, at: z.string() })),
      payments: z.array(z.object({ id: z.number().int(), amount: z.number().int(), method: paymentMethodSchema, reference: z.string(), memo: z.string(), paidAt: z.string() })),
    }),
  },
  moveOrders: {
    summary: 'Move orders along: confirmed, paid, packed, shipped, delivered or cancelled (one or many; undoable). Paid records the money owed as a payment.',
    input: z.object({ ids: z.array(id).min(1).max(100_000), to: statusSchema, method: paymentMethodSchema.default('transfer') }),
    output: bulkResultSchema,
  },
  editOrderItems: {
    summary: 'Set an order’s items and quantities (qty 0 removes a line); stock follows, undoable.',
    input: z.object({ id, lines: z.array(z.object({ productId: id, qty: z.number().int().min(0).max(9999) })).max(100) }),
    output: adminOrderSchema,
  },
  setOrderNote: {
    summary: 'The seller’s note on an order (undoable).',
    input: z.object({ id, note: z.string().max(2000) }),
    output: adminOrderSchema,
  },
  listCustomers: {
    summary: 'Buyers by name (diacritics optional) or phone, with their orders and spending; buyers seen only in rehearsals (training) and rehearsal orders only with includeRehearsals.',
    input: z.object({ query: z.string().trim().max(200).default(''), limit: z.number().int().min(1).max(500).default(50), includeRehearsals: z.boolean().default(false) }),
    output: z.array(customerAdminSchema),
  },
  updateCustomer: {
    summary: 'Correct a buyer’s name, phone or address, e.g. before printing labels (phone read like the chat’s; "" or null clears it; undoable).',
    input: z
      .object({
        id,
        name: z.string().trim().min(1, 'Nhập tên khách / Enter the buyer’s name').max(200).optional(),
        phone: optionalPhoneSchema.optional(),
        address: z.string().trim().max(500).optional(),
      })
      .refine((input) => input.name !== undefined || input.phone !== undefined || input.address !== undefined, {
        message: 'Chưa có gì để sửa: gửi tên, số điện thoại hoặc địa chỉ / Nothing to change: send a name, phone or address',
      }),
    output: z.object({ customer: customerAdminSchema, journalId: z.number().int().nullable() }),
  },
  mergeCustomers: {
    summary: 'Two buyers who are one person: the second’s orders, platform accounts and waits move to the first (undoable).',
    input: z.object({ keepId: id, mergeId: id }),
    output: z.object({ customer: customerAdminSchema, journalId: z.number().int() }),
  },
  listOrderChanges: {
    summary: 'The latest changes made in the Orders screen, newest first, each undoable until undone.',
    input: z.object({ limit: z.number().int().min(1).max(200).default(20) }),
    output: z.array(journalEntrySchema),
  },
  undoOrderChange: {
    summary: 'Undo one change (the latest when no id is given), in one transaction; refused when the orders changed since.',
    input: z.object({ id: id.optional() }),
    output: z.object({ entry: journalEntrySchema, orders: z.array(adminOrderSchema) }),
  },
  previewBankStatement: {
    summary: 'Read a bank statement (CSV) or pasted transfer notifications and show what would match, without changing anything.',
    input: statementInput,
    output: statementResultSchema,
  },
  importBankStatement: {
    summary: 'Apply a statement, all or nothing: matched transfers mark orders paid; the others are kept for the seller to decide (undoable).',
    input: statementInput,
    output: statementResultSchema,
  },
  listPaymentReviews: {
    summary: 'Transfers a statement import could not match exactly, for the seller to decide.',
    input: z.object({ status: z.enum(['open', 'accepted', 'dismissed']).default('open') }),
    output: z.array(paymentReviewSchema),
  },
  settlePaymentReview: {
    summary: 'Decide on an unmatched transfer: accept it for an order (recorded as its payment, paid when covered) or dismiss it (undoable).',
    input: z.object({ paymentId: id, action: z.enum(['accept', 'dismiss']), orderId: id.optional() }),
    output: paymentReviewSchema,
  },
});

export const ordersAdminEvents = defineEvents({
  /** The Orders screen's journal gained or undid an entry. */
  orderJournalChanged: z.object({ entryId: z.number().int(), undone: z.boolean() }),
  /** Unmatched transfers were added or settled. */
  paymentReviewsChanged: z.object({ open: z.number().int() }),
});
