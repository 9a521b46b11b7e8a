// Sessions side by side: is the shop growing, and what sells best over time.
import { z } from 'zod';

export interface SessionSummaryFact {
  sessionId: number;
  name: string;
  kind: string;
  startedAt: string;
  orders: number;
  revenue: number;
  customers: number;
  products: { code: string; name: string; quantity: number; revenue: number }[];
}

const productFigureSchema = z.object({ code: z.string(), name: z.string(), quantity: z.number().int(), revenue: z.number().int() });

export const sessionComparisonSchema = z.object({
  sessions: z.array(
    z.object({
      sessionId: z.number().int(),
      name: z.string(),
      kind: z.string(),
      startedAt: z.string(),
      orders: z.number().int(),
      revenue: z.number().int(),
      customers: z.number().int(),
      averageOrder: z.number().int(),
      bestProduct: productFigureSchema.nullable(),
      /** Revenue against the session before, as a ratio (0.25 = +25 %); null for the first. */
      revenueChange: z.number().nullable(),
      ordersChange: z.number().nullable(),
    }),
  ),
  /** The best products over all compared sessions, with their revenue in each. */
  products: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      quantity: z.number().int(),
      revenue: z.number().int(),
      bySession: z.record(z.string(), z.number().int()),
    }),
  ),
});
export type SessionComparison = z.infer<typeof sessionComparisonSchema>;

const change = (now: number, before: number | undefined): number | null =>
  before === undefined || before === 0 ? null : (now - before) / before;

export function compareSessions(facts: readonly SessionSummaryFact[], topProducts = 5): SessionComparison {
  const ordered = [...facts].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || a.sessionId - b.sessionId);
  const sessions = ordered.map((session, index) => {
    const previous = index > 0 ? ordered[index - 1] : undefined;
    const best = [...session.products].sort((a, b) => b.revenue - a.revenue || b.quantity - a.quantity)[0] ?? null;
    return {
      sessionId: session.sessionId,
      name: session.name,
      kind: session.kind,
      startedAt: session.startedAt,
      orders: session.orders,
      revenue: session.revenue,
      customers: session.customers,
      averageOrder: session.orders > 0 ? Math.round(session.revenue / session.orders) : 0,
      bestProduct: best,
      revenueChange: change(session.revenue, previous?.revenue),
      ordersChange: change(session.orders, previous?.orders),
    };
  });
  const totals = new Map<string, { code: string; name: string; quantity: number; revenue: number; bySession: Record<string, number> }>();
  for (const session of ordered) {
    for (const product of session.products) {
      const key = product.code.toUpperCase();
      const total = totals.get(key) ?? { code: product.code, name: product.name, quantity: 0, revenue: 0, bySession: {} };
      total.quantity += product.quantity;
      total.revenue += product.revenue;
      total.bySession[String(session.sessionId)] = (total.bySession[String(session.sessionId)] ?? 0) + product.revenue;
      totals.set(key, total);
    }
  }
  const products = [...totals.values()].sort((a, b) => b.revenue - a.revenue || a.code.localeCompare(b.code)).slice(0, topProducts);
  return { sessions, products };
}
