import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyOverlayPatch,
  AskTracker,
  buildOverlayView,
  DEFAULT_OVERLAY_STATE,
  formatCountdown,
  layoutForCanvas,
  maskPhoneNumbers,
  OVERLAY_BOXES,
  DESIGN_CANVAS,
  OVERLAY_KINDS,
  overlayStatePatchSchema,
  readOverlayState,
  removePhoneNumbers,
  shortenBuyerName,
  type OverlayLive,
  type TickerOrder,
} from '../../src/core/overlay';
import type { Product } from '../../src/core/catalog/product';

const honey: Product = {
  id: 7, code: 'MO1', name: 'Mật ong rừng U Minh 500ml', price: 180000, unit: 'hũ', stock: 20, aliases: [], ocopStars: 4,
  description: '', image: 'images/mo1.jpg', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z',
};

const order = (id: number, name: string, items: [string, number][], total: number, createdAt = '2026-05-01T10:00:00.000Z', cancelled = false): TickerOrder => ({
  id, code: `DH${id}`, customerName: name, items: items.map(([code, qty]) => ({ code, qty })), total, cancelled, createdAt,
});

const live = (overrides: Partial<OverlayLive> = {}): OverlayLive => ({
  product: honey,
  orders: [],
  salesTotal: 0,
  flashProduct: null,
  flashSold: 0,
  payment: { ready: false, bankName: '' },
  urls: { productImage: (p) => `/overlays/product-image/${p.id}`, logo: '/overlays/logo', paymentQr: '/overlays/payment-qr.svg' },
  ...overrides,
});

const now = new Date('2026-05-01T10:00:00.000Z');

describe('buyer names on the stream', () => {
  it('keeps the given name and makes the rest initials', () => {
    expect(shortenBuyerName('Nguyễn Thị Minh Anh')).toBe('N.T.M. Anh');
    expect(shortenBuyerName('Lan Nguyễn')).toBe('L. Nguyễn');
    expect(shortenBuyerName('  bà   Tư  ')).toBe('B. Tư');
    expect(shortenBuyerName('honeylover_2024')).toBe('honeylover_2024');
  });

  it('never shows a phone number, however it is written', () => {
    for (const name of ['Lan 0912345678', 'Lan 0912 345 678', 'Lan 091.234.5678', 'Lan +84 912 345 678', '0912-345-678 Lan']) {
      const short = shortenBuyerName(name);
      expect(short).not.toMatch(/\d{3}/);
      expect(short).toContain('Lan');
    }
    expect(shortenBuyerName('0912345678')).toBe('Khách');
    expect(removePhoneNumbers('gọi 0987 654 321 nhé')).toBe('gọi nhé');
    expect(maskPhoneNumbers('sđt 0987654321')).toBe('sđt ***');
  });

  it('never lets a phone-number-sized run of digits through, for any name', () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^0[35789]\d{8}$/), fc.string(), (before, phone, after) => {
        expect(shortenBuyerName(`${before} ${phone} ${after}`)).not.toContain(phone);
        expect(shortenBuyerName(`${before}${phone}${after}`).replace(/\D/g, '')).not.toContain(phone.slice(0, 7));
      }),
      { numRuns: 400 },
    );
  });

  it('cuts very long names to 18 characters', () => {
    expect([...shortenBuyerName('Siêuthịđặcsảnmiềntâyvàmiềnbắc')].length).toBe(18);
  });
});

describe('the overlay view', () => {
  it('shows the product card with price in đồng, OCOP stars and the comment to type', () => {
    const view = buildOverlayView(DEFAULT_OVERLAY_STATE, live(), now, 1);
    expect(view.visible.card).toBe(true);
    expect(view.card).toMatchObject({ name: 'Mật ong rừng U Minh 500ml', priceText: '180.000 ₫', stars: 4, commentText: 'Bình luận: MO1 x2', imageUrl: '/overlays/product-image/7' });
    expect(view.card?.starsText).toBe('★★★★☆ OCOP 4 sao');
  });

  it('hides the card when nothing is showcased, and hides overlays with nothing to say', () => {
    const state = applyOverlayPatch(DEFAULT_OVERLAY_STATE, { visible: { lowerThird: true, goal: true, payment: true, flashSale: true } });
    const view = buildOverlayView(state, live({ product: null }), now, 1);
    expect(view.visible).toEqual({ card: false, lowerThird: false, flashSale: false, ticker: false, payment: false, goal: false });
  });

  it('lists the newest orders in the ticker with short names and no cancelled orders', () => {
    const orders = [
      order(3, 'Trần Văn Bình 0912345678', [['MO1', 2]], 360000),
      order(2, 'Lê Thị Hoa', [['YEN1', 1]], 90000, undefined, true),
      order(1, 'Phạm Minh', [['MO1', 1], ['YEN1', 1], ['CHUOI', 3], ['TRA', 1]], 500000),
    ];
    const view = buildOverlayView(DEFAULT_OVERLAY_STATE, live({ orders }), now, 1);
    expect(view.ticker.items.map((item) => item.text)).toEqual(['T.V. Bình vừa chốt MO1 x2', 'P. Minh vừa chốt MO1 x1, YEN1 x1, CHUOI x3 +1']);
    expect(JSON.stringify(view)).not.toContain('0912345678');
  });

  it('counts the flash sale down and says how many are left', () => {
    const state = applyOverlayPatch(DEFAULT_OVERLAY_STATE, {
      visible: { flashSale: true },
      flashSale: { productId: 7, dealPrice: 149000, quantity: 10, startedAt: '2026-05-01T09:59:00.000Z', endsAt: '2026-05-01T10:04:59.000Z' },
    });
    const view = buildOverlayView(state, live({ flashProduct: honey, flashSold: 3 }), now, 1);
    expect(view.visible.flashSale).toBe(true);
    expect(view.flashSale).toMatchObject({ running: true, timeLeftText: '04:59', dealPriceText: '149.000 ₫', regularPriceText: '180.000 ₫', quantityText: 'Còn 7 suất' });
    const after = buildOverlayView(state, live({ flashProduct: honey, flashSold: 12 }), new Date('2026-05-01T10:06:00.000Z'), 2);
    expect(after.flashSale).toMatchObject({ running: false, timeLeftText: '00:00', quantityText: 'Hết suất', endsAt: null });
    expect(after.visible.flashSale).toBe(false);
  });

  it('fills the sales goal bar and stops at 100%', () => {
    const state = applyOverlayPatch(DEFAULT_OVERLAY_STATE, { visible: { goal: true }, goal: { target: 2_000_000 } });
    expect(buildOverlayView(state, live({ salesTotal: 500_000 }), now, 1).goal).toMatchObject({ percent: 25, currentText: '500.000 ₫', targetText: '2.000.000 ₫' });
    expect(buildOverlayView(state, live({ salesTotal: 9_000_000 }), now, 1).goal.percent).toBe(100);
  });

  it('formats the countdown as mm:ss, or h:mm:ss past an hour', () => {
    expect(formatCountdown(299_000)).toBe('04:59');
    expect(formatCountdown(298_001)).toBe('04:59');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatCountdown(-5)).toBe('00:00');
  });
});

