import { afterEach, describe, expect, it } from 'vitest';
import { orderSummarySchema, liveCommentSchema } from '../../src/app/contract/live';
import { startLiveApp, type LiveApp } from '../helpers/live-app';

let live: LiveApp | undefined;
afterEach(() => {
  live?.close();
  live = undefined;
});
const start = async () => (live = await startLiveApp());
/** An order's lines as [code, qty] pairs, to compare in one line. */
const codesAndQty = (items: readonly { code: string; qty: number }[]) => items.map(({ code, qty }) => [code, qty]);
/** The lines of the first order listed (the only one, in these tests). */
const firstOrderLines = async (app: LiveApp['app']) => codesAndQty((await app.call('listOrders', {}))[0]!.items);

describe('the raw chat log', () => {
  it('stores every comment before acting on it, with what the parser and order book made of it beside it', async () => {
    const { say, count, app } = await start();
    const receipt = await say('Lan', 'mật ong giá bao nhiêu vậy shop');
    expect(receipt.status).toBe('stored');
    expect(receipt.outcome).toMatchObject({ intent: 'question', action: 'none' });
    const row = app.context.db
      .prepare('SELECT m.text, m.user_name, o.intent, o.action FROM chat_messages m JOIN chat_outcomes o ON o.chat_message_id = m.id')
      .get() as Record<string, string>;
    expect(row).toEqual({ text: 'mật ong giá bao nhiêu vậy shop', user_name: 'Lan', intent: 'question', action: 'none' });
    expect(count('SELECT count(*) AS n FROM chat_messages')).toBe(1);
  });

  it('keeps the same platform message id once: the second copy changes nothing', async () => {
    const { say, count } = await start();
    const first = await say('Lan', 'chốt 2 chai mật ong', { id: 'tiktok-1' });
    const again = await say('Lan', 'chốt 2 chai mật ong', { id: 'tiktok-1' });
    expect(again).toMatchObject({ status: 'duplicate', chatMessageId: first.chatMessageId, outcome: null });
    expect(count('SELECT count(*) AS n FROM chat_messages')).toBe(1);
    expect(count('SELECT coalesce(sum(qty), 0) AS n FROM order_items')).toBe(2);
  });

  it('counts the same buyer repeating the same text within 10 seconds once, and again after a pause', async () => {
    const { say, count } = await start();
    await say('Lan', 'CF2 x1', { at: 0 });
    const repeat = await say('Lan', 'CF2 x1', { at: 4 });
    expect(repeat.outcome?.action).toBe('duplicate');
    await say('Minh', 'CF2 x1', { at: 5 }); // another buyer is another order
    await say('Lan', 'CF2 x1', { at: 30 }); // a pause: she means another one
    expect(count('SELECT count(*) AS n FROM chat_messages')).toBe(4);
    expect(count("SELECT qty AS n FROM order_items i JOIN orders o ON o.id = i.order_id JOIN customers c ON c.id = o.customer_id WHERE c.display_name = 'Lan'")).toBe(2);
  });

  it('lets the seller change the repeat window, down to counting every comment', async () => {
    const { say, app, count } = await start();
    await app.call('setRepeatWindow', { seconds: 0 });
    await say('Lan', 'CF2 x1', { at: 0 });
    await say('Lan', 'CF2 x1', { at: 1 });
    expect(count('SELECT sum(qty) AS n FROM order_items')).toBe(2);
    expect((await app.call('getLiveState', {})).repeatWindowSeconds).toBe(0);
  });
});

