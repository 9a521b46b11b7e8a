import type { ordersCommands } from '../contract/orders';
import { notFound } from '../errors';
import type { HandlersFor } from './define';

export const ordersHandlers: HandlersFor<typeof ordersCommands> = {
  listOrders: ({ sessionId, status, customerId }, ctx) => ctx.orderBook.repos.orders.list({ sessionId, status, customerId }),
  getOrder: ({ id }, ctx) => {
    const order = ctx.orderBook.repos.orders.summary(id);
    if (!order) throw notFound('đơn hàng', 'Order');
    return order;
  },
  createManualOrder: ({ sessionId, customerId, customerName, phone, address, items }, ctx) =>
    ctx.orderBook.placeManual({ sessionId: sessionId ?? ctx.live.currentId(), customerId, customerName, phone, address, items }),
  cancelOrder: ({ id }, ctx) => ctx.orderBook.cancelOrder(id),
  listReviewQueue: ({ sessionId, status }, ctx) => ctx.orderBook.repos.reviews.list({ sessionId, status }),
  resolveReview: ({ id, items }, ctx) => ctx.orderBook.resolveReview(id, items),
  dismissReview: ({ id }, ctx) => ctx.orderBook.dismissReview(id),
  reopenReview: ({ id }, ctx) => ctx.orderBook.reopenReview(id),
  listWaitlist: ({ sessionId, status }, ctx) => ctx.orderBook.repos.waitlist.list({ sessionId, status }),
};