describe('overlay settings', () => {
  it('changes only what a patch names', () => {
    const patch = overlayStatePatchSchema.parse({ theme: { accent: '#ff0000' }, visible: { goal: true } });
    const next = applyOverlayPatch(DEFAULT_OVERLAY_STATE, patch);
    expect(next.theme).toEqual({ ...DEFAULT_OVERLAY_STATE.theme, accent: '#ff0000' });
    expect(next.visible).toEqual({ ...DEFAULT_OVERLAY_STATE.visible, goal: true });
    expect(next.goal).toEqual(DEFAULT_OVERLAY_STATE.goal);
  });

  it('refuses a colour that is not #RRGGBB (colours go into CSS)', () => {
    expect(overlayStatePatchSchema.safeParse({ theme: { primary: 'red;background:url(http://x)' } }).success).toBe(false);
  });

  it('reads back a saved state section by section, keeping what still fits', () => {
    const state = readOverlayState({ theme: { accent: '#123456', primary: 42 }, goal: { target: 5000 }, unknown: 1 });
    expect(state.theme).toEqual(DEFAULT_OVERLAY_STATE.theme); // a broken section falls back whole
    expect(state.goal).toEqual({ ...DEFAULT_OVERLAY_STATE.goal, target: 5000 });
    expect(readOverlayState(undefined)).toEqual(DEFAULT_OVERLAY_STATE);
  });
});

describe('overlay layouts', () => {
  it('keeps every box inside its canvas, for 16:9 and 9:16', () => {
    for (const layout of ['landscape', 'portrait'] as const) {
      const canvas = DESIGN_CANVAS[layout];
      for (const kind of OVERLAY_KINDS) {
        const box = OVERLAY_BOXES[layout][kind];
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.w).toBeLessThanOrEqual(canvas.width);
        expect(box.y + box.h).toBeLessThanOrEqual(canvas.height);
      }
    }
    expect(layoutForCanvas(1080, 1920)).toBe('portrait');
    expect(layoutForCanvas(1280, 720)).toBe('landscape');
  });
});

describe('auto-showcase choice', () => {
  const rules = { threshold: 3, windowSec: 60 };

  it('picks a product once enough different buyers asked within the window', () => {
    const asks = new AskTracker();
    asks.record('a', ['MO1'], 0);
    asks.record('b', ['MO1', 'YEN1'], 1_000);
    asks.record('b', ['MO1'], 2_000);
    expect(asks.pick(2_000, rules, null, false)).toBeNull(); // two buyers
    asks.record('c', ['MO1'], 3_000);
    expect(asks.pick(3_000, rules, 'YEN1', true)).toBeNull(); // a flash sale runs
    expect(asks.pick(3_000, rules, 'MO1', false)).toBeNull(); // already on screen
    expect(asks.pick(3_000, rules, 'YEN1', false)).toBe('MO1');
  });

  it('forgets asks older than the window and switches at most once per window', () => {
    const asks = new AskTracker();
    for (const [user, at] of [['a', 0], ['b', 20_000], ['c', 70_000]] as const) asks.record(user, ['MO1'], at);
    expect(asks.pick(70_000, rules, null, false)).toBeNull(); // "a" asked more than 60 s ago
    asks.record('d', ['MO1'], 71_000);
    expect(asks.pick(71_000, rules, null, false)).toBe('MO1');
    for (const user of ['e', 'f', 'g']) asks.record(user, ['TRA1'], 80_000);
    expect(asks.pick(80_000, rules, 'MO1', false)).toBeNull();
    expect(asks.pick(131_500, rules, 'MO1', false)).toBe('TRA1');
  });
});