describe('orders from comments', () => {
  it('open one order per buyer per session, with a short transfer code, and later comments add to it', async () => {
    const { say, app } = await start();
    const first = await say('Lan', 'chốt 2 chai mật ong');
    expect(first.outcome).toMatchObject({ intent: 'order', action: 'ordered', orderCode: 'DH0001' });
    await say('Lan', 'CF2 x1');
    const orders = await app.call('listOrders', {});
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({
      code: 'DH0001',
      customerName: 'Lan',
      status: 'pending',
      items: [
        { code: 'MO1', qty: 2, unitPrice: 180_000 },
        { code: 'CF2', qty: 1, unitPrice: 150_000 },
      ],
      total: 510_000,
    });
    await say('Minh', 'MO1 x1');
    expect((await app.call('listOrders', {})).map((order) => order.code)).toEqual(['DH0001', 'DH0002']);
  });

  it('keep the price of the moment they were made when the catalog price changes later', async () => {
    const { say, app, productId } = await start();
    await say('Lan', 'CF2 x2');
    const product = await app.call('getProduct', { id: productId('CF2') });
    await app.call('updateProduct', { id: product.id, fields: { ...product, price: 200_000 } });
    await say('Minh', 'CF2 x1');
    const [lan, minh] = await app.call('listOrders', {});
    expect(lan!.total).toBe(300_000);
    expect(minh!.total).toBe(200_000);
  });

  it('start a new order for the same buyer in a new session', async () => {
    const { say, app } = await start();
    await say('Lan', 'CF2 x1');
    await app.call('startSession', { name: 'Phiên tối' });
    const receipt = await say('Lan', 'CF2 x1');
    expect(receipt.outcome?.orderCode).toBe('DH0002');
    expect(await app.call('listOrders', { sessionId: receipt.sessionId })).toHaveLength(1);
  });

  it('resolve "+1" to the product on screen when the comment arrived, not when it was written', async () => {
    const { say, app, productId } = await start();
    await app.call('setShowcase', { productId: productId('MO1') });
    const plusOne = say('Lan', '+1');
    await app.call('setShowcase', { productId: productId('CF2') }); // the seller moved on before the commit
    expect((await plusOne).outcome).toMatchObject({ action: 'ordered', showcase: 'MO1', items: [{ code: 'MO1', qty: 1 }] });
    expect((await say('Minh', 'chốt')).outcome).toMatchObject({ showcase: 'CF2', items: [{ code: 'CF2', qty: 1 }] });
  });

  it('send "+1" with nothing on screen to the review queue', async () => {
    const { say, app } = await start();
    const receipt = await say('Lan', '+1');
    expect(receipt.outcome).toMatchObject({ intent: 'order', action: 'review' });
    expect(await app.call('listReviewQueue', {})).toEqual([expect.objectContaining({ text: '+1', reason: 'no-product', status: 'open' })]);
  });

  it('save a phone number from any comment on the buyer', async () => {
    const { say, app } = await start();
    await say('Lan', 'CF2 x1');
    await say('Lan', 'sdt em 0912 345 678 nha');
    const [order] = await app.call('listOrders', {});
    expect(order!.customerPhone).toBe('0912345678');
  });

  it('save a landline on the buyer when the comment gives no mobile, though the parser reports it apart from the phone', async () => {
    const { say, app } = await start();
    await say('Lan', 'CF2 x1');
    const receipt = await say('Lan', 'đt bàn 028 3822 1234 nha');
    expect(receipt.outcome).toMatchObject({ intent: 'contact', phone: '02838221234' });
    const [order] = await app.call('listOrders', {});
    expect(order!.customerPhone).toBe('02838221234');
  });

  it('save a mobile of before 2018 on the buyer by the number it has now', async () => {
    const { say, app } = await start();
    await say('Lan', 'CF2 x1');
    const receipt = await say('Lan', 'sđt cũ của cô 0168 345 6789 nha');
    expect(receipt.outcome).toMatchObject({ intent: 'contact', phone: '0383456789' });
    const [order] = await app.call('listOrders', {});
    expect(order!.customerPhone).toBe('0383456789');
  });

  it('save both the phone and the address when one comment gives them together', async () => {
    const { say, count } = await start();
    await say('Tuyết', 'CF2 x1');
    await say('Tuyết', 'sdt 0912345678 dia chi 12 Hùng Vương, Pleiku, Gia Lai');
    expect(count("SELECT count(*) AS n FROM customers WHERE phone = '0912345678' AND address = '12 Hùng Vương, Pleiku, Gia Lai'")).toBe(1);
  });
});

describe('cancels', () => {
  it('without items cancel the open order and put its stock back', async () => {
    const { say, app, stock } = await start();
    await say('Lan', 'chốt 2 chai mật ong');
    expect(stock('MO1')).toBe(3);
    const receipt = await say('Lan', 'hủy đơn');
    expect(receipt.outcome).toMatchObject({ intent: 'cancel', action: 'cancelled' });
    expect(stock('MO1')).toBe(5);
    expect((await app.call('listOrders', {}))[0]!.status).toBe('cancelled');
  });

  it('with items remove those quantities, and a product without a quantity all of it', async () => {
    const { say, app } = await start();
    await say('Lan', 'chốt 3 mật ong');
    await say('Lan', 'CF2 x2');
    await say('Lan', 'huỷ 1 chai mật ong');
    expect(await firstOrderLines(app)).toEqual([
      ['MO1', 2],
      ['CF2', 2],
    ]);
    await say('Lan', 'hủy CF2');
    const [order] = await app.call('listOrders', {});
    expect(codesAndQty(order!.items)).toEqual([['MO1', 2]]);
    expect(order!.status).toBe('pending');
  });

  it('from a buyer with no order change nothing', async () => {
    const { say } = await start();
    expect((await say('Lan', 'hủy đơn')).outcome?.action).toBe('nothing-to-cancel');
  });

  it('that give a new total ("giảm còn 1 chai") go to the review queue instead of adding units', async () => {
    const { say, app } = await start();
    await say('Lan', 'chốt 3 mật ong');
    expect((await say('Lan', 'giảm còn 1 chai mật ong thôi')).outcome?.action).toBe('review');
    expect(await firstOrderLines(app)).toEqual([['MO1', 3]]);
    const [entry] = await app.call('listReviewQueue', {});
    expect(entry).toMatchObject({ text: 'giảm còn 1 chai mật ong thôi', reason: 'set-quantity', status: 'open' });

    // Settled, the entry sets the total: two bottles go back on the shelf, none is added.
    const stockBefore = live!.stock('MO1');
    const placed = await app.call('resolveReview', { id: entry!.id, items: [{ productId: live!.productId('MO1'), qty: 1 }] });
    expect(codesAndQty(placed.order!.items)).toEqual([['MO1', 1]]);
    expect(live!.stock('MO1')).toBe(stockBefore + 2);
    // And one more than held is one more reserved.
    await say('Lan', 'đổi mật ong thành 2 chai');
    const [again] = await app.call('listReviewQueue', {});
    await app.call('resolveReview', { id: again!.id, items: [{ productId: live!.productId('MO1'), qty: 2 }] });
    expect(await firstOrderLines(app)).toEqual([['MO1', 2]]);
    expect(live!.stock('MO1')).toBe(stockBefore + 1);
  });
});

