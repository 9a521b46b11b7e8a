// The seller working the orders after the stream. Every change runs in one
// order-book transaction (stock through its unit of work, so the ledger stays
// right and freed stock goes to the waitlist), writes an undo journal entry
// with the steps that take it back, and announces orderChanged once committed.
import type { AppContext } from '../app-context';
import { AppError, notFound } from '../errors';
import { OrderAdminRepository, type AdminOrderRow } from '../../adapters/sqlite/order-admin-repository';
import { readStatementCsv, looksLikeCsv } from '../../adapters/csv/bank-statement-csv';
import type { OrderFilterFields } from '../../adapters/sqlite/order-filter-sql';
import { refuseMove, refusalText, statusNames } from '../../core/order-admin/status-flow';
import { resizeLines } from '../../core/order-admin/resize-lines';
import { byProduct, unitsBy } from '../../core/orders/units-by';
import { expectationSchema, undoStepSchema, type Expectation, type SavedLine, type UndoStep } from '../../core/order-admin/undo-steps';
import type { OrderStatus } from '../../core/orders/order-summary';
import { findOrderCodes } from '../../core/orders/order-code';
import { readStatementRows } from '../../core/payments/statement';
import { readNotifications } from '../../core/payments/notifications';
import { reconcile, transferKey, type ReconcileResult } from '../../core/payments/reconcile';
import type { ReadResult } from '../../core/payments/transfer';
import type { UnitOfWork } from '../ingest/unit-of-work';
import { z } from 'zod';
import { oncePer } from '../once-per';

type PaymentMethod = 'vietqr' | 'transfer' | 'cash' | 'cod';

interface Change {
  action: string;
  label: string;
  labelEn: string;
  orderIds: Set<number>;
  customerIds: Set<number>;
  /** Each row's updated_at before the change wrote it (key: table:id), read when the row is first named. */
  before: Map<string, string | null>;
  /** Steps that take the change back, in the order they must run. */
  reverse: UndoStep[];
}

const repositoryOf = oncePer((db: AppContext['db']) => new OrderAdminRepository(db));

/** One repository per database, its statements prepared once. */
export function adminRepository(ctx: AppContext): OrderAdminRepository {
  return repositoryOf(ctx.db);
}

const EDITABLE: ReadonlySet<OrderStatus> = new Set(['pending', 'confirmed', 'paid', 'packed']);

export interface StatementOutcome extends ReconcileResult {
  format: 'csv' | 'notifications';
  transfers: number;
  skipped: number;
  applied: boolean;
  journalId: number | null;
}

export class OrderAdminService {
  private readonly repo: OrderAdminRepository;

  constructor(private readonly ctx: AppContext) {
    this.repo = adminRepository(ctx);
  }

  // ---- moving orders along ----

  move(ids: readonly number[], to: OrderStatus, method: PaymentMethod): { changed: AdminOrderRow[]; skipped: { id: number; code: string; reason: string; reasonEn: string }[]; journalId: number | null } {
    const skipped: { id: number; code: string; reason: string; reasonEn: string }[] = [];
    const { journalId, orderIds } = this.change(`move:${to}`, (uow, change) => {
      const released: number[] = [];
      for (const order of this.repo.byIds([...new Set(ids)])) {
        const refusal = refuseMove(order.status, to);
        if (refusal) {
          skipped.push({ id: order.id, code: order.code, reason: refusalText[refusal].vi, reasonEn: refusalText[refusal].en });
          continue;
        }
        this.touching(change, 'orders', order.id);
        if (to === 'cancelled') {
          const lines = this.repo.lines(order.id);
          this.repo.replaceLines(order.id, []);
          for (const line of lines) uow.moveStock(line.productId, line.qty, 'release', { orderId: order.id, chatMessageId: null });
          released.push(...lines.map((line) => line.productId));
          change.reverse.unshift({ op: 'lines', orderId: order.id, lines });
        }
        // Money in is always explained by a payment: "paid" records what was owed, delivery collects COD.
        const due = order.due;
        if (due > 0 && (to === 'paid' || to === 'delivered')) {
          const paymentId = this.repo.addPayment(
            { orderId: order.id, amount: due, method: to === 'delivered' && method === 'transfer' ? 'cod' : method, reference: '', memo: '', paidAt: uow.now, key: null },
            uow.now,
          );
          change.reverse.unshift({ op: 'deletePayments', paymentIds: [paymentId] });
        }
        this.ctx.orderBook.repos.orders.setStatus(order.id, to, uow.now);
        change.reverse.unshift({ op: 'status', orderId: order.id, to: order.status });
      }
      if (released.length > 0) this.ctx.orderBook.promote(uow, released);
      const count = change.orderIds.size;
      change.label = `${statusNames[to].vi}: ${count} đơn`;
      change.labelEn = `${statusNames[to].en}: ${count} order(s)`;
    });
    return { changed: this.repo.byIds(orderIds), skipped, journalId };
  }

