// Overlay pages in Chromium, as an OBS browser source shows them: every
// overlay at 1920×1080 and 1080×1920, text from the catalog and chat drawn as
// text, nothing loaded from outside the machine, and updates arriving fast.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/app-server';
import { makeTempDir } from '../helpers/temp-dir';
import { qrPng } from '../../src/adapters/qr/qr-image';
import { parseVietQr } from '../../src/core/vietqr';
import { OVERLAY_BOXES, OVERLAY_KINDS, type OverlayKind } from '../../src/core/overlay';
import type { Product } from '../../src/core/catalog/product';
import type { OrderSummary } from '../../src/app/contract/live';

const run = promisify(execFile);
let t: TestServer;
let browser: Browser;
const shots = makeTempDir('ocop-overlay-shots-');
let honey: Product;
let evil: Product;
const external: string[] = [];
const dialogs: string[] = [];

async function post<T>(name: string, body: unknown): Promise<T> {
  const { json } = await t.post(name, body);
  if (!json.ok) throw new Error(`${name}: ${JSON.stringify(json.error)}`);
  return json.result as T;
}

async function showcase(product: Product | null): Promise<void> {
  await post('setShowcase', { productId: product?.id ?? null });
}

function order(id: number, customerName: string, code: string, qty: number, total: number): OrderSummary {
  const at = new Date().toISOString();
  return {
    id, code: `DH${id}`, sessionId: null, customerId: id, customerName, status: 'pending',
    items: [{ code, name: code, qty, unitPrice: total / qty }], total, createdAt: at, updatedAt: at,
  };
}

