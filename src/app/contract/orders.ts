// The order book as the seller works it during and after a stream: orders,
// the review queue, the waitlist, manual entry.
import { z } from 'zod';
import { defineCommands, defineEvents } from './define';
import { orderSummarySchema } from './live';
import { orderStatuses } from '../../core/orders/order-summary';
import { optionalPhoneSchema } from './phone';

const id = z.number().int().positive();
const sessionId = z.number().int().positive().optional();

const itemsInput = z
  .array(z.object({ productId: id, qty: z.number().int().min(1).max(9999) }))
  .min(1, 'Chọn ít nhất một sản phẩm / Choose at least one product')
  .max(100);

export const reviewEntrySchema = z.object({
  id: z.number().int(),
  sessionId: z.number().int().nullable(),
  chatMessageId: z.number().int(),
  reason: z.string(),
  status: z.enum(['open', 'resolved', 'dismissed']),
  resolvedOrderId: z.number().int().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  text: z.string(),
  userName: z.string(),
  platform: z.string(),
  sentAt: z.string(),
  customerId: z.number().int().nullable(),
  showcase: z.string().nullable(),
  /** What the parser read, for the seller to start from. */
  items: z.array(z.object({ code: z.string(), qty: z.number().int().nullable() })),
  /** With reason 'amount': the money the buyer named, in đồng. */
  amount: z.number().nullable(),
});
export type ReviewEntryView = z.infer<typeof reviewEntrySchema>;

export const waitEntrySchema = z.object({
  id: z.number().int(),
  sessionId: z.number().int().nullable(),
  productId: z.number().int(),
  productCode: z.string(),
  productName: z.string(),
  customerId: z.number().int(),
  customerName: z.string(),
  qty: z.number().int(),
  chatMessageId: z.number().int().nullable(),
  status: z.enum(['waiting', 'fulfilled', 'cancelled']),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});

const placedOrderSchema = z.object({
  /** null when everything chosen was sold out: it all went to the waitlist. */
  order: orderSummarySchema.nullable(),
  waitlisted: z.array(z.object({ code: z.string(), qty: z.number().int() })),
});

export const ordersCommands = defineCommands({
  listOrders: {
    summary: 'Orders with their items and totals, oldest first (a session’s, or all).',
    input: z.object({ sessionId, status: z.enum(orderStatuses).optional(), customerId: id.optional() }),
    output: z.array(orderSummarySchema),
  },
  getOrder: { summary: 'One order with its items and total.', input: z.object({ id }), output: orderSummarySchema },
  createManualOrder: {
    summary: 'An order taken by phone or inbox: the buyer is found by phone (or added); items join their open order of the session.',
    input: z.object({
      sessionId,
      customerId: id.optional(),
      customerName: z.string().trim().min(1, 'Nhập tên khách / Enter the buyer’s name').max(200),
      phone: optionalPhoneSchema.default(null),
      address: z.string().trim().max(500).default(''),
      items: itemsInput,
    }),
    output: placedOrderSchema,
  },
  cancelOrder: {
    summary: 'Cancel a whole order: its stock goes back and on to buyers waiting for it.',
    input: z.object({ id }),
    output: orderSummarySchema,
  },
  listReviewQueue: {
    summary: 'Comments the parser was unsure of (open ones unless a status is given), oldest first.',
    input: z.object({ sessionId, status: z.enum(['open', 'resolved', 'dismissed']).default('open') }),
    output: z.array(reviewEntrySchema),
  },
  resolveReview: {
    summary: 'Settle a review entry with the product(s) the buyer meant: it becomes a normal order of theirs (a cancel entry takes those units off their order).',
    input: z.object({ id, items: itemsInput }),
    output: placedOrderSchema,
  },
  dismissReview: { summary: 'Drop a review entry (reopenReview undoes it).', input: z.object({ id }), output: reviewEntrySchema },
  reopenReview: { summary: 'Undo dismissing a review entry.', input: z.object({ id }), output: reviewEntrySchema },
  listWaitlist: {
    summary: 'Buyers waiting for sold-out products, in line order.',
    input: z.object({ sessionId, status: z.enum(['waiting', 'fulfilled', 'cancelled']).default('waiting') }),
    output: z.array(waitEntrySchema),
  },
});

export const ordersEvents = defineEvents({
  /** Freed stock went to a buyer waiting for it: their order now holds it. */
  waitlistPromoted: z.object({
    waitlistId: z.number().int(),
    sessionId: z.number().int(),
    productCode: z.string(),
    productName: z.string(),
    customerId: z.number().int(),
    customerName: z.string(),
    qty: z.number().int(),
    /** False when only part of what they wait for came free. */
    complete: z.boolean(),
    order: orderSummarySchema,
  }),
  /** Someone joined or left a session's waitlist (or was served from it). */
  waitlistChanged: z.object({ sessionId: z.number().int() }),
  reviewQueueChanged: z.object({ change: z.enum(['added', 'resolved', 'dismissed', 'reopened']), entry: reviewEntrySchema }),
  /** Stock on hand changed by orders, cancels or promotions. */
  stockChanged: z.object({ products: z.array(z.object({ id: z.number().int(), code: z.string(), stock: z.number().int() })) }),
});