  editItems(orderId: number, wanted: readonly { productId: number; qty: number }[]): AdminOrderRow {
    this.change('edit-items', (uow, change) => {
      const order = this.repo.get(orderId);
      if (!order) throw notFound('đơn hàng', 'Order');
      if (!EDITABLE.has(order.status)) {
        throw new AppError('ORDER_NOT_EDITABLE', `Đơn ${order.code} đang "${statusNames[order.status].vi}", không sửa hàng được.`, `Order ${order.code} is ${order.status}; its items cannot be changed.`, 409);
      }
      this.touching(change, 'orders', orderId);
      const before = this.repo.lines(orderId);
      const qtyOf = unitsBy(wanted, byProduct);
      if ([...qtyOf.values()].every((qty) => qty === 0)) {
        throw new AppError('ORDER_WOULD_BE_EMPTY', 'Đơn không còn sản phẩm nào: hãy huỷ đơn thay vì xoá hết.', 'No items would be left: cancel the order instead.', 422);
      }
      const after: SavedLine[] = resizeLines(before, qtyOf);
      const released: number[] = [];
      for (const [productId, qty] of unitsBy(before, byProduct)) {
        this.moveStock(uow, order, productId, (qtyOf.get(productId) ?? qty) - qty, released);
        qtyOf.delete(productId);
      }
      for (const [productId, qty] of qtyOf) {
        if (qty === 0) continue;
        const product = uow.product(productId);
        if (!product || uow.productByCode(product.code)?.id !== productId) throw notFound(`sản phẩm #${productId}`, `Product #${productId}`);
        this.moveStock(uow, order, productId, qty, released);
        after.push({ productId, qty, unitPrice: product.price, createdAt: uow.now });
      }
      this.repo.replaceLines(orderId, after);
      uow.touch(orderId);
      if (released.length > 0) this.ctx.orderBook.promote(uow, released);
      change.reverse.push({ op: 'lines', orderId, lines: before });
      change.label = `Sửa hàng đơn ${order.code}`;
      change.labelEn = `Edited items of ${order.code}`;
    });
    return this.repo.get(orderId)!;
  }

  /** Takes `delta` units into the order (negative: gives them back), refusing what stock cannot cover. */
  private moveStock(uow: UnitOfWork, order: AdminOrderRow, productId: number, delta: number, released: number[]): void {
    if (delta === 0) return;
    if (delta > 0) {
      const available = uow.available(productId);
      if (available < delta) {
        const code = uow.product(productId)?.code ?? `#${productId}`;
        throw new AppError('NOT_ENOUGH_STOCK', `Chỉ còn ${available} ${code} trong kho, không thêm ${delta} vào đơn ${order.code} được.`, `Only ${available} of ${code} left; cannot add ${delta} to ${order.code}.`, 409);
      }
      uow.moveStock(productId, -delta, 'reserve', { orderId: order.id, chatMessageId: null });
    } else {
      uow.moveStock(productId, -delta, 'release', { orderId: order.id, chatMessageId: null });
      released.push(productId);
    }
  }