async function openOverlay(path: string, width: number, height: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('request', (request) => {
    if (!request.url().startsWith(t.url) && !request.url().startsWith('data:')) external.push(request.url());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${t.url}${path}`);
  await page.waitForFunction(() => document.body.dataset.version !== undefined);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Opaque pixels of a PNG, counted by Chromium itself from a blank page. */
async function paintedPixels(png: Buffer): Promise<number> {
  const page = await browser.newPage();
  const count = await page.evaluate(async (dataUrl) => {
    const img = new Image();
    img.src = dataUrl;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const data = context.getImageData(0, 0, img.width, img.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 200) painted++;
    return painted;
  }, `data:image/png;base64,${png.toString('base64')}`);
  await page.close();
  return count;
}

beforeAll(async () => {
  t = await startTestServer();
  const imageDir = join(t.dataDir, 'images');
  mkdirSync(imageDir);
  // Any real picture will do for the card; a QR code is one we can make here.
  writeFileSync(join(imageDir, 'mo1.png'), await qrPng('Mật ong rừng U Minh', { width: 300, dark: '#7a4a00ff', light: '#ffe9a8ff' }));
  honey = await post<Product>('createProduct', { code: 'MO1', name: 'Mật ong rừng U Minh 500ml', price: 180000, unit: 'hũ', stock: 50, ocopStars: 4, image: 'images/mo1.png' });
  evil = await post<Product>('createProduct', { code: 'XSS1', name: '<img src=x onerror=alert(1)>', price: 1000, stock: 5, ocopStars: 3, image: 'https://example.com/tracker.png' });
  await post('updateOverlayState', {
    visible: { card: true, lowerThird: true, ticker: true, payment: true, goal: true },
    lowerThird: { title: 'HTX Mật ong Đồng Tháp', subtitle: 'Đặc sản OCOP 4 sao – giao hàng toàn quốc' },
    goal: { target: 2_000_000, label: 'Mục tiêu tối nay' },
    payment: { bin: '970415', account: '0011001932418', accountName: 'NGUYEN THI LAN' },
  });
  await post('startFlashSale', { productId: honey.id, dealPrice: 149000, quantity: 20, durationSec: 600 });
  await showcase(honey);
  t.app.context.events.emit('orderChanged', { reason: 'created', order: order(1, 'Nguyễn Thị Minh Anh', 'MO1', 2, 360000) });
  t.app.context.events.emit('orderChanged', { reason: 'created', order: order(2, 'Chú Tư 0912 345 678', 'MO1', 1, 180000) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
  // OCOP_KEEP_SHOTS=1 keeps the screenshots to look at; otherwise they go with the run.
  if (process.env.OCOP_KEEP_SHOTS) console.log(`overlay screenshots in ${shots.dir}`);
  else shots.cleanup();
});

describe('overlay pages for OBS', () => {
  const layouts = [
    { name: 'landscape' as const, width: 1920, height: 1080 },
    { name: 'portrait' as const, width: 1080, height: 1920 },
  ];

  for (const layout of layouts) {
    it(`draws each overlay at ${layout.width}×${layout.height} in its box, on a transparent page`, async () => {
      for (const kind of OVERLAY_KINDS) {
        const page = await openOverlay(`/overlays/${kind}?layout=${layout.name}`, layout.width, layout.height);
        const root = page.locator(`.ov-${kind}`);
        await page.waitForFunction((k) => {
          const node = document.querySelector(`.ov-${k}`);
          return node !== null && node.classList.contains('shown') && getComputedStyle(node).opacity === '1';
        }, kind);
        await page.waitForTimeout(450); // let the entrance finish
        const box = await root.boundingBox();
        const expected = OVERLAY_BOXES[layout.name][kind as OverlayKind];
        expect(box, kind).not.toBeNull();
        expect(Math.round(box!.x)).toBe(expected.x);
        expect(Math.round(box!.y)).toBe(expected.y);
        expect(Math.round(box!.width)).toBe(expected.w);
        // Every text is drawn inside the panel with room to be read, and no price is broken over two lines.
        const problems = await page.evaluate((k) => {
          const panel = document.querySelector(`.ov-${k} .panel`)!.getBoundingClientRect();
          const found: string[] = [];
          const walker = document.createTreeWalker(document.querySelector(`.ov-${k}`)!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent?.trim() ?? '';
            if (text === '') continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            const rect = range.getBoundingClientRect();
            const owner = node.parentElement!.getBoundingClientRect();
            if (owner.height < 1 || owner.width < 1) found.push(`"${text}" has no room`);
            else if (rect.left < panel.left - 1 || rect.right > panel.right + 1 || rect.top < panel.top - 1 || owner.bottom > panel.bottom + 1) found.push(`"${text}" leaves the panel`);
            if (/₫/.test(text) && new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) found.push(`"${text}" breaks over lines`);
          }
          return found;
        }, kind);
        expect(problems, `${kind} ${layout.name}`).toEqual([]);
        const png = await page.screenshot({ omitBackground: true });
        writeFileSync(join(shots.dir, `${kind}-${layout.name}.png`), png);
        const painted = await paintedPixels(png);
        // Something drawn, most of the page still see-through for the camera behind.
        expect(painted, `${kind} ${layout.name}`).toBeGreaterThan(expected.w * expected.h * 0.3);
        if (kind === 'payment') {
          // The QR on the stream is one a bank app can read: a real QR reader gets the account's static VietQR back.
          const { stdout } = await run('/usr/bin/zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', join(shots.dir, `${kind}-${layout.name}.png`)]);
          expect(stdout.trim()).toBe('00020101021138570010A00000072701270006970415011300110019324180208QRIBFTTA53037045802VN6304' + stdout.trim().slice(-4));
          expect(parseVietQr(stdout.trim())).toMatchObject({ bin: '970415', account: '0011001932418', amount: null });
        }
        expect(painted, `${kind} ${layout.name}`).toBeLessThan(layout.width * layout.height * 0.35);
        await page.close();
      }
    });
  }

  it('shows the product card with its Vietnamese name, price in đồng, stars and the comment code', async () => {
    const page = await openOverlay('/overlays/all?layout=landscape', 1920, 1080);
    await page.waitForFunction(() => document.querySelector('.ov-card')?.classList.contains('shown'));
    await expect(page.locator('.card-name').innerText()).resolves.toBe('Mật ong rừng U Minh 500ml');
    await expect(page.locator('.card-price').innerText()).resolves.toBe('180.000 ₫ / hũ');
    await expect(page.locator('.card-stars').innerText()).resolves.toBe('★★★★☆ OCOP 4 sao');
    await expect(page.locator('.card-comment').innerText()).resolves.toBe('Bình luận: MO1 x2');
    const loaded = await page.locator('.card-img').evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth);
    expect(loaded).toBe(300);
    const fontUsed = await page.evaluate(() => document.fonts.check('700 44px "Be Vietnam Pro"', 'Mật ong đặc sản'));
    expect(fontUsed).toBe(true);
    await expect(page.locator('.tk-item').allInnerTexts()).resolves.toEqual(['C. Tư vừa chốt MO1 x1', 'N.T.M. Anh vừa chốt MO1 x2']);
    await expect(page.locator('.goal-figures').innerText()).resolves.toBe('540.000 ₫ / 2.000.000 ₫');
    await expect(page.locator('.pay-bank').innerText()).resolves.toBe('VietinBank');
    await expect(page.locator('.fs-time').innerText()).resolves.toMatch(/^(10:00|0\d:[0-5]\d)$/);
    await expect(page.locator('.fs-qty').innerText()).resolves.toBe('Còn 20 suất'); // the ticker's orders above are events only: no unit of the deal is sold in the order book yet
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/0912|345 678/);
    await page.close();
  });

  it('renders a product named <img src=x onerror=alert(1)> as text, runs nothing and loads nothing from outside', async () => {
    const page = await openOverlay('/overlays/card?layout=landscape', 1920, 1080);
    await showcase(evil);
    await page.waitForFunction(() => document.querySelector('.card-name')?.textContent === '<img src=x onerror=alert(1)>');
    await page.waitForTimeout(300);
    await expect(page.locator('.ov-card img').count()).resolves.toBe(1); // only the card's own picture slot
    await expect(page.locator('.card-img').getAttribute('src')).resolves.toBeNull(); // a web address is never loaded
    expect(dialogs).toEqual([]);
    await page.close();
    await showcase(honey);
  });

  it('made no request outside this machine from any overlay page', () => {
    expect(external).toEqual([]);
  });

  it('updates an open page within a couple of frames of the showcase changing', async () => {
    const page = await openOverlay('/overlays/card?layout=landscape', 1920, 1080);
    await page.evaluate(() => {
      const name = document.querySelector('.card-name')!;
      new MutationObserver(() => ((window as unknown as { changedAt: number }).changedAt = Date.now())).observe(name, { childList: true, characterData: true, subtree: true });
    });
    let sentAt = 0;
    const stop = t.app.subscribe((event) => {
      if (event.event === 'showcaseChanged') sentAt = Date.now(); // the moment the app says the product changed
    });
    const latencies: number[] = [];
    for (let i = 0; i < 10; i++) {
      const product = i % 2 === 0 ? evil : honey;
      await showcase(product);
      await page.waitForFunction((name) => document.querySelector('.card-name')?.textContent === name, product.name, { polling: 'raf' });
      latencies.push((await page.evaluate(() => (window as unknown as { changedAt: number }).changedAt)) - sentAt);
      await page.waitForTimeout(40);
    }
    stop();
    latencies.sort((a, b) => a - b);
    console.log(`showcase → overlay DOM latency ms: median ${latencies[5]}, max ${latencies[9]}`);
    expect(latencies[5]).toBeLessThan(50);
    await page.close();
  });

  it('puts one buyer’s order code on the payment overlay, which a QR reader reads as that order’s transfer', async () => {
    const session = await post<{ id: number }>('startSession', { name: 'Live QR' });
    const placed = await post<{ order: { id: number; code: string } }>('createManualOrder', {
      sessionId: session.id, customerName: 'Nguyễn Thị Lan', phone: '0912345678', address: '', items: [{ productId: honey.id, qty: 2 }],
    });
    await post('showOrderPayment', { orderId: placed.order.id });
    const page = await openOverlay('/overlays/payment?layout=landscape', 1920, 1080);
    await page.waitForFunction(() => document.querySelector('.pay-amount')?.textContent !== '');
    await expect(page.locator('.pay-amount').innerText()).resolves.toMatch(/^\d{3}\.000 ₫$/);
    await expect(page.locator('.pay-note').innerText()).resolves.toBe(`Đơn ${placed.order.code} · N.T. Lan`);
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.pay-qr');
      return img !== null && img.complete && img.naturalWidth > 0 && img.src.includes('DH');
    });
    const file = join(shots.dir, 'payment-order.png');
    writeFileSync(file, await page.screenshot({ omitBackground: true }));
    const { stdout } = await run('/usr/bin/zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', file]);
    const amount = Number((await page.locator('.pay-amount').innerText()).replace(/\D/g, ''));
    expect(parseVietQr(stdout.trim())).toMatchObject({ bin: '970415', account: '0011001932418', amount, purpose: placed.order.code });
    await post('showOrderPayment', { orderId: null });
    await page.waitForFunction(() => document.querySelector('.pay-note')?.textContent === 'Quét mã để chuyển khoản');
    await page.close();
  });

});
