// Where an order may go next. Forward along the flow, skipping steps when the
// seller wants (a COD order goes confirmed → packed without "paid"); backwards
// only through undo; cancelled from anything not yet on its way.
import { orderStatuses, type OrderStatus } from '../orders/order-summary';

export const statusFlow: readonly OrderStatus[] = ['pending', 'confirmed', 'paid', 'packed', 'shipped', 'delivered'];

const CANCELLABLE: ReadonlySet<OrderStatus> = new Set(['pending', 'confirmed', 'paid', 'packed']);

export type MoveRefusal = 'same' | 'backwards' | 'cancelled' | 'not-cancellable';

/** Undefined when the move is allowed; otherwise why not. */
export function refuseMove(from: OrderStatus, to: OrderStatus): MoveRefusal | undefined {
  if (from === to) return 'same';
  if (from === 'cancelled') return 'cancelled';
  if (to === 'cancelled') return CANCELLABLE.has(from) ? undefined : 'not-cancellable';
  return statusFlow.indexOf(to) > statusFlow.indexOf(from) ? undefined : 'backwards';
}

export function isOrderStatus(value: string): value is OrderStatus {
  return (orderStatuses as readonly string[]).includes(value);
}

/** Vietnamese and English names of statuses, for messages and exports. */
export const statusNames: Record<OrderStatus, { vi: string; en: string }> = {
  pending: { vi: 'Chờ xác nhận', en: 'Pending' },
  confirmed: { vi: 'Đã xác nhận', en: 'Confirmed' },
  paid: { vi: 'Đã thanh toán', en: 'Paid' },
  packed: { vi: 'Đã đóng gói', en: 'Packed' },
  shipped: { vi: 'Đang giao', en: 'Shipped' },
  delivered: { vi: 'Đã giao', en: 'Delivered' },
  cancelled: { vi: 'Đã huỷ', en: 'Cancelled' },
};

export const refusalText: Record<MoveRefusal, { vi: string; en: string }> = {
  same: { vi: 'đã ở trạng thái này', en: 'already in this status' },
  backwards: { vi: 'không lùi trạng thái được (dùng Hoàn tác)', en: 'cannot move backwards (use Undo)' },
  cancelled: { vi: 'đơn đã huỷ', en: 'the order is cancelled' },
  'not-cancellable': { vi: 'đơn đã gửi đi, không huỷ được', en: 'the order has left, it cannot be cancelled' },
};
