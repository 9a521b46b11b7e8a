// The overlay side of the app over HTTP, on a real app and SQLite file:
// settings kept across a restart, the view following orders, the overlay
// routes staying on this machine, VietQR commands, and auto-showcase.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/app-server';
import { parseVietQr } from '../../src/core/vietqr';
import type { OverlayState, OverlayView } from '../../src/core/overlay';
import type { Product } from '../../src/core/catalog/product';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function post<T>(server: TestServer, name: string, body: unknown = {}): Promise<T> {
  const { json } = await server.post(name, body);
  if (!json.ok) throw new Error(`${name}: ${JSON.stringify(json.error)}`);
  return json.result as T;
}

describe('overlay settings and view', () => {
  it('keeps the settings across a restart of the app', async () => {
    const first = await startTestServer();
    await post(first, 'updateOverlayState', { theme: { accent: '#ff8800' }, goal: { target: 3_000_000 } });
    const dataDir = first.dataDir;
    await first.server.close();
    first.app.close();
    t = await startTestServer({ dataDir });
    const state = await post<OverlayState>(t, 'getOverlayState');
    expect(state.theme.accent).toBe('#ff8800');
    expect(state.goal.target).toBe(3_000_000);
  });

  it('refuses a payment account whose number cannot make a VietQR, saying why', async () => {
    t = await startTestServer();
    const { status, json } = await t.post('updateOverlayState', { payment: { bin: '970415', account: '12-ab!' } });
    expect(status).toBe(422);
    expect(json.error?.message).toContain('Số tài khoản');
    expect((await post<OverlayState>(t, 'getOverlayState')).payment.account).toBe('');
  });

  it('adds orders to the goal bar and the ticker, and drops a cancelled one', async () => {
    t = await startTestServer();
    await post(t, 'updateOverlayState', { visible: { goal: true }, goal: { target: 1_000_000 } });
    const order = (id: number, status: 'pending' | 'cancelled') => {
      const at = new Date().toISOString();
      return { id, code: `DH${id}`, sessionId: null, customerId: id, customerName: `Khách ${id}`, status, items: [{ code: 'MO1', name: 'Mật ong', qty: 1, unitPrice: 250000 }], total: 250000, createdAt: at, updatedAt: at };
    };
    t.app.context.events.emit('orderChanged', { reason: 'created', order: order(1, 'pending') });
    t.app.context.events.emit('orderChanged', { reason: 'created', order: order(2, 'pending') });
    t.app.context.events.emit('orderChanged', { reason: 'cancelled', order: order(2, 'cancelled') });
    const view = await post<OverlayView>(t, 'getOverlayView');
    expect(view.goal).toMatchObject({ current: 250000, percent: 25 });
    expect(view.ticker.items.map((item) => item.id)).toEqual([1]);
  });
});

