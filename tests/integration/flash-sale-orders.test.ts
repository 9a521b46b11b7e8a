// A flash sale on the stream is what buyers pay: orders made while it runs
// are priced at the deal, until its units are gone or its time is up, and the
// overlay counts down from the same order book.
import { afterEach, describe, expect, it } from 'vitest';
import type { OverlayView } from '../../src/core/overlay';
import { startLiveApp, type LiveApp } from '../helpers/live-app';

let live: LiveApp | undefined;
afterEach(() => {
  live?.close();
  live = undefined;
});

const linePrice = (app: LiveApp, buyer: string, code: string) =>
  app.count(
    `SELECT i.unit_price AS n FROM order_items i JOIN orders o ON o.id = i.order_id JOIN customers c ON c.id = o.customer_id
     JOIN products p ON p.id = i.product_id WHERE c.display_name = ? AND p.code = ?`,
    buyer,
    code,
  );

describe('orders during a flash sale', () => {
  it('are priced at the deal while units are left, then at the regular price, and the overlay counts what is left', async () => {
    live = await startLiveApp();
    const { app, say } = live;
    await app.call('startFlashSale', { productId: live.productId('CF2'), dealPrice: 119000, quantity: 3, durationSec: 300 });
    await say('Lan', 'chốt 2 gói cà phê');
    await say('Minh', 'CF2 x1');
    let view = await app.call('getOverlayView', {});
    expect(view.flashSale).toMatchObject({ running: true, quantityLeft: 0, quantityText: 'Hết suất', dealPriceText: '119.000 ₫' });
    await say('Hoa', 'CF2 x1'); // the deal is gone: the regular price
    await say('Tú', 'MO1 x1'); // not on sale
    expect(linePrice(live, 'Lan', 'CF2')).toBe(119000);
    expect(linePrice(live, 'Minh', 'CF2')).toBe(119000);
    expect(linePrice(live, 'Hoa', 'CF2')).toBe(150000);
    expect(linePrice(live, 'Tú', 'MO1')).toBe(180000);
    const [lan] = await app.call('listOrders', {}).then((orders) => orders.filter((order) => order.customerName === 'Lan'));
    expect(lan!.total).toBe(238000);

    // A cancelled deal order gives its units back to the sale.
    await say('Minh', 'huỷ đơn');
    view = (await app.call('getOverlayView', {})) as OverlayView;
    expect(view.flashSale.quantityLeft).toBe(1);
    await say('Quang', 'CF2 x1');
    expect(linePrice(live, 'Quang', 'CF2')).toBe(119000);
  });

  it('charge a buyer who already had the product the price of each moment, on a line per price', async () => {
    live = await startLiveApp();
    const { app, say } = live;
    const lines = (buyer: string) =>
      live!.app.context.db
        .prepare(
          `SELECT i.qty, i.unit_price AS unitPrice FROM order_items i JOIN orders o ON o.id = i.order_id JOIN customers c ON c.id = o.customer_id
           WHERE c.display_name = ? AND o.status <> 'cancelled' ORDER BY i.id`,
        )
        .all(buyer);
    await say('Lan', 'CF2 x2'); // before the sale
    await app.call('startFlashSale', { productId: live.productId('CF2'), dealPrice: 119000, quantity: 5, durationSec: 300 });
    await say('Lan', 'thêm CF2 x1'); // during it: the deal, though her line was opened at the regular price
    await say('Minh', 'CF2 x1');
    await app.call('stopFlashSale', {});
    await say('Minh', 'CF2 x2'); // after it: the regular price, though his line was opened at the deal
    expect(lines('Lan')).toEqual([{ qty: 2, unitPrice: 150000 }, { qty: 1, unitPrice: 119000 }]);
    expect(lines('Minh')).toEqual([{ qty: 1, unitPrice: 119000 }, { qty: 2, unitPrice: 150000 }]);
    const totals = new Map((await app.call('listOrders', {})).map((order) => [order.customerName, order.total]));
    expect(totals.get('Lan')).toBe(2 * 150000 + 119000);
    expect(totals.get('Minh')).toBe(119000 + 2 * 150000);
  });

  it('take back a buyer\'s latest units first: a cancel during the sale gives the deal units back to it', async () => {
    live = await startLiveApp();
    const { app, say } = live;
    await say('Lan', 'CF2 x2');
    await app.call('startFlashSale', { productId: live.productId('CF2'), dealPrice: 119000, quantity: 3, durationSec: 300 });
    await say('Lan', 'thêm CF2 x1');
    expect(((await app.call('getOverlayView', {})) as OverlayView).flashSale.quantityLeft).toBe(2);
    await say('Lan', 'bỏ 1 CF2');
    expect(((await app.call('getOverlayView', {})) as OverlayView).flashSale.quantityLeft).toBe(3);
    const [lan] = await app.call('listOrders', {});
    expect(lan!.total).toBe(2 * 150000);
    expect(live.stock('CF2')).toBe(48);
  });

  it('end with the sale: once it is stopped, orders are at the regular price again', async () => {
    live = await startLiveApp();
    const { app, say } = live;
    await app.call('startFlashSale', { productId: live.productId('CF2'), dealPrice: 119000, quantity: 0, durationSec: 300 });
    await say('Lan', 'CF2 x1');
    await app.call('stopFlashSale', {});
    await say('Minh', 'CF2 x1');
    expect(linePrice(live, 'Lan', 'CF2')).toBe(119000);
    expect(linePrice(live, 'Minh', 'CF2')).toBe(150000);
  });

  it('apply to orders taken by phone too', async () => {
    live = await startLiveApp();
    const { app } = live;
    const session = await app.call('startSession', { name: 'Live tối' });
    await app.call('startFlashSale', { productId: live.productId('CF2'), dealPrice: 119000, quantity: 5, durationSec: 300 });
    await app.call('createManualOrder', { sessionId: session.id, customerName: 'Cô Ba', phone: '0912345678', address: '', items: [{ productId: live.productId('CF2'), qty: 2 }] });
    expect(linePrice(live, 'Cô Ba', 'CF2')).toBe(119000);
  });
});