  setNote(orderId: number, note: string): AdminOrderRow {
    this.change('note', (uow, change) => {
      const order = this.repo.get(orderId);
      if (!order) throw notFound('đơn hàng', 'Order');
      this.touching(change, 'orders', orderId);
      this.repo.setNote(orderId, note, uow.now);
      change.reverse.push({ op: 'note', orderId, note: order.note });
      change.label = `Ghi chú đơn ${order.code}`;
      change.labelEn = `Note on ${order.code}`;
    });
    return this.repo.get(orderId)!;
  }

  // ---- customers ----

  /**
   * The seller corrects a buyer's name, phone or address (typically before
   * printing labels). Undoable; undo is refused once a new comment changed
   * the buyer's details again.
   */
  updateCustomer(customerId: number, fields: { name?: string; phone?: string | null; address?: string }): { journalId: number | null } {
    const { journalId } = this.change('customer', (uow, change) => {
      const before = this.repo.customer(customerId);
      if (!before) throw notFound('khách hàng', 'Customer');
      if (before.mergedInto !== null) {
        throw new AppError('CUSTOMER_MERGED', 'Khách này đã được gộp vào khách khác: hãy sửa khách được giữ lại.', 'This buyer was merged into another: edit the one kept.', 409);
      }
      const after = {
        name: fields.name ?? before.name,
        phone: fields.phone === undefined ? before.phone : fields.phone,
        address: fields.address ?? before.address,
      };
      if (after.name === before.name && after.phone === before.phone && after.address === before.address) return;
      this.touching(change, 'customers', customerId);
      this.repo.setCustomerContact(customerId, after, uow.now);
      change.reverse.push({ op: 'customer', customerId, name: before.name, phone: before.phone, address: before.address });
      change.label = `Sửa thông tin khách "${after.name}"`;
      change.labelEn = `Edited buyer "${after.name}"`;
    });
    // Their orders show these details (list, labels): screens read them again. The orders themselves are not changed.
    this.announce(this.repo.orderIdsOfCustomer(customerId), 'customer-updated');
    return { journalId };
  }

  merge(keepId: number, mergeId: number): { journalId: number } {
    if (keepId === mergeId) throw new AppError('SAME_CUSTOMER', 'Hãy chọn hai khách khác nhau.', 'Choose two different customers.', 422);
    const { journalId } = this.change('merge', (uow, change) => {
      const keep = this.repo.customer(keepId);
      const other = this.repo.customer(mergeId);
      if (!keep || !other) throw notFound('khách hàng', 'Customer');
      this.touching(change, 'customers', keepId);
      this.touching(change, 'customers', mergeId);
      // The orders that move to the kept buyer (mergeCustomer moves exactly these).
      for (const id of this.repo.orderIdsOfCustomer(mergeId)) this.touching(change, 'orders', id);
      const moved = this.repo.mergeCustomer(keepId, mergeId, uow.now);
      const notes = [keep.notes, other.notes].filter((text) => text.trim() !== '').join('\n');
      this.repo.setCustomerFields(
        keepId,
        { phone: keep.phone ?? other.phone, address: keep.address !== '' ? keep.address : other.address, notes, mergedInto: null },
        uow.now,
      );
      change.reverse.push({ op: 'unmerge', keepId, mergeId, ...moved, keep: { phone: keep.phone, address: keep.address, notes: keep.notes } });
      change.label = `Gộp khách "${other.name}" vào "${keep.name}"`;
      change.labelEn = `Merged customer "${other.name}" into "${keep.name}"`;
    });
    // The live ingest remembers platform accounts → customer; it must look again.
    this.ctx.orderBook.repos.customers.forgetRemembered();
    return { journalId: journalId! };
  }

  // ---- payments ----

