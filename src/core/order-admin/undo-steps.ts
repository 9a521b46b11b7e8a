// The undo journal's vocabulary: each change to orders records the steps that
// take it back and the state it left behind. Undo checks that state first, so
// it never overwrites what happened since (a new comment, another edit).
import { z } from 'zod';
import { orderStatuses } from '../orders/order-summary';

const id = z.number().int();

export const savedLineSchema = z.object({ productId: id, qty: z.number().int().positive(), unitPrice: z.number().int(), createdAt: z.string() });
export type SavedLine = z.infer<typeof savedLineSchema>;

export const undoStepSchema = z.discriminatedUnion('op', [
  /** Put the order back in this status (a status change row records the move). */
  z.object({ op: z.literal('status'), orderId: id, to: z.enum(orderStatuses) }),
  /** Put the order's lines back exactly; stock moves by the difference. */
  z.object({ op: z.literal('lines'), orderId: id, lines: z.array(savedLineSchema) }),
  z.object({ op: z.literal('note'), orderId: id, note: z.string() }),
  /** A buyer's name, phone and address as they were. */
  z.object({ op: z.literal('customer'), customerId: id, name: z.string(), phone: z.string().nullable(), address: z.string() }),
  /** Payments this change recorded (and their review rows). */
  z.object({ op: z.literal('deletePayments'), paymentIds: z.array(id) }),
  /** A payment review as it was: its status and the order the payment pointed at. */
  z.object({ op: z.literal('review'), paymentId: id, status: z.enum(['open', 'accepted', 'dismissed']), orderId: id.nullable() }),
  /** Split a merged customer out again. */
  z.object({
    op: z.literal('unmerge'),
    keepId: id,
    mergeId: id,
    orderIds: z.array(id),
    identityIds: z.array(id),
    waitlistIds: z.array(id),
    outcomeIds: z.array(id),
    keep: z.object({ phone: z.string().nullable(), address: z.string(), notes: z.string() }),
  }),
]);
export type UndoStep = z.infer<typeof undoStepSchema>;

/**
 * What a change left: rows and the updated_at they had right after it, and
 * (journals from before it was kept may lack it) the one they had before.
 * Undoing the change puts `before` back in step: the change before it, which
 * left the row at `before`, can then be undone in turn.
 */
export const expectationSchema = z.object({ table: z.enum(['orders', 'customers']), id, updatedAt: z.string(), before: z.string().nullable().optional() });
export type Expectation = z.infer<typeof expectationSchema>;
