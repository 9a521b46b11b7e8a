import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { parseVietQr } from '../../src/core/vietqr';
import { afterEach, describe, expect, it } from 'vitest';
import { startLiveApp, type LiveApp } from '../helpers/live-app';
import { startTestServer } from '../helpers/app-server';
import { readFixture } from '../helpers/fixtures';

let live: LiveApp | undefined;
afterEach(() => {
  live?.close();
  live = undefined;
});

/** Lan DH0001 (MO1×2 + CF2×1 = 510.000), Minh DH0002 (CF2×2 = 300.000), Trần Thị Ánh DH0003 (KS1×1 = 95.000). */
async function stream() {
  live = await startLiveApp();
  const { say, app } = live;
  await say('Lan', 'chốt 2 chai mật ong');
  await say('Lan', 'CF2 x1');
  await say('Minh', 'CF2 x2', { platform: 'facebook' });
  await say('Trần Thị Ánh', 'KS1 x1');
  const { orders } = await app.call('searchOrders', {});
  const byCode = new Map(orders.map((order) => [order.code, order]));
  return { ...live, lan: byCode.get('DH0001')!, minh: byCode.get('DH0002')!, anh: byCode.get('DH0003')! };
}

describe('finding orders', () => {
  it('filters by status, product, paid or unpaid, platform, and by name without diacritics or phone', async () => {
    const { app, lan, minh, anh } = await stream();
    const codes = async (filter: Record<string, unknown>) => (await app.call('searchOrders', { filter })).orders.map((order) => order.code).sort();
    expect(await codes({ productCode: 'cf2' })).toEqual(['DH0001', 'DH0002']);
    expect(await codes({ platform: 'facebook' })).toEqual(['DH0002']);
    expect(await codes({ query: 'tran thi anh' })).toEqual(['DH0003']);
    await app.call('moveOrders', { ids: [minh.id], to: 'paid' });
    expect(await codes({ paid: 'paid' })).toEqual(['DH0002']);
    expect(await codes({ paid: 'unpaid' })).toEqual(['DH0001', 'DH0003']);
    expect(await codes({ statuses: ['pending'] })).toEqual(['DH0001', 'DH0003']);
    const page = await app.call('searchOrders', { limit: 2 });
    expect(page.total).toBe(3);
    expect(page.orders.map((o) => o.code)).toEqual(['DH0003', 'DH0002']);
    expect(lan.total).toBe(510_000);
    expect(anh.items).toEqual([{ productId: expect.any(Number), code: 'KS1', name: 'Khô gà lá chanh 200g', qty: 1, unitPrice: 95_000 }]);
  });
});