  statement(text: string, format: 'auto' | 'csv' | 'notifications', apply: boolean): StatementOutcome {
    const kind = format === 'auto' ? (looksLikeCsv(text) ? 'csv' : 'notifications') : format;
    let read: ReadResult;
    if (kind === 'csv') {
      const csv = readStatementCsv(text);
      read = csv.ok ? readStatementRows(csv.rows, csv.lines) : { ok: false, issues: [{ line: csv.line, message: csv.message, messageEn: csv.messageEn }] };
    } else {
      read = readNotifications(text);
    }
    if (!read.ok) {
      throw new AppError(
        'STATEMENT_INVALID',
        `Không đọc được sao kê (${read.issues.length} lỗi); chưa ghi nhận khoản nào.`,
        `The statement could not be read (${read.issues.length} problem(s)); nothing was recorded.`,
        422,
        read.issues,
      );
    }
    const transfers = read.transfers;
    const match = () =>
      reconcile(transfers, {
        findCodes: findOrderCodes,
        findOrder: (code) => this.repo.payableByCode(code),
        alreadyImported: (transfer) => this.repo.transferKnown(transferKey(transfer)),
      });
    const base = { format: kind, transfers: transfers.length, skipped: read.skipped };
    if (!apply) return { ...match(), ...base, applied: false, journalId: null };

    let result: ReconcileResult = { matched: [], mismatches: [] };
    const { journalId } = this.change('statement', (uow, change) => {
      result = match(); // inside the transaction: what is matched is what is written
      const paymentIds: number[] = [];
      for (const { transfer, orders, markPaid } of result.matched) {
        const key = transferKey(transfer);
        for (const order of orders) {
          this.touching(change, 'orders', order.id);
          paymentIds.push(
            this.repo.addPayment(
              { orderId: order.id, amount: order.due, method: 'transfer', reference: transfer.reference, memo: transfer.memo, paidAt: transfer.at ?? uow.now, key: orders.length > 1 ? `${key}#${order.code}` : key },
              uow.now,
            ),
          );
        }
        for (const orderId of markPaid) {
          const from = this.ctx.orderBook.repos.orders.setStatus(orderId, 'paid', uow.now);
          if (from && from !== 'paid') change.reverse.unshift({ op: 'status', orderId, to: from });
        }
      }
      for (const mismatch of result.mismatches) {
        if (mismatch.reason === 'duplicate') continue;
        const { transfer } = mismatch;
        const paymentId = this.repo.addPayment(
          { orderId: null, amount: transfer.amount, method: 'transfer', reference: transfer.reference, memo: transfer.memo, paidAt: transfer.at ?? uow.now, key: transferKey(transfer) },
          uow.now,
        );
        this.repo.addReview({ paymentId, reason: mismatch.reason, codes: mismatch.codes, orderIds: mismatch.orders.map((o) => o.id), expected: mismatch.expected, line: transfer.line }, uow.now);
        paymentIds.push(paymentId);
      }
      if (paymentIds.length > 0) change.reverse.push({ op: 'deletePayments', paymentIds });
      change.label = `Nhập sao kê: ${result.matched.length} khớp, ${result.mismatches.length} cần xem`;
      change.labelEn = `Statement: ${result.matched.length} matched, ${result.mismatches.length} to check`;
    });
    this.ctx.events.emit('paymentReviewsChanged', { open: this.repo.openReviews() });
    return { ...result, ...base, applied: true, journalId };
  }