describe('orders for part of a unit ("nửa ký", "5 lạng")', () => {
  it('go to the review queue as such, and settle at the count the seller picks', async () => {
    const { say, app, productId } = await start();
    expect((await say('Lan', 'cho chị nửa gói cà phê')).outcome?.action).toBe('review');
    expect(await app.call('listOrders', {})).toEqual([]);
    const [entry] = await app.call('listReviewQueue', {});
    expect(entry).toMatchObject({ text: 'cho chị nửa gói cà phê', reason: 'part', status: 'open', amount: null });
    await app.call('resolveReview', { id: entry!.id, items: [{ productId: productId('CF2'), qty: 1 }] });
    expect(await firstOrderLines(app)).toEqual([['CF2', 1]]);
  });
});

describe('a change to a product without saying what goes ("đổi sang mật ong")', () => {
  it('goes to the review queue as a swap, and settling adds what the buyer changes to', async () => {
    const { say, app, productId } = await start();
    await say('Lan', 'CF2 x1');
    expect((await say('Lan', 'thôi đổi sang mật ong nha shop')).outcome?.action).toBe('review');
    expect(await firstOrderLines(app)).toEqual([['CF2', 1]]);
    const [entry] = await app.call('listReviewQueue', {});
    expect(entry).toMatchObject({ text: 'thôi đổi sang mật ong nha shop', reason: 'swap', status: 'open' });
    await app.call('resolveReview', { id: entry!.id, items: [{ productId: productId('MO1'), qty: 1 }] });
    expect(await firstOrderLines(app)).toEqual([['CF2', 1], ['MO1', 1]]);
  });
});

describe('an amount with no number ("bao hết mật ong", "lấy một ít")', () => {
  it('goes to the review queue as such, with what the parser read, and settles at the count the seller sets', async () => {
    const { say, app, productId } = await start();
    expect((await say('Lan', 'bao hết mật ong luôn shop ơi')).outcome?.action).toBe('review');
    expect(await app.call('listOrders', {})).toEqual([]);
    const [entry] = await app.call('listReviewQueue', {});
    expect(entry).toMatchObject({ text: 'bao hết mật ong luôn shop ơi', reason: 'vague', status: 'open', items: [{ code: 'MO1', qty: 1 }] });
    await app.call('resolveReview', { id: entry!.id, items: [{ productId: productId('MO1'), qty: 5 }] });
    expect(await firstOrderLines(app)).toEqual([['MO1', 5]]);
  });
});

describe('goods asked for by money ("lấy 200k cà phê")', () => {
  it('go to the review queue as such, and settle at the count the money buys, as the seller works it out', async () => {
    const { say, app, productId } = await start();
    expect((await say('Lan', 'lấy 200k cà phê CF2 nha')).outcome?.action).toBe('review');
    expect(await app.call('listOrders', {})).toEqual([]);
    const [entry] = await app.call('listReviewQueue', {});
    // The entry keeps what the parser read and the money named, for the seller's screen to start from.
    expect(entry).toMatchObject({ text: 'lấy 200k cà phê CF2 nha', reason: 'amount', status: 'open', items: [{ code: 'CF2', qty: 1 }], amount: 200_000 });
    await app.call('resolveReview', { id: entry!.id, items: [{ productId: productId('CF2'), qty: 2 }] });
    expect(await firstOrderLines(app)).toEqual([['CF2', 2]]);
  });
});

describe('goods a buyer says they paid for ("đã chuyển khoản 300k cho 2 gói")', () => {
  it('wait in the review queue, since the money may be for an order already taken', async () => {
    const { say, app, productId } = await start();
    await say('Lan', 'chốt 2 gói cà phê CF2');
    expect((await say('Lan', 'đã chuyển khoản 300k cho 2 gói cà phê CF2 nha')).outcome?.action).toBe('review');
    expect(await firstOrderLines(app)).toEqual([['CF2', 2]]);
    const [entry] = await app.call('listReviewQueue', {});
    expect(entry).toMatchObject({ reason: 'paid', status: 'open' });
    await app.call('resolveReview', { id: entry!.id, items: [{ productId: productId('CF2'), qty: 1 }] });
    expect(await firstOrderLines(app)).toEqual([['CF2', 3]]);
  });
});