describe('overlay routes', () => {
  it('serve pages with a strict CSP and refuse unknown overlays and stray font paths', async () => {
    t = await startTestServer();
    const page = await fetch(`${t.url}/overlays/all?layout=portrait`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("img-src 'self'");
    expect(csp).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    expect(await page.text()).toContain('data-layout="portrait"');
    expect((await fetch(`${t.url}/overlays/nothing`)).status).toBe(404);
    expect((await fetch(`${t.url}/overlays/fonts/..%2F..%2Fpackage.json`)).status).toBe(404);
    const font = await fetch(`${t.url}/overlays/fonts/be-vietnam-pro-vietnamese-700-normal.woff2`);
    expect(font.headers.get('content-type')).toBe('font/woff2');
  });

  it('serve a product picture only from this machine, never a web address', async () => {
    t = await startTestServer();
    mkdirSync(join(t.dataDir, 'images'));
    writeFileSync(join(t.dataDir, 'images', 'a.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    const local = await post<Product>(t, 'createProduct', { code: 'A1', name: 'A', price: 1, image: 'images/a.png' });
    const web = await post<Product>(t, 'createProduct', { code: 'B1', name: 'B', price: 1, image: 'https://example.com/b.png' });
    const text = await post<Product>(t, 'createProduct', { code: 'C1', name: 'C', price: 1, image: '../ocop-live.db' });
    const ok = await fetch(`${t.url}/overlays/product-image/${local.id}`);
    expect([ok.status, ok.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect((await fetch(`${t.url}/overlays/product-image/${web.id}`)).status).toBe(404);
    expect((await fetch(`${t.url}/overlays/product-image/${text.id}`)).status).toBe(404);
  });

  it('serve the payment QR as an SVG of the static VietQR of the saved account', async () => {
    t = await startTestServer();
    expect((await fetch(`${t.url}/overlays/payment-qr.svg`)).status).toBe(404);
    await post(t, 'updateOverlayState', { payment: { bin: '970436', account: '1023456789', accountName: 'NGUYEN VAN AN' } });
    const svg = await fetch(`${t.url}/overlays/payment-qr.svg`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(await svg.text()).toMatch(/^<svg/);
  });
});

describe('VietQR commands', () => {
  it('make a code from a bank short name, and a per-order code to the saved account', async () => {
    t = await startTestServer();
    const made = await post<{ payload: string; bankName: string; svg: string }>(t, 'makeVietQr', { bin: 'ICB', account: '0011001932418', amount: 120000, purpose: 'ủng hộ lũ lụt' });
    expect(made.payload).toBe('00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C');
    expect(made.bankName).toBe('VietinBank');
    const missing = await t.post('orderVietQr', { code: 'DH0007', total: 99000 });
    expect(missing.json.error?.code).toBe('PAYMENT_ACCOUNT_MISSING');
    await post(t, 'updateOverlayState', { payment: { bin: '970436', account: '1023456789', accountName: 'NGUYEN VAN AN' } });
    const order = await post<{ payload: string; purpose: string; accountName: string }>(t, 'orderVietQr', { code: 'DH0007', total: 99000, note: 'Mật ong' });
    expect(parseVietQr(order.payload)).toMatchObject({ bin: '970436', account: '1023456789', amount: 99000, purpose: 'DH0007 Mat ong' });
    expect(order.accountName).toBe('NGUYEN VAN AN');
    const bad = await t.post('makeVietQr', { bin: '970436', account: '1', purpose: 'x'.repeat(30) });
    expect(bad.status).toBe(422);
    expect(bad.json.error?.messageEn).toContain('25 at most');
  });
});

describe('showcasing after hide all', () => {
  it('puts the card of the newly showcased product back on screen', async () => {
    t = await startTestServer();
    const honey = await post<Product>(t, 'createProduct', { code: 'MO1', name: 'Mật ong rừng', price: 180000, stock: 5 });
    await post(t, 'setShowcase', { productId: honey.id });
    await post(t, 'hideAllOverlays');
    expect((await post<OverlayView>(t, 'getOverlayView')).visible.card).toBe(false);
    await post(t, 'setShowcase', { productId: honey.id });
    const view = await post<OverlayView>(t, 'getOverlayView');
    expect(view.visible.card).toBe(true);
    expect(view.card?.code).toBe('MO1');
    expect((await post<OverlayState>(t, 'getOverlayState')).visible.card).toBe(true);
    // Hiding the product (nothing showcased) does not bring anything up.
    await post(t, 'hideAllOverlays');
    await post(t, 'setShowcase', { productId: null });
    expect((await post<OverlayState>(t, 'getOverlayState')).visible.card).toBe(false);
  });
});

describe('one order’s VietQR on the payment overlay', () => {
  it('asks for what the order still owes with its code as memo, follows its total, and goes back to the shop’s code once paid', async () => {
    t = await startTestServer();
    await post(t, 'updateOverlayState', { payment: { bin: '970436', account: '1023456789', accountName: 'NGUYEN VAN AN' } });
    const honey = await post<Product>(t, 'createProduct', { code: 'MO1', name: 'Mật ong rừng', price: 180000, stock: 10 });
    const session = await post<{ id: number }>(t, 'startSession', { name: 'Live' });
    const manual = (qty: number) =>
      post<{ order: { id: number; code: string } }>(t!, 'createManualOrder', { sessionId: session.id, customerName: 'Trần Văn Minh', phone: '0987654321', address: '', items: [{ productId: honey.id, qty }] });
    const { order } = await manual(1);
    const state = await post<OverlayState>(t, 'showOrderPayment', { orderId: order.id });
    expect(state.visible.payment).toBe(true);
    const qr = async () => parseVietQr((await t!.app.context.overlays.paymentQrImage())!.payload);
    expect(await qr()).toMatchObject({ bin: '970436', account: '1023456789', amount: 180000, purpose: order.code });
    let view = await post<OverlayView>(t, 'getOverlayView');
    expect(view.payment).toMatchObject({ amountText: '180.000 ₫', note: `Đơn ${order.code} · T.V. Minh` });
    expect(JSON.stringify(view)).not.toContain('0987654321');

    await manual(1); // the same buyer adds one more: the code on screen asks for the new total
    expect(await qr()).toMatchObject({ amount: 360000, purpose: order.code });

    await post(t, 'moveOrders', { ids: [order.id], to: 'paid' });
    expect((await qr()).amount).toBeNull();
    view = await post<OverlayView>(t, 'getOverlayView');
    expect(view.payment).toMatchObject({ amountText: '', note: 'Quét mã để chuyển khoản' });

    const paid = await t.post('showOrderPayment', { orderId: order.id });
    expect([paid.status, paid.json.error?.code]).toEqual([409, 'ORDER_NOTHING_DUE']);
  });
});

describe('auto-showcase', () => {
  // Comments reach the overlays as commentsIngested events. The parser's
  // askedAbout (ORDER-GRAMMAR.md) is not yet copied onto them by ingest, so
  // these events are handed to the real bus as ingest will send them.
  it('puts up the product that several buyers ask about, only when switched on', async () => {
    t = await startTestServer();
    await post(t, 'createProduct', { code: 'MO1', name: 'Mật ong rừng', price: 180000, stock: 5 });
    const tea = await post<Product>(t, 'createProduct', { code: 'TRA1', name: 'Trà Shan tuyết', price: 250000, stock: 5 });
    const { sessionId } = await post<{ sessionId: number }>(t, 'setShowcase', { productId: tea.id });
    let n = 0;
    const ask = (user: string) => {
      n += 1;
      const at = new Date().toISOString();
      const comment = {
        id: n, sessionId, platform: 'simulator' as const, messageId: `m${n}`, userId: user, userName: user, text: 'MO1 giá bao nhiêu vậy shop?',
        sentAt: at, receivedAt: at, intent: 'question' as const, items: [], phone: null, showcase: 'TRA1', action: null, orderId: null,
        orderCode: null, customerId: null, detail: {}, askedAbout: ['MO1'],
      };
      t!.app.context.events.emit('commentsIngested', { comments: [comment] });
    };
    const onScreen = async () => (await post<{ showcase: { product: Product | null } | null }>(t!, 'getLiveState')).showcase?.product?.code;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
    ask('u1');
    ask('u2');
    await settle();
    expect(await onScreen()).toBe('TRA1'); // off by default
    await post(t, 'updateOverlayState', { autoShowcase: { enabled: true, threshold: 3 } });
    ask('u3');
    ask('u3'); // the same buyer twice counts once
    await settle();
    expect(await onScreen()).toBe('MO1'); // u1, u2, u3 within the window
    await post(t, 'setShowcase', { productId: tea.id }); // the seller takes over
    ask('u5');
    ask('u6');
    ask('u7');
    await settle();
    expect(await onScreen()).toBe('TRA1'); // one switch per window: the seller is not fought
  });
});