  settleReview(paymentId: number, action: 'accept' | 'dismiss', orderId: number | undefined): void {
    this.change(`review:${action}`, (uow, change) => {
      const review = this.repo.reviews(null, paymentId)[0];
      if (!review) throw notFound('khoản chuyển cần xem', 'Transfer to check');
      if (review.status !== 'open') throw new AppError('REVIEW_SETTLED', 'Khoản này đã được xử lý.', 'This transfer was already settled.', 409);
      change.reverse.push({ op: 'review', paymentId, status: review.status, orderId: review.orderId });
      if (action === 'dismiss') {
        this.repo.settleReview(paymentId, 'dismissed', null, uow.now);
        change.label = `Bỏ qua khoản ${review.amount.toLocaleString('vi-VN')} ₫`;
        change.labelEn = `Dismissed transfer of ${review.amount} VND`;
        return;
      }
      const target = orderId ?? (review.orderIds.length === 1 ? review.orderIds[0] : undefined);
      const order = target === undefined ? undefined : this.repo.get(target);
      if (!order) throw new AppError('ORDER_REQUIRED', 'Chọn đơn hàng nhận khoản tiền này.', 'Choose the order this money is for.', 422);
      this.touching(change, 'orders', order.id);
      this.repo.settleReview(paymentId, 'accepted', order.id, uow.now);
      if (order.status === 'pending' || order.status === 'confirmed') {
        if (order.paid + review.amount >= order.total) {
          this.ctx.orderBook.repos.orders.setStatus(order.id, 'paid', uow.now);
          change.reverse.unshift({ op: 'status', orderId: order.id, to: order.status });
        }
      }
      change.label = `Ghi khoản ${review.amount.toLocaleString('vi-VN')} ₫ cho đơn ${order.code}`;
      change.labelEn = `Recorded ${review.amount} VND for ${order.code}`;
    });
    this.ctx.events.emit('paymentReviewsChanged', { open: this.repo.openReviews() });
  }

  // ---- undo ----

  undo(entryId?: number): { entry: ReturnType<OrderAdminRepository['journal']>[number]; orderIds: number[] } {
    const entry = entryId === undefined ? this.repo.latestUndoable() : this.repo.journal(1, entryId)[0];
    if (!entry) throw new AppError('NOTHING_TO_UNDO', 'Không còn thay đổi nào để hoàn tác.', 'There is nothing to undo.', 404);
    if (entry.undoneAt) throw new AppError('ALREADY_UNDONE', 'Thay đổi này đã được hoàn tác.', 'This change was already undone.', 409);
    const steps = z.array(undoStepSchema).parse(JSON.parse(entry.reverse));
    const expect = z.array(expectationSchema).parse(JSON.parse(entry.expect));
    const touched = new Set<number>(entry.orderIds);
    let unmerged = false;
    this.ctx.orderBook.transact((uow) => {
      for (const expected of expect) {
        if (this.repo.updatedAt(expected.table, expected.id) !== expected.updatedAt) {
          throw new AppError(
            'CHANGED_SINCE',
            'Đơn hoặc khách này đã thay đổi sau đó (bình luận mới hoặc sửa khác), nên không hoàn tác được thay đổi này.',
            'These orders or customers changed since (a new comment or another edit), so this change cannot be undone.',
            409,
          );
        }
      }
      const released: number[] = [];
      for (const step of steps) {
        switch (step.op) {
          case 'status':
            this.ctx.orderBook.repos.orders.setStatus(step.orderId, step.to, uow.now);
            break;
          case 'lines': {
            const order = this.repo.get(step.orderId);
            if (!order) throw notFound('đơn hàng', 'Order');
            const now = unitsBy(this.repo.lines(step.orderId), byProduct);
            const then = unitsBy(step.lines, byProduct);
            for (const productId of new Set([...now.keys(), ...then.keys()])) {
              this.moveStock(uow, order, productId, (then.get(productId) ?? 0) - (now.get(productId) ?? 0), released);
            }
            this.repo.replaceLines(step.orderId, step.lines);
            uow.touch(step.orderId);
            break;
          }
          case 'note':
            this.repo.setNote(step.orderId, step.note, uow.now);
            break;
          case 'customer':
            this.repo.setCustomerContact(step.customerId, { name: step.name, phone: step.phone, address: step.address }, uow.now);
            for (const id of this.repo.orderIdsOfCustomer(step.customerId)) touched.add(id);
            break;
          case 'deletePayments':
            this.repo.deletePayments(step.paymentIds);
            break;
          case 'review':
            this.repo.settleReview(step.paymentId, step.status, step.orderId, step.status === 'open' ? null : uow.now);
            break;
          case 'unmerge': {
            const keep = this.repo.customer(step.keepId);
            if (!keep) throw notFound('khách hàng', 'Customer');
            this.repo.moveRows(step, step.mergeId, uow.now);
            this.repo.setCustomerFields(step.keepId, { ...step.keep, mergedInto: null }, uow.now);
            const other = this.ctx.db.prepare('SELECT phone, address, notes FROM customers WHERE id = ?').get(step.mergeId) as { phone: string | null; address: string; notes: string };
            this.repo.setCustomerFields(step.mergeId, { ...other, mergedInto: null }, uow.now);
            for (const id of step.orderIds) touched.add(id);
            unmerged = true;
            break;
          }
        }
      }
      if (released.length > 0) this.ctx.orderBook.promote(uow, released);
      // Every row the change left is stamped by the undo; the change before it that left a row as
      // this change found it now expects the undo's stamp, so "undo" again takes that one back too.
      for (const expected of expect) {
        if (expected.table === 'orders') uow.touch(expected.id);
        else this.repo.touchCustomer(expected.id, uow.now);
        if (expected.before) this.repo.restamp(expected.table, expected.id, expected.before, uow.now, entry.id);
      }
      this.repo.markUndone(entry.id, uow.now);
    });
    if (unmerged) this.ctx.orderBook.repos.customers.forgetRemembered();
    this.announce([...touched], 'undone');
    this.ctx.events.emit('orderJournalChanged', { entryId: entry.id, undone: true });
    if (steps.some((step) => step.op === 'review' || step.op === 'deletePayments')) this.ctx.events.emit('paymentReviewsChanged', { open: this.repo.openReviews() });
    return { entry: this.repo.journal(1, entry.id)[0]!, orderIds: [...touched] };
  }