describe('the shop’s own voice (the channel owner or a moderator)', () => {
  it('is stored and shown as the shop’s, and makes no order, cancel or contact of its own', async () => {
    const { say, app, count } = await start();
    await say('Lan', 'chốt 2 gói cà phê CF2');
    const staff = await say('Mod Thảo', 'đã ghi đơn chị Lan 2 gói cà phê CF2, sđt chị 0912 345 678', { fromShop: true });
    expect(staff.outcome).toMatchObject({ intent: 'order', action: 'none', orderId: null, detail: { fromShop: true } });
    expect(await app.call('listOrders', {})).toHaveLength(1);
    expect(await firstOrderLines(app)).toEqual([['CF2', 2]]);
    expect(count("SELECT count(*) AS n FROM customers WHERE phone IS NOT NULL")).toBe(0);
    await say('Mod Thảo', 'hủy đơn', { fromShop: true });
    expect((await app.call('listOrders', {}))[0]!.status).toBe('pending');
    // as the feed reads it back from the book
    const sessionId = (await app.call('getLiveState', {})).session!.id;
    const [latest, before] = await app.call('listComments', { sessionId, limit: 2 });
    expect([latest!.detail.fromShop, before!.detail.fromShop]).toEqual([true, true]);
  });
});

describe('a helper’s own account the seller marks as the shop’s', () => {
  it('writes as the shop from its next comment: no order, cancel or contact of its own, until unmarked', async () => {
    const { say, app, count, payloads } = await start();
    const helper = { platform: 'tiktok' as const, userId: 'id-Thảo', userName: 'Thảo' };
    await say('Lan', 'chốt 2 gói cà phê CF2');
    // before it is marked, the helper's relay is an order of the helper's own (the mistake this prevents)
    expect((await say('Thảo', 'chốt 1 chai mật ong cho chị Hoa')).outcome).toMatchObject({ action: 'ordered' });
    expect(await app.call('listOrders', {})).toHaveLength(2);

    expect(await app.call('setStaff', { ...helper, staff: true })).toEqual([helper]);
    expect(payloads('staffChanged').at(-1)).toEqual({ staff: [helper] });
    const relayed = await say('Thảo', 'đã ghi đơn chị Lan thêm 2 gói cà phê CF2, sđt chị 0912 345 678');
    expect(relayed.outcome).toMatchObject({ intent: 'order', action: 'none', orderId: null, detail: { fromShop: true } });
    await say('Thảo', 'hủy đơn');
    const orders = await app.call('listOrders', {});
    expect(orders.map((order) => order.status)).toEqual(['pending', 'pending']);
    expect(count('SELECT count(*) AS n FROM customers WHERE phone IS NOT NULL')).toBe(0);
    // the same name on another platform is someone else
    expect((await say('Thảo', 'chốt 1 chai mật ong', { platform: 'facebook' })).outcome).toMatchObject({ action: 'ordered' });

    // kept in the book: a restarted app knows the helper
    expect(await app.call('listStaff', {})).toEqual([helper]);
    expect(await app.call('setStaff', { ...helper, staff: false })).toEqual([]);
    expect((await say('Thảo', 'cho em 1 chai mật ong')).outcome).toMatchObject({ action: 'ordered' });
  });

  it('is remembered across a restart of the app', async () => {
    const first = await start();
    await first.app.call('setStaff', { platform: 'youtube', userId: 'UC-helper', userName: 'Em Tú', staff: true });
    const dir = first.dir;
    first.app.close();
    const again = await startLiveApp({ dir });
    try {
      expect(await again.app.call('listStaff', {})).toEqual([{ platform: 'youtube', userId: 'UC-helper', userName: 'Em Tú' }]);
      const receipt = await again.app.context.ingest.submit({
        platform: 'youtube',
        messageId: 'yt-helper-1',
        userId: 'UC-helper',
        userName: 'Em Tú',
        text: 'chốt 2 gói cà phê CF2 cho anh Nam',
        sentAt: new Date().toISOString(),
      });
      expect(receipt.outcome).toMatchObject({ action: 'none', detail: { fromShop: true } });
    } finally {
      again.app.close();
    }
  });
});

describe('a cancel the buyer takes back ("thôi không hủy nữa, em vẫn lấy")', () => {
  it('waits in the review queue for the seller to order again, and the cancelled order stays cancelled until then', async () => {
    const { say, app, productId } = await start();
    await say('Lan', 'chốt 2 gói cà phê CF2');
    expect((await say('Lan', 'hủy đơn')).outcome?.action).toBe('cancelled');
    expect((await say('Lan', 'thôi không hủy nữa, em vẫn lấy')).outcome?.action).toBe('review');
    const [entry] = await app.call('listReviewQueue', {});
    expect(entry).toMatchObject({ reason: 'restore', status: 'open' });
    await app.call('resolveReview', { id: entry!.id, items: [{ productId: productId('CF2'), qty: 2 }] });
    const orders = await app.call('listOrders', {});
    expect(orders.map((order) => [order.status, codesAndQty(order.items)])).toEqual(
      expect.arrayContaining([
        ['cancelled', []],
        ['pending', [['CF2', 2]]],
      ]),
    );
  });
});