describe('working the orders', () => {
  it('moves orders along the flow with a history row per move, records the money of "paid", and skips moves backwards', async () => {
    const { app, lan, minh, payloads } = await stream();
    const confirmed = await app.call('moveOrders', { ids: [lan.id, minh.id], to: 'confirmed' });
    expect(confirmed.changed.map((order) => order.status)).toEqual(['confirmed', 'confirmed']);
    const paid = await app.call('moveOrders', { ids: [lan.id], to: 'paid', method: 'cash' });
    expect(paid.changed[0]).toMatchObject({ status: 'paid', paid: 510_000, due: 0 });
    const back = await app.call('moveOrders', { ids: [lan.id, minh.id], to: 'confirmed' });
    expect(back.changed).toEqual([]);
    expect(back.skipped.map((s) => [s.code, s.reasonEn])).toEqual([['DH0001', 'cannot move backwards (use Undo)'], ['DH0002', 'already in this status']]);
    await app.call('moveOrders', { ids: [minh.id], to: 'packed' });
    const delivered = await app.call('moveOrders', { ids: [minh.id], to: 'delivered' });
    expect(delivered.changed[0]).toMatchObject({ status: 'delivered', paid: 300_000, due: 0 }); // COD collected
    const detail = await app.call('getOrderDetail', { id: minh.id });
    expect(detail.history.map((h) => `${h.from ?? '∅'}→${h.to}`)).toEqual(['∅→pending', 'pending→confirmed', 'confirmed→packed', 'packed→delivered']);
    expect(detail.payments).toMatchObject([{ amount: 300_000, method: 'cod' }]);
    expect(payloads('orderChanged').filter((p) => p.order.id === minh.id).map((p) => p.order.status)).toEqual(['pending', 'confirmed', 'packed', 'delivered']);
  });

  it('cancels with the stock given back (and passed to the buyer waiting), and undoes it in one step', async () => {
    const { app, say, lan, stock, count } = await stream();
    // MO1 had 5: Lan holds 2; Hùng takes the other 3; Vy waits for 2.
    await say('Hùng', 'MO1 x3');
    await say('Vy', 'MO1 x2');
    expect(stock('MO1')).toBe(0);
    const cancelled = await app.call('moveOrders', { ids: [lan.id], to: 'cancelled' });
    expect(cancelled.changed[0]).toMatchObject({ status: 'cancelled', items: [], total: 0 });
    const vy = (await app.call('searchOrders', { filter: { query: 'Vy' } })).orders[0]!;
    expect(vy.items).toMatchObject([{ code: 'MO1', qty: 2 }]);
    expect(stock('MO1')).toBe(0);
    expect(stock('CF2')).toBe(50 - 2); // Lan's coffee is back too
    expect(count(`SELECT COUNT(*) AS n FROM stock_ledger WHERE order_id = ? AND reason = 'release'`, lan.id)).toBe(2);

    // The freed honey went to Vy, so there is nothing to take back for Lan: undo is refused, nothing changes.
    await expect(app.call('undoOrderChange', {})).rejects.toMatchObject({ code: 'NOT_ENOUGH_STOCK' });
    // Once Vy cancels, the honey is free again and Lan's cancel can be taken back (an older change, by its id).
    await app.call('moveOrders', { ids: [vy.id], to: 'cancelled' });
    const undone = await app.call('undoOrderChange', { id: cancelled.journalId! });
    expect(undone.orders.find((o) => o.id === lan.id)).toMatchObject({ status: 'pending', total: 510_000 });
    expect([stock('MO1'), stock('CF2')]).toEqual([0, 47]);
  });

  it('edits items and quantities keeping the stock ledger right, refuses what stock cannot cover, and undoes', async () => {
    const { app, lan, productId, stock, count } = await stream();
    const edited = await app.call('editOrderItems', { id: lan.id, lines: [{ productId: productId('MO1'), qty: 1 }, { productId: productId('CF2'), qty: 4 }, { productId: productId('KS1'), qty: 1 }] });
    expect(edited.items.map((i) => [i.code, i.qty, i.unitPrice])).toEqual([['MO1', 1, 180_000], ['CF2', 4, 150_000], ['KS1', 1, 95_000]]);
    expect(edited.total).toBe(180_000 + 600_000 + 95_000);
    expect([stock('MO1'), stock('CF2'), stock('KS1')]).toEqual([4, 50 - 4 - 2, 0]);
    const ledger = count(`SELECT SUM(delta) AS n FROM stock_ledger WHERE order_id = ? AND product_id = ?`, lan.id, productId('CF2'));
    expect(ledger).toBe(-4);
    await expect(app.call('editOrderItems', { id: lan.id, lines: [{ productId: productId('KS1'), qty: 5 }] })).rejects.toMatchObject({ code: 'NOT_ENOUGH_STOCK' });
    await expect(app.call('editOrderItems', { id: lan.id, lines: [{ productId: productId('MO1'), qty: 0 }, { productId: productId('CF2'), qty: 0 }, { productId: productId('KS1'), qty: 0 }] })).rejects.toMatchObject({ code: 'ORDER_WOULD_BE_EMPTY' });
    await app.call('undoOrderChange', {});
    expect((await app.call('getOrderDetail', { id: lan.id })).items.map((i) => [i.code, i.qty])).toEqual([['MO1', 2], ['CF2', 1]]);
    expect([stock('MO1'), stock('CF2'), stock('KS1')]).toEqual([3, 47, 1]);
  });

  it('sets a product sold at two prices by its total, taking units off the newest line, and undoes to both lines', async () => {
    const { app, say, lan, stock } = await stream();
    await app.call('startFlashSale', { productId: live!.productId('CF2'), dealPrice: 119_000, quantity: 0, durationSec: 300 });
    await say('Lan', 'thêm CF2 x2'); // a second CF2 line, at the deal
    const lines = async () => (await app.call('getOrderDetail', { id: lan.id })).items.map((i) => [i.code, i.qty, i.unitPrice]);
    expect(await lines()).toEqual([['MO1', 2, 180_000], ['CF2', 1, 150_000], ['CF2', 2, 119_000]]);
    const edited = await app.call('editOrderItems', { id: lan.id, lines: [{ productId: live!.productId('MO1'), qty: 2 }, { productId: live!.productId('CF2'), qty: 2 }] });
    expect(edited.items.map((i) => [i.code, i.qty, i.unitPrice])).toEqual([['MO1', 2, 180_000], ['CF2', 1, 150_000], ['CF2', 1, 119_000]]);
    expect(stock('CF2')).toBe(50 - 2 - 2);
    await app.call('undoOrderChange', {});
    expect(await lines()).toEqual([['MO1', 2, 180_000], ['CF2', 1, 150_000], ['CF2', 2, 119_000]]);
    expect(stock('CF2')).toBe(50 - 2 - 3);
    await app.call('editOrderItems', { id: lan.id, lines: [{ productId: live!.productId('MO1'), qty: 2 }, { productId: live!.productId('CF2'), qty: 5 }] });
    expect(await lines()).toEqual([['MO1', 2, 180_000], ['CF2', 1, 150_000], ['CF2', 4, 119_000]]);
    expect(stock('CF2')).toBe(50 - 2 - 5);
  });

  it('undoes changes one after another, each back to the one before, even on the same order', async () => {
    const { app, lan, minh, stock } = await stream();
    await app.call('moveOrders', { ids: [lan.id, minh.id], to: 'confirmed' });
    await app.call('editOrderItems', { id: lan.id, lines: [{ productId: live!.productId('MO1'), qty: 1 }, { productId: live!.productId('CF2'), qty: 3 }] });
    await app.call('setOrderNote', { id: lan.id, note: 'Gọi trước khi giao' });
    await app.call('updateCustomer', { id: lan.customerId, address: '12 Lê Lợi, Huế' });
    await app.call('updateCustomer', { id: lan.customerId, address: '14 Lê Lợi, Huế' });
    for (let i = 0; i < 5; i += 1) await app.call('undoOrderChange', {});
    const detail = await app.call('getOrderDetail', { id: lan.id });
    expect(detail).toMatchObject({ status: 'pending', note: '', address: '' });
    expect(detail.items.map((i) => [i.code, i.qty])).toEqual([['MO1', 2], ['CF2', 1]]);
    expect((await app.call('getOrderDetail', { id: minh.id })).status).toBe('pending');
    expect([stock('MO1'), stock('CF2')]).toEqual([3, 47]);
    await expect(app.call('undoOrderChange', {})).rejects.toMatchObject({ code: 'NOTHING_TO_UNDO' });
  });

  it('after undoing, still refuses to undo an older change over a comment that came in between', async () => {
    const { app, say, lan } = await stream();
    await app.call('setOrderNote', { id: lan.id, note: 'Giao buổi chiều' });
    await say('Lan', 'CF2 x1'); // after the note, before the edit
    await app.call('editOrderItems', { id: lan.id, lines: [{ productId: live!.productId('MO1'), qty: 1 }, { productId: live!.productId('CF2'), qty: 2 }] });
    await app.call('undoOrderChange', {});
    await expect(app.call('undoOrderChange', {})).rejects.toMatchObject({ code: 'CHANGED_SINCE' });
    expect((await app.call('getOrderDetail', { id: lan.id })).note).toBe('Giao buổi chiều');
  });

  it('keeps notes, lists the changes newest first, and refuses to undo over a newer comment', async () => {
    const { app, say, lan } = await stream();
    await app.call('setOrderNote', { id: lan.id, note: 'Giao buổi chiều' });
    await app.call('moveOrders', { ids: [lan.id], to: 'confirmed' });
    const changes = await app.call('listOrderChanges', {});
    expect(changes.map((c) => c.labelEn)).toEqual(['Confirmed: 1 order(s)', 'Note on DH0001']);
    await say('Lan', 'CF2 x1'); // she adds to her (confirmed, still open) order after the seller's change
    await expect(app.call('undoOrderChange', {})).rejects.toMatchObject({ code: 'CHANGED_SINCE' });
    expect((await app.call('getOrderDetail', { id: lan.id })).note).toBe('Giao buổi chiều');
  });

  it('takes a buyer’s mobile of before 2018 (0168 …) by the number it has now', async () => {
    const { app, lan } = await stream();
    const fixed = await app.call('updateCustomer', { id: lan.customerId, phone: '0168 345 6789' });
    expect(fixed.customer.phone).toBe('0383456789');
  });

  it('corrects a buyer’s name, phone and address, refuses a phone that is not one, and undoes the correction', async () => {
    const { app, say, lan, payloads } = await stream();
    const fixed = await app.call('updateCustomer', { id: lan.customerId, name: 'Nguyễn Thị Lan', phone: '+84 912 345 678', address: '12 Lê Lợi, Huế' });
    expect(fixed.customer).toMatchObject({ name: 'Nguyễn Thị Lan', phone: '0912345678', address: '12 Lê Lợi, Huế' });
    expect(fixed.journalId).toEqual(expect.any(Number));
    expect((await app.call('searchOrders', { filter: { query: 'nguyen thi lan' } })).orders.map((o) => [o.code, o.phone, o.address])).toEqual([['DH0001', '0912345678', '12 Lê Lợi, Huế']]);
    expect(payloads('orderChanged').filter((p) => p.reason === 'customer-updated').map((p) => p.order.code)).toEqual(['DH0001']);

    for (const phone of ['12345', '0123456789', '0912 345 678 9', 'gọi 0912345678']) {
      await expect(app.call('updateCustomer', { id: lan.customerId, phone })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        message: expect.stringContaining('Số điện thoại không hợp lệ'),
        messageEn: expect.stringContaining('Not a Vietnamese phone number'),
      });
    }
    await expect(app.call('updateCustomer', { id: lan.customerId })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(app.call('updateCustomer', { id: lan.customerId, name: '  ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(app.call('updateCustomer', { id: 9999, address: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await app.call('updateCustomer', { id: lan.customerId, address: '12 Lê Lợi, Huế' })).journalId).toBeNull(); // nothing changed

    expect((await app.call('listOrderChanges', {}))[0]!.labelEn).toBe('Edited buyer "Nguyễn Thị Lan"');
    await app.call('undoOrderChange', {});
    expect((await app.call('getOrderDetail', { id: lan.id })).customerName).toBe('Lan');
    expect((await app.call('listCustomers', { query: 'Lan' }))[0]).toMatchObject({ name: 'Lan', phone: null, address: '' });

    // A phone cleared by the seller; then the buyer writes a new one in the chat: the seller's change can no longer be undone over it.
    await app.call('updateCustomer', { id: lan.customerId, phone: '0912345678' });
    expect((await app.call('updateCustomer', { id: lan.customerId, phone: '' })).customer.phone).toBeNull();
    await say('Lan', 'sđt em 0987654321');
    await expect(app.call('undoOrderChange', {})).rejects.toMatchObject({ code: 'CHANGED_SINCE' });
    expect((await app.call('listCustomers', { query: 'Lan' }))[0]!.phone).toBe('0987654321');
  });

  it('counts the orders whose labels would lack an address or phone before printing, and prints those gaps as missing', async () => {
    const { app, dir, lan, minh } = await stream();
    await app.call('updateCustomer', { id: lan.customerId, phone: '0912345678', address: '12 Lê Lợi, Huế' });
    await app.call('updateCustomer', { id: minh.customerId, phone: '0987 654 321' });
    const check = await app.call('checkLabels', {});
    expect(check).toMatchObject({ orders: 3, missingAddress: 2, missingPhone: 1 });
    expect(check.incomplete.map((order) => [order.code, order.customerName, order.phone, order.address])).toEqual([
      ['DH0002', 'Minh', '0987654321', ''],
      ['DH0003', 'Trần Thị Ánh', null, ''],
    ]);
    expect((await app.call('checkLabels', { filter: { ids: [lan.id] } })).incomplete).toEqual([]);

    const file = await app.call('exportLabels', { layout: 'label-a6' });
    expect(file).toMatchObject({ rows: 3, missingAddress: 2, missingPhone: 1 });
    const path = join(dir, 'gaps.pdf');
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    const pages = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f');
    expect(pages[0]).toContain('12 Lê Lợi, Huế');
    expect(pages[0]).not.toContain('THIẾU');
    expect(pages[1]).toContain('THIẾU ĐỊA CHỈ');
    expect(pages[2]).toContain('THIẾU SỐ ĐIỆN THOẠI');
    expect(pages[2]).toContain('THIẾU ĐỊA CHỈ');
    const slip = await app.call('exportLabels', { layout: 'slip-a4', language: 'en', filter: { ids: [minh.id] } });
    writeFileSync(path, Buffer.from(slip.base64, 'base64'));
    expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain('NO ADDRESS');
  });

  it('merges two customers that are one person, so her next comment joins the same order, and undoes the merge', async () => {
    const { app, say, lan, count } = await stream();
    await say('Lan (FB)', 'CF2 x1', { platform: 'facebook' });
    const [keep] = await app.call('listCustomers', { query: 'Lan' });
    const other = (await app.call('listCustomers', { query: 'Lan (FB)' }))[0]!;
    expect(keep!.id).not.toBe(other.id);
    const merged = await app.call('mergeCustomers', { keepId: lan.customerId, mergeId: other.id });
    expect(merged.customer.identities.map((i) => i.platform).sort()).toEqual(['facebook', 'tiktok']);
    expect(merged.customer.orders).toBe(2);
    await say('Lan (FB)', 'KS1 x1', { platform: 'facebook' });
    expect(count('SELECT COUNT(*) AS n FROM orders WHERE customer_id = ?', other.id)).toBe(0);
    // Undo is refused now (her comment changed an order since); a fresh merge undoes cleanly.
    await expect(app.call('undoOrderChange', {})).rejects.toMatchObject({ code: 'CHANGED_SINCE' });
  });

  it('undoes a merge: orders and platform accounts go back to the second customer', async () => {
    const { app, say, lan, count } = await stream();
    await say('Lan (FB)', 'CF2 x1', { platform: 'facebook' });
    const other = (await app.call('listCustomers', { query: 'Lan (FB)' }))[0]!;
    await app.call('mergeCustomers', { keepId: lan.customerId, mergeId: other.id });
    await app.call('undoOrderChange', {});
    expect(count('SELECT COUNT(*) AS n FROM orders WHERE customer_id = ?', other.id)).toBe(1);
    expect(count('SELECT COUNT(*) AS n FROM customer_identities WHERE customer_id = ?', other.id)).toBe(1);
    expect(count('SELECT COUNT(*) AS n FROM customers WHERE merged_into IS NOT NULL')).toBe(0);
    await say('Lan (FB)', 'KS1 x1', { platform: 'facebook' });
    expect(count('SELECT COUNT(*) AS n FROM orders WHERE customer_id = ?', other.id)).toBe(1);
  });
});

describe('rehearsals', () => {
  it('leaves practice sessions out of the order list, exports, customer lists and the tally’s sessions unless asked for', async () => {
    const { app, say } = await stream();
    // A training rehearsal after the real stream: a simulated viewer orders, and Lan's real account comments there too.
    const rehearsal = app.context.live.named('Diễn tập lớp A', 'rehearsal');
    await say('Khán giả ảo', 'CF2 x2', { sessionId: rehearsal.id, platform: 'simulator' });
    await say('Người xem ảo', 'mật ong giá bao nhiêu', { sessionId: rehearsal.id, platform: 'simulator' });
    await say('Lan', 'KS1 x1', { sessionId: rehearsal.id });

    const codes = async (filter: Record<string, unknown> = {}) => (await app.call('searchOrders', { filter })).orders.map((o) => o.code).sort();
    expect(await codes()).toEqual(['DH0001', 'DH0002', 'DH0003']);
    expect(await codes({ query: 'ảo' })).toEqual([]);
    expect(await codes({ includeRehearsals: true })).toHaveLength(5);
    expect(await codes({ sessionId: rehearsal.id })).toHaveLength(2); // naming the session is asking for it

    const csvRows = async (kind: 'orders' | 'items' | 'customers', filter: Record<string, unknown> = {}) => {
      const file = await app.call('exportOrders', { format: 'csv', kind, filter });
      return Buffer.from(file.base64, 'base64').toString('utf8').trim().split('\n').slice(1);
    };
    expect(await csvRows('orders')).toHaveLength(3);
    expect(await csvRows('items')).toHaveLength(4);
    const buyers = await csvRows('customers');
    expect(buyers.map((row) => row.split(',')[1])).toEqual(['Lan', 'Minh', 'Trần Thị Ánh']);
    expect(buyers[0]).toMatch(/,1,510000,/); // Lan's practice order is not counted
    expect(await csvRows('orders', { includeRehearsals: true })).toHaveLength(5);
    expect((await app.call('exportLabels', {})).rows).toBe(3);

    const names = async (input: Record<string, unknown> = {}) => (await app.call('listCustomers', input)).map((c) => c.name).sort();
    expect(await names()).toEqual(['Lan', 'Minh', 'Trần Thị Ánh']);
    expect((await app.call('listCustomers', { query: 'Lan' }))[0]).toMatchObject({ orders: 1, spent: 510_000 });
    expect(await names({ includeRehearsals: true })).toEqual(['Khán giả ảo', 'Lan', 'Minh', 'Người xem ảo', 'Trần Thị Ánh']);

    const sessions = await app.call('listTallySessions', {});
    expect(sessions.map((s) => s.kind)).toEqual(['live']);
    expect((await app.call('listTallySessions', { includeRehearsals: true })).map((s) => s.name)).toContain('Diễn tập lớp A');
    expect((await app.call('getSessionTally', {})).kind).toBe('live');
    expect((await app.call('compareSessions', {})).sessions).toHaveLength(1);
  });
});

describe('bank statement reconciliation', () => {
  const statement = [
    'SAO KÊ TÀI KHOẢN 0071000123456',
    'Ngày giao dịch;Số tham chiếu;Số tiền ghi nợ;Số tiền ghi có;Nội dung',
    '22/11/2026 19:10;FT001;;510.000;NGUYEN VAN LAN chuyen tien DH0001',
    '22/11/2026 19:12;FT002;;250.000;MINH CK dh 0002',
    '22/11/2026 19:13;FT003;20.000;;Phi SMS',
    '22/11/2026 19:15;FT004;;95.000;DH9999',
    '22/11/2026 19:16;FT005;;77.000;tien hang',
  ].join('\n');

  it('marks the orders whose code and amount match as paid and lists the rest; the same file again records nothing twice', async () => {
    const { app, lan, minh, anh, payloads } = await stream();
    const preview = await app.call('previewBankStatement', { text: statement });
    expect(preview).toMatchObject({ format: 'csv', transfers: 4, skipped: 1, applied: false });
    expect((await app.call('getOrderDetail', { id: lan.id })).status).toBe('pending');

    const result = await app.call('importBankStatement', { text: statement });
    expect(result.matched.map((m) => m.orders.map((o) => o.code))).toEqual([['DH0001']]);
    expect(result.mismatches.map((m) => [m.transfer.reference, m.reason, m.expected])).toEqual([
      ['FT002', 'wrong-amount', 300_000],
      ['FT004', 'unknown-code', null],
      ['FT005', 'no-code', null],
    ]);
    expect((await app.call('getOrderDetail', { id: lan.id })).status).toBe('paid');
    expect((await app.call('getOrderDetail', { id: minh.id })).status).toBe('pending');
    const reviews = await app.call('listPaymentReviews', {});
    expect(reviews.map((r) => [r.reference, r.reason, r.orders.map((o) => o.code)])).toEqual([
      ['FT002', 'wrong-amount', ['DH0002']],
      ['FT004', 'unknown-code', []],
      ['FT005', 'no-code', []],
    ]);
    expect(payloads('paymentReviewsChanged').at(-1)).toEqual({ open: 3 });

    const again = await app.call('importBankStatement', { text: statement });
    expect(again.matched).toEqual([]);
    expect(again.mismatches.every((m) => m.reason === 'duplicate')).toBe(true);
    expect((await app.call('listPaymentReviews', {})).length).toBe(3);

    // The seller decides: the 77.000 was Ánh's... no, it was not: dismiss it; Minh's 250.000 goes to her order anyway.
    const settled = await app.call('settlePaymentReview', { paymentId: reviews[0]!.paymentId, action: 'accept' });
    expect(settled).toMatchObject({ status: 'accepted', orderId: minh.id });
    expect((await app.call('getOrderDetail', { id: minh.id })).due).toBe(50_000);
    await app.call('settlePaymentReview', { paymentId: reviews[2]!.paymentId, action: 'dismiss' });
    expect((await app.call('listPaymentReviews', {})).map((r) => r.reference)).toEqual(['FT004']);
    expect((await app.call('getOrderDetail', { id: anh.id })).status).toBe('pending');
  });

  it('takes pasted transfer notifications, and undoing the import takes its payments back', async () => {
    const { app, lan, minh } = await stream();
    const text = [
      'SD TK 0071000123456 +510,000VND luc 22-11-2026 19:15:33. SD 5,150,000VND. Ref MBVCB.5678.DH0001 chuyen tien',
      '',
      'TK 19031234567890 +300.000 VND 22/11/26 19:20 SD: 2.500.000 VND ND: MINH chuyen tien DH0002',
    ].join('\n');
    const result = await app.call('importBankStatement', { text });
    expect(result).toMatchObject({ format: 'notifications', transfers: 2 });
    expect(result.matched.map((m) => m.orders[0]!.code)).toEqual(['DH0001', 'DH0002']);
    expect((await app.call('searchOrders', { filter: { paid: 'paid' } })).total).toBe(2);
    await app.call('undoOrderChange', { id: result.journalId! });
    expect((await app.call('getOrderDetail', { id: lan.id })).status).toBe('pending');
    expect((await app.call('getOrderDetail', { id: minh.id })).payments).toEqual([]);
  });

  it('applies nothing from a statement it cannot read, and says which line', async () => {
    const { app, count } = await stream();
    const broken = 'Ngày,Diễn giải,Phát sinh có\n22/11/2026,DH0001,510000\n22/11/2026,DH0002,ba trăm nghìn\n';
    await expect(app.call('importBankStatement', { text: broken })).rejects.toMatchObject({ code: 'STATEMENT_INVALID', details: [{ line: 3 }] });
    expect(count('SELECT COUNT(*) AS n FROM payments')).toBe(0);
  });
});

describe('exports', () => {
  it('writes an XLSX workbook that reads back with the right rows and typed cells', async () => {
    const { app, lan } = await stream();
    await app.call('moveOrders', { ids: [lan.id], to: 'paid' });
    const file = await app.call('exportOrders', { format: 'xlsx', kind: 'workbook' });
    expect(file.filename).toMatch(/\.xlsx$/);
    expect(file.rows).toBe(3);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const orders = book.getWorksheet('Đơn hàng')!;
    expect(orders.rowCount).toBe(4);
    expect(orders.getRow(1).getCell(1).value).toBe('Mã đơn');
    expect(orders.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const first = orders.getRow(2);
    expect(first.getCell(1).value).toBe('DH0001');
    expect(first.getCell(3).value).toBeInstanceOf(Date);
    expect(first.getCell(3).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(first.getCell(4).value).toBe('Đã thanh toán');
    expect(first.getCell(5).value).toBe('Lan');
    expect(first.getCell(9).value).toBe('MO1 x2; CF2 x1');
    expect(first.getCell(10).value).toBe(3);
    expect(first.getCell(11).value).toBe(510_000);
    expect(first.getCell(11).numFmt).toBe('#,##0 "₫"');
    expect(first.getCell(13).value).toBe(0);
    expect(orders.getRow(4).getCell(5).value).toBe('Trần Thị Ánh');
    const items = book.getWorksheet('Chi tiết đơn')!;
    expect(items.rowCount).toBe(1 + 4);
    expect(items.getRow(2).getCell(10).value).toBe(360_000);
    expect(book.getWorksheet('Khách hàng')!.rowCount).toBe(1 + 3);
  });

  it('writes CSV of one kind with a BOM and a Vietnamese header', async () => {
    const { app } = await stream();
    const file = await app.call('exportOrders', { format: 'csv', kind: 'items', filter: { productCode: 'CF2' } });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFMã đơn,Phiên live,Thời gian')).toBe(true);
    expect(text.trim().split('\n')).toHaveLength(1 + 3);
  });

  it('writes chat text that looks like a formula as text in CSV, keeping numbers numeric and phones as they are', async () => {
    live = await startLiveApp();
    const { app, say } = live;
    await say('=HYPERLINK("http://lua.vn","Bấm vào")', 'CF2 x1 0912345678');
    await say('@Minh', 'KS1 x1');
    const [order] = (await app.call('searchOrders', { filter: { query: 'Minh' } })).orders;
    await app.call('setOrderNote', { id: order!.id, note: '-2+3 giao chiều' });
    const file = await app.call('exportOrders', { format: 'csv', kind: 'orders' });
    const rows = parse(Buffer.from(file.base64, 'base64').toString('utf8').replace(/^\uFEFF/, '')) as string[][];
    const [header, hyperlink, minh] = rows;
    const column = (name: string) => header!.indexOf(name);
    expect(hyperlink![column('Khách hàng')]).toBe(`'=HYPERLINK("http://lua.vn","Bấm vào")`);
    expect(hyperlink![column('Điện thoại')]).toBe('0912345678');
    expect(minh![column('Khách hàng')]).toBe("'@Minh");
    expect(minh![column('Ghi chú')]).toBe("'-2+3 giao chiều");
    // Numbers are written bare, so a spreadsheet still adds them up.
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.split('\n')[1]).toMatch(/,1,150000,0,150000,/);
    const customers = await app.call('exportOrders', { format: 'csv', kind: 'customers' });
    expect(Buffer.from(customers.base64, 'base64').toString('utf8')).toContain(`'=HYPERLINK(`);
    const items = await app.call('exportOrders', { format: 'csv', kind: 'items' });
    expect(Buffer.from(items.base64, 'base64').toString('utf8')).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('prints labels and packing slips that render, with the buyer’s name in Vietnamese and the order code', async () => {
    const { app, dir } = await stream();
    for (const [layout, pages] of [['label-a6', 3], ['label-a4', 1], ['slip-a4', 3], ['slip-a6', 3]] as const) {
      const file = await app.call('exportLabels', { layout, sender: { name: 'HTX Mật ong Sơn La', phone: '0987654321', address: 'Mộc Châu' } });
      expect(file.pages).toBe(pages);
      const path = join(dir, `${layout}.pdf`);
      writeFileSync(path, Buffer.from(file.base64, 'base64'));
      const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
      expect(text).toContain('Trần Thị Ánh');
      expect(text).toContain('DH0003');
      expect(text).toContain('95.000 ₫');
      // The QR on the last order's page is its code, as a phone or scanner reads it.
      const last = layout === 'label-a4' ? 1 : 3;
      execFileSync('pdftoppm', ['-r', '150', '-png', '-f', String(last), '-l', String(last), path, join(dir, layout)]);
      const image = join(dir, `${layout}-${last}.png`);
      const scanned = execFileSync('zbarimg', ['-q', '--raw', image], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      expect(scanned.split('\n').filter(Boolean)).toContain('DH0003');
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      expect(info).toMatch(new RegExp(`Pages:\\s+${pages}`));
    }
  });
});

describe('packing slips with money to collect', () => {
  it('carry the order’s VietQR for what the courier would collect, which a bank app reads as that order’s transfer', async () => {
    const { app, dir } = await stream();
    await app.call('updateOverlayState', { payment: { bin: '970436', account: '1023456789', accountName: 'NGUYEN VAN AN' } });
    const [order] = (await app.call('searchOrders', { filter: { query: 'DH0003' } })).orders;
    const file = await app.call('exportLabels', { layout: 'slip-a4', filter: { ids: [order!.id] } });
    const path = join(dir, 'slip-qr.pdf');
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    expect(execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })).toContain('Chuyển khoản thay tiền mặt');
    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', path, join(dir, 'slip-qr')]);
    const scanned = execFileSync('zbarimg', ['-q', '--raw', join(dir, 'slip-qr-1.png')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean);
    expect(scanned).toContain('DH0003');
    const transfer = scanned.find((code) => code.startsWith('000201'));
    expect(parseVietQr(transfer!)).toMatchObject({ bin: '970436', account: '1023456789', amount: order!.due, purpose: 'DH0003' });

    // Paid in full: nothing to collect, so no transfer code on the slip.
    await app.call('moveOrders', { ids: [order!.id], to: 'paid' });
    const paid = await app.call('exportLabels', { layout: 'slip-a4', filter: { ids: [order!.id] } });
    writeFileSync(path, Buffer.from(paid.base64, 'base64'));
    expect(execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })).not.toContain('Chuyển khoản thay tiền mặt');
  });
});

describe('downloads in web mode', () => {
  it('streams XLSX, CSV and label PDFs from GET routes with the filter in the query string', async () => {
    const server = await startTestServer();
    try {
      await server.app.call('importCatalogCsv', { csv: readFixture('catalog-live.csv') });
      for (const [user, text] of [['Lan', 'chốt 2 chai mật ong'], ['Minh', 'CF2 x2']] as const) {
        await server.app.context.ingest.submit({ platform: 'tiktok', messageId: `${user}-1`, userId: user, userName: user, text, sentAt: new Date().toISOString() });
      }
      const csv = await fetch(`${server.url}/export/orders.csv?kind=items&product=CF2`);
      expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="ocop-live-chi-tiet-don-.*\.csv"/);
      expect((await csv.text()).trim().split('\n')).toHaveLength(2);
      const xlsx = await fetch(`${server.url}/export/orders.xlsx?kind=orders`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
      expect(book.getWorksheet('Đơn hàng')!.rowCount).toBe(3);
      const pdf = await fetch(`${server.url}/export/labels.pdf?layout=label-a4&q=minh`);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
      expect((await fetch(`${server.url}/export/orders.csv?paid=maybe`)).status).toBe(400);
    } finally {
      await server.close();
    }
  });
});