  // ---- plumbing ----

  /** Runs one change in an order-book transaction and journals how to take it back. */
  private change(action: string, work: (uow: UnitOfWork, change: Change) => void): { journalId: number | null; orderIds: number[] } {
    const change: Change = { action, label: action, labelEn: action, orderIds: new Set(), customerIds: new Set(), before: new Map(), reverse: [] };
    const journalId = this.ctx.orderBook.transact((uow) => {
      work(uow, change);
      if (change.reverse.length === 0) return null;
      // Every touched row ends this transaction with updated_at = now (status, lines, notes, contact all set it).
      const expect: Expectation[] = [
        ...[...change.orderIds].map((id) => ({ table: 'orders' as const, id, updatedAt: uow.now, before: change.before.get(`orders:${id}`) ?? null })),
        ...[...change.customerIds].map((id) => ({ table: 'customers' as const, id, updatedAt: uow.now, before: change.before.get(`customers:${id}`) ?? null })),
      ];
      for (const id of change.orderIds) uow.touch(id);
      return this.repo.addJournal({ ...change, orderIds: [...change.orderIds], expect }, uow.now);
    });
    const orderIds = [...change.orderIds];
    this.announce(orderIds, action);
    if (journalId !== null) this.ctx.events.emit('orderJournalChanged', { entryId: journalId, undone: false });
    return { journalId, orderIds };
  }

  /** The change is about to write this row: it is noted, with the updated_at it has before the change. */
  private touching(change: Change, table: 'orders' | 'customers', id: number): void {
    const key = `${table}:${id}`;
    if (!change.before.has(key)) change.before.set(key, this.repo.updatedAt(table, id) ?? null);
    (table === 'orders' ? change.orderIds : change.customerIds).add(id);
  }

  private announce(orderIds: readonly number[], reason: string): void {
    if (this.ctx.events.size === 0) return;
    for (const id of orderIds) {
      const order = this.ctx.orderBook.repos.orders.summary(id);
      if (order) this.ctx.events.emit('orderChanged', { reason, order });
    }
  }

  search(filter: OrderFilterFields, limit: number, offset: number) {
    return this.repo.search(filter, limit, offset);
  }
}