describe('cancels that count units but name no product', () => {

  it('take them off the one product the buyer holds, not the whole order', async () => {
    const { say, app, stock } = await start();
    await say('Lan', 'chốt 3 mật ong');
    const receipt = await say('Lan', 'bớt 1 chai');
    expect(receipt.outcome).toMatchObject({ intent: 'cancel', action: 'cancelled', items: [{ code: 'MO1', qty: 1 }] });
    expect(await firstOrderLines(app)).toEqual([['MO1', 2]]);
    expect(stock('MO1')).toBe(3);
  });

  it('take them off the product sold by the unit the buyer typed, else the one on screen', async () => {
    const { say, app, productId } = await start();
    await say('Lan', 'chốt 2 mật ong');
    await say('Lan', 'CF2 x2');
    await say('Lan', '1 hũ khô gà');
    await say('Lan', 'hủy 1 hũ');
    expect(await firstOrderLines(app)).toEqual([['MO1', 2], ['CF2', 2]]);
    await app.call('setShowcase', { productId: productId('CF2') });
    expect((await say('Lan', 'bớt 1')).outcome).toMatchObject({ action: 'cancelled', items: [{ code: 'CF2', qty: 1 }] });
    expect(await firstOrderLines(app)).toEqual([['MO1', 2], ['CF2', 1]]);
  });

  it('go to the review queue when several products fit, and settling takes the chosen units off', async () => {
    const { say, app, productId, stock } = await start();
    await say('Lan', 'chốt 2 mật ong');
    await say('Lan', 'CF2 x2');
    expect((await say('Lan', 'bớt 1 cái nha')).outcome?.action).toBe('review');
    expect(await firstOrderLines(app)).toEqual([['MO1', 2], ['CF2', 2]]);
    const [entry] = await app.call('listReviewQueue', {});
    expect(entry).toMatchObject({ reason: 'cancel', status: 'open' });
    const stockBefore = stock('CF2');
    const settled = await app.call('resolveReview', { id: entry!.id, items: [{ productId: productId('CF2'), qty: 1 }] });
    expect(codesAndQty(settled.order!.items)).toEqual([['MO1', 2], ['CF2', 1]]);
    expect(stock('CF2')).toBe(stockBefore + 1);
    expect((await app.call('listComments', {}))[0]).toMatchObject({ text: 'bớt 1 cái nha', action: 'cancelled' });
  });

  it('change nothing for a buyer with no order', async () => {
    const { say, app } = await start();
    expect((await say('Lan', 'bớt 1 chai')).outcome?.action).toBe('nothing-to-cancel');
    expect(await app.call('listReviewQueue', {})).toEqual([]);
  });
});

describe('a swap ("đổi trà xanh sang trà sen")', () => {
  it('puts the new product in the same order, as many as the buyer held of the old one, and frees the old one’s stock', async () => {
    const { say, app, stock } = await start();
    await say('Lan', 'chốt 3 chai mật ong');
    await say('Lan', 'CF2 x1');
    const [before] = await app.call('listOrders', {});
    const receipt = await say('Lan', 'đổi mật ong sang khô gà');
    expect(receipt.outcome).toMatchObject({ action: 'ordered', items: [{ code: 'KS1', qty: 1 }], detail: { swappedOut: [{ code: 'MO1', qty: null }] } });
    const orders = await app.call('listOrders', {});
    expect(orders).toHaveLength(1);
    expect(orders[0]!.code).toBe(before!.code);
    // only two jars of khô gà in stock: the third waits
    expect(codesAndQty(orders[0]!.items)).toEqual([['CF2', 1], ['KS1', 2]]);
    expect(stock('MO1')).toBe(5);
    expect((await app.call('listWaitlist', {})).map((w) => [w.productCode, w.qty])).toEqual([['KS1', 1]]);
  });

  it('with counts said takes those off and puts those in', async () => {
    const { say, app } = await start();
    await say('Lan', 'chốt 3 gói cà phê');
    await say('Lan', 'đổi 2 gói cà phê thành 2 chai mật ong nha shop');
    expect(await firstOrderLines(app)).toEqual([['CF2', 1], ['MO1', 2]]);
    // as the feed reads it back from the book: what came off is still said
    const sessionId = (await app.call('getLiveState', {})).session!.id;
    const [latest] = await app.call('listComments', { sessionId, limit: 1 });
    expect(latest).toMatchObject({ action: 'ordered', detail: { swappedOut: [{ code: 'CF2', qty: 2 }] } });
  });

  it('said the other way round ("lấy Y thay cho X", "đổi X lấy Y") swaps the same', async () => {
    const { say, app } = await start();
    await say('Lan', 'chốt 2 gói cà phê');
    await say('Lan', 'lấy mật ong thay cho cà phê nha');
    expect(await firstOrderLines(app)).toEqual([['MO1', 2]]);
    await say('Lan', 'đổi mật ong lấy khô gà');
    expect(await firstOrderLines(app)).toEqual([['KS1', 2]]);
  });
});

