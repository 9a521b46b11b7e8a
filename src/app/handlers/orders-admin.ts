import type { ordersAdminCommands } from '../contract/orders-admin';
import { notFound } from '../errors';
import { adminRepository, OrderAdminService } from '../orders-admin/order-admin-service';
import type { AppContext } from '../app-context';
import type { HandlersFor } from './define';
import { oncePer } from '../once-per';

const service = oncePer((ctx: AppContext) => new OrderAdminService(ctx));

const journalView = (row: { id: number; action: string; label: string; labelEn: string; orderIds: number[]; at: string; undoneAt: string | null }) => ({
  id: row.id,
  action: row.action,
  label: row.label,
  labelEn: row.labelEn,
  orderIds: row.orderIds,
  at: row.at,
  undoneAt: row.undoneAt,
});

function reviewView(ctx: AppContext, paymentId: number) {
  const repo = adminRepository(ctx);
  const review = repo.reviews(null, paymentId)[0];
  if (!review) throw notFound('khoản chuyển cần xem', 'Transfer to check');
  return withOrders(ctx, review);
}

function withOrders(ctx: AppContext, review: ReturnType<ReturnType<typeof adminRepository>['reviews']>[number]) {
  const orders = adminRepository(ctx).byIds(review.orderIds).map((order) => ({ id: order.id, code: order.code, status: order.status, total: order.total, due: order.due }));
  const { orderIds: _orderIds, ...rest } = review;
  return { ...rest, orders };
}

export const ordersAdminHandlers: HandlersFor<typeof ordersAdminCommands> = {
  searchOrders: ({ filter, limit, offset }, ctx) => service(ctx).search(filter, limit, offset),
  getOrderDetail: ({ id }, ctx) => {
    const repo = adminRepository(ctx);
    const order = repo.get(id);
    if (!order) throw notFound('đơn hàng', 'Order');
    return { ...order, history: repo.history(id), payments: repo.payments(id).map(({ orderId: _orderId, ...payment }) => payment) };
  },
  moveOrders: ({ ids, to, method }, ctx) => service(ctx).move(ids, to, method),
  editOrderItems: ({ id, lines }, ctx) => service(ctx).editItems(id, lines),
  setOrderNote: ({ id, note }, ctx) => service(ctx).setNote(id, note),
  listCustomers: ({ query, limit, includeRehearsals }, ctx) =>
    adminRepository(ctx).customers(query, limit, undefined, includeRehearsals).map(({ updatedAt: _updatedAt, ...customer }) => customer),
  updateCustomer: ({ id, name, phone, address }, ctx) => {
    const { journalId } = service(ctx).updateCustomer(id, { name, phone, address });
    const { updatedAt: _updatedAt, ...customer } = adminRepository(ctx).customer(id)!;
    return { customer, journalId };
  },
  mergeCustomers: ({ keepId, mergeId }, ctx) => {
    const { journalId } = service(ctx).merge(keepId, mergeId);
    const { updatedAt: _updatedAt, ...customer } = adminRepository(ctx).customer(keepId)!;
    return { customer, journalId };
  },
  listOrderChanges: ({ limit }, ctx) => adminRepository(ctx).journal(limit).map(journalView),
  undoOrderChange: ({ id }, ctx) => {
    const { entry, orderIds } = service(ctx).undo(id);
    return { entry: journalView(entry), orders: adminRepository(ctx).byIds(orderIds) };
  },
  previewBankStatement: ({ text, format }, ctx) => service(ctx).statement(text, format, false),
  importBankStatement: ({ text, format }, ctx) => service(ctx).statement(text, format, true),
  listPaymentReviews: ({ status }, ctx) => adminRepository(ctx).reviews(status).map((review) => withOrders(ctx, review)),
  settlePaymentReview: ({ paymentId, action, orderId }, ctx) => {
    service(ctx).settleReview(paymentId, action, orderId);
    return reviewView(ctx, paymentId);
  },
};
