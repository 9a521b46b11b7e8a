// The tally of one stream session: what a seller reads after the stream.
// The database adds up the big numbers (aggregate SQL); this module turns
// those facts into the figures and series the screen, CLI and exports show.
import { z } from 'zod';
import { showcaseBands, type ShowcaseEventFact } from './showcase-bands';
import { orderSeries, type MinuteFact } from './order-series';

export const tallyItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** Units ordered, cancelled orders left out. */
  quantity: z.number().int(),
  /** Đồng at the prices of order time, cancelled orders left out. */
  revenue: z.number().int(),
  /** Units ordered by comments sent while this product was on screen. */
  quantityWhileShown: z.number().int(),
});
export type TallyItem = z.infer<typeof tallyItemSchema>;

export const topBuyerSchema = z.object({
  customerId: z.number().int(),
  name: z.string(),
  phone: z.string().nullable(),
  orders: z.number().int(),
  revenue: z.number().int(),
  returning: z.boolean(),
});
export type TopBuyer = z.infer<typeof topBuyerSchema>;

export const bandSchema = z.object({
  code: z.string(),
  name: z.string(),
  from: z.string(),
  to: z.string(),
  /** Orders created while the product was on screen (to the minute). */
  orders: z.number().int(),
});
export type ShowcaseBand = z.infer<typeof bandSchema>;

export const seriesPointSchema = z.object({
  /** Start of the bucket, ISO-8601 UTC. */
  at: z.string(),
  orders: z.number().int(),
  /** Product on screen at the start of the bucket, if any. */
  showcase: z.string().nullable(),
});
export type SeriesPoint = z.infer<typeof seriesPointSchema>;

export const sessionTallySchema = z.object({
  sessionId: z.number().int(),
  name: z.string(),
  kind: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  /** Orders with at least one item, cancelled ones left out. */
  orders: z.number().int(),
  cancelledOrders: z.number().int(),
  /** Đồng, cancelled orders left out. */
  revenue: z.number().int(),
  paidOrders: z.number().int(),
  paidRevenue: z.number().int(),
  averageOrder: z.number().int(),
  /** Items by product code, best sellers first in `itemList`. */
  items: z.record(z.string(), tallyItemSchema),
  itemList: z.array(tallyItemSchema),
  units: z.number().int(),
  /** Distinct buyers with a live order. */
  customers: z.number().int(),
  newCustomers: z.number().int(),
  returningCustomers: z.number().int(),
  topBuyers: z.array(topBuyerSchema),
  comments: z.number().int(),
  orderComments: z.number().int(),
  /** Comments that put items into an order. */
  commentsToOrders: z.number().int(),
  /** commentsToOrders / comments, 0..1. */
  conversion: z.number(),
  bucketMinutes: z.number().int(),
  series: z.array(seriesPointSchema),
  bands: z.array(bandSchema),
});
export type SessionTally = z.infer<typeof sessionTallySchema>;

/** What the order book knows about a session, already added up by the database. */
export interface SessionFacts {
  session: { id: number; name: string; kind: string; startedAt: string; endedAt: string | null };
  orders: number;
  cancelledOrders: number;
  revenue: number;
  paidOrders: number;
  paidRevenue: number;
  items: { code: string; name: string; quantity: number; revenue: number }[];
  quantityWhileShown: { code: string; quantity: number }[];
  customers: number;
  returningCustomers: number;
  topBuyers: TopBuyer[];
  comments: number;
  orderComments: number;
  commentsToOrders: number;
  minutes: MinuteFact[];
  showcase: ShowcaseEventFact[];
}

export function buildSessionTally(facts: SessionFacts): SessionTally {
  const shown = new Map(facts.quantityWhileShown.map((row) => [row.code.toUpperCase(), row.quantity]));
  const itemList = facts.items
    .map((item) => ({ ...item, quantityWhileShown: shown.get(item.code.toUpperCase()) ?? 0 }))
    .sort((a, b) => b.revenue - a.revenue || b.quantity - a.quantity || a.code.localeCompare(b.code));
  const series = orderSeries(facts.minutes, facts.showcase, facts.session.startedAt, facts.session.endedAt);
  const end = series.points.length > 0 ? addMinutes(series.points.at(-1)!.at, series.bucketMinutes) : facts.session.endedAt ?? facts.session.startedAt;
  const bands = showcaseBands(facts.showcase, end).map((band) => ({
    ...band,
    orders: facts.minutes
      .filter((minute) => minute.minute >= band.from.slice(0, 16) && minute.minute < band.to.slice(0, 16))
      .reduce((sum, minute) => sum + minute.orders, 0),
  }));
  return {
    sessionId: facts.session.id,
    name: facts.session.name,
    kind: facts.session.kind,
    startedAt: facts.session.startedAt,
    endedAt: facts.session.endedAt,
    orders: facts.orders,
    cancelledOrders: facts.cancelledOrders,
    revenue: facts.revenue,
    paidOrders: facts.paidOrders,
    paidRevenue: facts.paidRevenue,
    averageOrder: facts.orders > 0 ? Math.round(facts.revenue / facts.orders) : 0,
    items: Object.fromEntries(itemList.map((item) => [item.code, item])),
    itemList,
    units: itemList.reduce((sum, item) => sum + item.quantity, 0),
    customers: facts.customers,
    newCustomers: facts.customers - facts.returningCustomers,
    returningCustomers: facts.returningCustomers,
    topBuyers: facts.topBuyers,
    comments: facts.comments,
    orderComments: facts.orderComments,
    commentsToOrders: facts.commentsToOrders,
    conversion: facts.comments > 0 ? facts.commentsToOrders / facts.comments : 0,
    bucketMinutes: series.bucketMinutes,
    series: series.points,
    bands,
  };
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}