describe('a cancel the parser could not pin down', () => {
  it('goes to the review queue as a cancel, and settling takes units off instead of ordering them', async () => {
    const { say, app, productId } = await start();
    await say('Lan', 'chốt 2 mật ong');
    await say('Lan', 'CF2 x2');
    await say('Lan', 'hủy đơn, giữ lại mật ong');
    const [entry] = await app.call('listReviewQueue', {});
    expect(entry).toMatchObject({ reason: 'cancel' });
    await app.call('resolveReview', { id: entry!.id, items: [{ productId: productId('CF2'), qty: 2 }] });
    const [order] = await app.call('listOrders', {});
    expect(codesAndQty(order!.items)).toEqual([['MO1', 2]]);
    expect(order!.status).toBe('pending');
  });
});

describe('stock and the waitlist', () => {
  it('reserve stock for each order, every change written in the stock ledger', async () => {
    const { say, stock, count, productId } = await start();
    await say('Lan', 'chốt 3 mật ong');
    await say('Lan', 'huỷ 1 chai mật ong');
    expect(stock('MO1')).toBe(3);
    expect(count('SELECT sum(delta) AS n FROM stock_ledger WHERE product_id = ?', productId('MO1'))).toBe(3);
  });

  it('put buyers in line in comment order once a product runs out, and pass freed stock to the first in line', async () => {
    const { say, app, payloads, stock } = await start();
    await say('Lan', 'KS1 x2'); // takes the last two
    const minh = await say('Minh', 'KS1 x1');
    const hoa = await say('Hoa', 'KS1 x1');
    expect(minh.outcome).toMatchObject({ action: 'waitlisted', orderId: null, detail: { waitlisted: [{ code: 'KS1', qty: 1 }] } });
    expect(hoa.outcome?.action).toBe('waitlisted');
    expect((await app.call('listWaitlist', {})).map((entry) => entry.customerName)).toEqual(['Minh', 'Hoa']);

    await say('Lan', 'hủy đơn');
    const promoted = payloads('waitlistPromoted');
    expect(promoted.map((p) => [p.customerName, p.productCode, p.qty, p.complete])).toEqual([
      ['Minh', 'KS1', 1, true],
      ['Hoa', 'KS1', 1, true],
    ]);
    expect(stock('KS1')).toBe(0);
    const orders = await app.call('listOrders', { status: 'pending' });
    expect(orders.map((order) => [order.customerName, order.items[0]!.qty])).toEqual([
      ['Minh', 1],
      ['Hoa', 1],
    ]);
    expect(await app.call('listWaitlist', {})).toEqual([]);
  });

  it('fill what it can of a larger order and put the rest in line', async () => {
    const { say, app } = await start();
    const receipt = await say('Lan', 'KS1 x3');
    expect(receipt.outcome).toMatchObject({ action: 'ordered', detail: { waitlisted: [{ code: 'KS1', qty: 1 }] } });
    expect((await app.call('listOrders', {}))[0]!.items[0]!.qty).toBe(2);
  });

  it('give new stock from a catalog edit to the buyers waiting', async () => {
    const { say, app, productId } = await start();
    await say('Lan', 'bánh tráng 2 bịch');
    const product = await app.call('getProduct', { id: productId('BT3') });
    await app.call('updateProduct', { id: product.id, fields: { ...product, stock: 10 } });
    const [order] = await app.call('listOrders', {});
    expect(order).toMatchObject({ customerName: 'Lan', items: [{ code: 'BT3', qty: 2 }] });
  });

  it('drop a buyer’s own waits when they cancel', async () => {
    const { say, app } = await start();
    await say('Lan', 'bánh tráng 2 bịch');
    expect((await say('Lan', 'hủy đơn')).outcome?.action).toBe('cancelled');
    expect(await app.call('listWaitlist', {})).toEqual([]);
  });
});

