// An order as the console, overlays and tally see it: who, what, how much.
export const orderStatuses = ['pending', 'confirmed', 'paid', 'packed', 'shipped', 'delivered', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** Statuses in which a buyer's new comments still add to the order. */
export const openOrderStatuses: readonly OrderStatus[] = ['pending', 'confirmed'];

export interface OrderLine {
  code: string;
  name: string;
  qty: number;
  unitPrice: number;
}

export interface OrderSummary {
  id: number;
  code: string;
  sessionId: number | null;
  customerId: number;
  customerName: string;
  customerPhone: string | null;
  status: OrderStatus;
  source: 'chat' | 'manual';
  platform: string | null;
  items: OrderLine[];
  total: number;
  createdAt: string;
  updatedAt: string;
}
