// Transfers against orders: the order code in the memo AND the amount due
// must both agree before an order counts as paid. Everything else goes on a
// list for the seller to decide; nothing is guessed.
import { z } from 'zod';
import { transferSchema, type Transfer } from './transfer';

export interface PayableOrder {
  id: number;
  code: string;
  status: string;
  total: number;
  /** Already paid before this import. */
  paid: number;
}

export interface ReconcileLookups {
  /** Order codes found in a memo, in the order book's spelling. */
  findCodes(memo: string): string[];
  findOrder(code: string): PayableOrder | undefined;
  /** True when this transfer was imported before (same bank reference, or same time, amount and memo). */
  alreadyImported(transfer: Transfer): boolean;
}

export const mismatchReasons = ['wrong-amount', 'unknown-code', 'no-code', 'several-orders', 'already-paid', 'cancelled', 'duplicate'] as const;
export type MismatchReason = (typeof mismatchReasons)[number];

const orderRefSchema = z.object({ id: z.number().int(), code: z.string(), status: z.string(), total: z.number().int(), due: z.number().int() });

export const reconcileResultSchema = z.object({
  matched: z.array(z.object({ transfer: transferSchema, orders: z.array(orderRefSchema), markPaid: z.array(z.number().int()) })),
  mismatches: z.array(
    z.object({
      transfer: transferSchema,
      reason: z.enum(mismatchReasons),
      orders: z.array(orderRefSchema),
      codes: z.array(z.string()),
      /** What the named orders still owe, when they are known. */
      expected: z.number().int().nullable(),
    }),
  ),
});
export type ReconcileResult = z.infer<typeof reconcileResultSchema>;

/** Statuses in which a full payment moves the order to "paid"; later ones keep their status. */
const BEFORE_PAID = new Set(['pending', 'confirmed']);

export function transferKey(transfer: Transfer): string {
  if (transfer.reference !== '') return `ref:${transfer.reference.toUpperCase()}`;
  return `at:${transfer.at ?? ''}|${transfer.amount}|${transfer.memo.replace(/\s+/g, ' ').trim().toUpperCase()}`;
}

export function reconcile(transfers: readonly Transfer[], lookups: ReconcileLookups): ReconcileResult {
  const result: ReconcileResult = { matched: [], mismatches: [] };
  const paidNow = new Map<number, number>();
  const seen = new Set<string>();
  for (const transfer of transfers) {
    const key = transferKey(transfer);
    const codes = lookups.findCodes(transfer.memo);
    const found = codes.flatMap((code) => {
      const order = lookups.findOrder(code);
      return order ? [order] : [];
    });
    const refs = found.map((order) => ({
      id: order.id,
      code: order.code,
      status: order.status,
      total: order.total,
      due: Math.max(0, order.total - order.paid - (paidNow.get(order.id) ?? 0)),
    }));
    const expected = refs.length > 0 ? refs.reduce((sum, ref) => sum + ref.due, 0) : null;
    const mismatch = (reason: MismatchReason) => result.mismatches.push({ transfer, reason, orders: refs, codes, expected });

    if (seen.has(key) || lookups.alreadyImported(transfer)) {
      mismatch('duplicate');
      continue;
    }
    seen.add(key);
    if (codes.length === 0) mismatch('no-code');
    else if (refs.length === 0) mismatch('unknown-code');
    else if (refs.some((ref) => ref.status === 'cancelled')) mismatch('cancelled');
    else if (refs.every((ref) => ref.due === 0)) mismatch('already-paid');
    else if (transfer.amount !== expected) mismatch(refs.length > 1 ? 'several-orders' : 'wrong-amount');
    else {
      // One transfer may pay several orders at once when it is exactly what they owe together.
      for (const ref of refs) paidNow.set(ref.id, (paidNow.get(ref.id) ?? 0) + ref.due);
      result.matched.push({ transfer, orders: refs, markPaid: refs.filter((ref) => BEFORE_PAID.has(ref.status)).map((ref) => ref.id) });
    }
  }
  return result;
}