describe('the review queue', () => {
  it('holds an order the parser could not match, and one click makes it a normal order of that buyer', async () => {
    const { say, app, productId, payloads } = await start();
    await say('Lan', 'lấy 2 cái kia nha shop');
    const [entry] = await app.call('listReviewQueue', {});
    expect(entry).toMatchObject({ userName: 'Lan', text: 'lấy 2 cái kia nha shop', status: 'open' });
    const placed = await app.call('resolveReview', { id: entry!.id, items: [{ productId: productId('CF2'), qty: 2 }] });
    expect(placed.order).toMatchObject({ customerName: 'Lan', total: 300_000, items: [{ code: 'CF2', qty: 2 }] });
    expect(await app.call('listReviewQueue', {})).toEqual([]);
    expect(payloads('reviewQueueChanged').map((p) => p.change)).toEqual(['added', 'resolved']);
    const [comment] = await app.call('listComments', {});
    expect(comment).toMatchObject({ action: 'ordered', orderCode: placed.order!.code });
    // The buyer's next order joins the same order.
    await say('Lan', 'CF2 x1');
    expect((await app.call('listOrders', {}))).toHaveLength(1);
  });

  it('lets the seller dismiss an entry and undo that', async () => {
    const { say, app } = await start();
    await say('Lan', 'chốt 2');
    const [entry] = await app.call('listReviewQueue', {});
    await app.call('dismissReview', { id: entry!.id });
    expect(await app.call('listReviewQueue', {})).toEqual([]);
    await app.call('reopenReview', { id: entry!.id });
    expect(await app.call('listReviewQueue', {})).toHaveLength(1);
  });

  it('refuses to settle the same entry twice', async () => {
    const { say, app, productId } = await start();
    await say('Lan', 'chốt 2');
    const [entry] = await app.call('listReviewQueue', {});
    await app.call('resolveReview', { id: entry!.id, items: [{ productId: productId('CF2'), qty: 1 }] });
    await expect(app.call('resolveReview', { id: entry!.id, items: [{ productId: productId('CF2'), qty: 1 }] })).rejects.toMatchObject({ code: 'REVIEW_CLOSED' });
  });
});

describe('manual order entry', () => {
  it('takes a phone order, finds the buyer again by phone, and adds to their open order', async () => {
    const { app, productId, stock } = await start();
    const first = await app.call('createManualOrder', { customerName: 'Chị Hằng', phone: '0912.345.678', items: [{ productId: productId('MO1'), qty: 1 }] });
    expect(first.order).toMatchObject({ source: 'manual', customerPhone: '0912345678', total: 180_000 });
    const again = await app.call('createManualOrder', { customerName: 'Hằng', phone: '0912345678', items: [{ productId: productId('CF2'), qty: 1 }] });
    expect(again.order!.code).toBe(first.order!.code);
    expect(again.order!.total).toBe(330_000);
    expect(stock('MO1')).toBe(4);
  });

  it('refuses a phone number that is not one', async () => {
    const { app, productId } = await start();
    await expect(app.call('createManualOrder', { customerName: 'A', phone: '12345', items: [{ productId: productId('MO1'), qty: 1 }] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('events', () => {
  it('announce every order change with a summary other features can read', async () => {
    const { say, payloads, app } = await start();
    await say('Lan', 'chốt 2 chai mật ong');
    await say('Lan', 'hủy đơn');
    await say('Minh', 'CF2 x1');
    const minh = (await app.call('listOrders', { status: 'pending' }))[0]!;
    await app.call('cancelOrder', { id: minh.id });
    const changes = payloads('orderChanged');
    expect(changes.map((c) => [c.reason, c.order.customerName, c.order.status, c.order.total])).toEqual([
      ['ordered', 'Lan', 'pending', 360_000],
      ['cancelled', 'Lan', 'cancelled', 0],
      ['ordered', 'Minh', 'pending', 150_000],
      ['cancelled', 'Minh', 'cancelled', 0],
    ]);
    await expect(app.call('cancelOrder', { id: minh.id })).rejects.toMatchObject({ code: 'ORDER_NOT_CANCELLABLE' });
    for (const change of changes) expect(orderSummarySchema.safeParse(change.order).success).toBe(true);
  });

  it('announce comments in bursts, each with its intent and what happened', async () => {
    const { say, payloads } = await start();
    await Promise.all([say('Lan', 'chốt 2 chai mật ong'), say('Minh', 'cà phê còn không shop?'), say('Hoa', 'hủy đơn'), say('Tú', 'đẹp quá')]);
    const bursts = payloads('commentsIngested');
    expect(bursts).toHaveLength(1); // one group commit
    const comments = bursts[0]!.comments;
    expect(comments.map((c) => [c.userName, c.intent, c.action])).toEqual([
      ['Lan', 'order', 'ordered'],
      ['Minh', 'question', 'none'],
      ['Hoa', 'cancel', 'nothing-to-cancel'],
      ['Tú', 'other', 'none'],
    ]);
    for (const comment of comments) expect(liveCommentSchema.safeParse(comment).success).toBe(true);
  });

  it('announce the showcase and store it in the timeline', async () => {
    const { app, payloads, productId, count } = await start();
    await app.call('setShowcase', { productId: productId('MO1') });
    await app.call('setShowcase', { productId: null });
    expect(payloads('showcaseChanged').map((p) => p.product?.code ?? null)).toEqual(['MO1', null]);
    expect(count('SELECT count(*) AS n FROM showcase_events')).toBe(2);
    expect((await app.call('getLiveState', {})).showcase?.product).toBeNull();
  });
});

describe('stream sessions', () => {
  it('start by themselves when a comment arrives with none open, and one at a time', async () => {
    const { say, app } = await start();
    expect((await app.call('getLiveState', {})).session).toBeNull();
    const receipt = await say('Lan', 'chào shop');
    const state = await app.call('getLiveState', {});
    expect(state.session?.id).toBe(receipt.sessionId);
    expect(state.session?.name).toMatch(/^Live /);
    const next = await app.call('startSession', { name: 'Phiên tối' });
    const sessions = await app.call('listSessions', {});
    expect(sessions.map((s) => [s.name, s.endedAt === null])).toEqual([
      ['Phiên tối', true],
      [state.session!.name, false],
    ]);
    expect((await say('Minh', 'chào')).sessionId).toBe(next.id);
    await app.call('endSession', {});
    expect((await app.call('getLiveState', {})).session).toBeNull();
  });

  it('keep each session’s comments apart in the feed, newest first', async () => {
    const { say, app } = await start();
    await say('Lan', 'một');
    await say('Lan', 'hai');
    const evening = await app.call('startSession', { name: 'Tối' });
    await say('Lan', 'ba');
    expect((await app.call('listComments', {})).map((c) => c.text)).toEqual(['ba']);
    expect((await app.call('listComments', { sessionId: evening.id - 1 })).map((c) => c.text)).toEqual(['hai', 'một']);
  });
});

describe('group commit', () => {
  it('stores a burst of thousands of comments in a handful of transactions, every receipt after its commit', async () => {
    const { app, payloads, count } = await start();
    const sessionId = app.context.live.currentId();
    const receipts = await Promise.all(
      Array.from({ length: 5000 }, (_, i) =>
        app.context.ingest.submit(
          { platform: 'youtube', messageId: `y${i}`, userId: `u${i}`, userName: `Khách ${i}`, text: i % 10 === 0 ? 'CF2 x1' : `bình luận ${i}`, sentAt: new Date(Date.UTC(2026, 0, 1) + i).toISOString() },
          { sessionId },
        ),
      ),
    );
    expect(receipts.every((r) => r.status === 'stored')).toBe(true);
    expect(count('SELECT count(*) AS n FROM chat_messages')).toBe(5000);
    expect(count('SELECT count(*) AS n FROM chat_outcomes')).toBe(5000);
    expect(payloads('commentsIngested').length).toBeLessThanOrEqual(10);
    expect(count('SELECT sum(qty) AS n FROM order_items')).toBe(50); // stock of CF2 ran out at 50
    expect(count("SELECT count(*) AS n FROM waitlist WHERE status = 'waiting'")).toBe(450);
  });

  it('writes what is still queued before the app closes', async () => {
    const { app, dir } = await start();
    const pending = app.context.ingest.submit({ platform: 'facebook', messageId: 'f1', userId: 'u1', userName: 'Lan', text: 'CF2 x1', sentAt: new Date().toISOString() });
    app.close();
    await expect(pending).resolves.toMatchObject({ status: 'stored' });
    live = await startLiveApp({ dir });
    expect(live.count('SELECT count(*) AS n FROM chat_messages')).toBe(1);
  });
});

describe('over HTTP', () => {
  it('a comment handed in with submitComment shows in listComments', async () => {
    const { startTestServer } = await import('../helpers/app-server');
    const server = await startTestServer();
    try {
      const submitted = await server.post('submitComment', {
        message: { platform: 'simulator', messageId: 's1', userId: 'u1', userName: 'Lan <b>', text: '<img src=x onerror=alert(1)> chào', sentAt: new Date().toISOString() },
      });
      expect(submitted).toMatchObject({ status: 200, json: { ok: true, result: { status: 'stored' } } });
      const listed = await server.post('listComments', {});
      expect(listed.json.result).toEqual([expect.objectContaining({ userName: 'Lan <b>', text: '<img src=x onerror=alert(1)> chào' })]);
      const bad = await server.post('submitComment', { message: { platform: 'myspace', messageId: '', userId: 'u', userName: 'x', text: 'x', sentAt: 'x' } });
      expect(bad.status).toBe(400);
    } finally {
      await server.close();
    }
  });
});

describe('questions in the chat', () => {
  it('carry the products they ask about, so auto-showcase puts up the card several buyers ask about', async () => {
    const { say, app } = await start();
    const seen: string[][] = [];
    app.subscribe((event) => {
      if (event.event === 'commentsIngested') for (const c of event.payload.comments) seen.push(c.detail.askedAbout ?? []);
    });
    await app.call('updateOverlayState', { autoShowcase: { enabled: true, threshold: 3 } });
    await say('Lan', 'mật ong còn không shop?');
    await say('Minh', 'mat ong gia bn vay');
    await say('Hoa', 'mật ong rừng bao nhiêu 1 chai');
    expect(seen.slice(-3)).toEqual([['MO1'], ['MO1'], ['MO1']]);
    await expect.poll(async () => (await app.call('getLiveState', {})).showcase?.product?.code ?? null).toBe('MO1');
  });
});
