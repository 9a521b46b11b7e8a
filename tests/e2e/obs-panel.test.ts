// The OBS and overlay panels of the Live screen, driven in Chromium: overlay
// switches, the product keys, the flash sale, the content form, and OBS itself
// (a real OBS under Xvfb) connected, set up and previewed from the panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/app-server';
import { obsMissingReason, startObs, type RunningObs } from '../helpers/obs';
import type { Product } from '../../src/core/catalog/product';
import type { OverlayState } from '../../src/core/overlay';

let t: TestServer;
let browser: Browser;
let page: Page;
const products: Product[] = [];

async function post<T>(name: string, body: unknown = {}): Promise<T> {
  const { json } = await t.post(name, body);
  if (!json.ok) throw new Error(`${name}: ${JSON.stringify(json.error)}`);
  return json.result as T;
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const until = Date.now() + 10_000;
  let last: T | undefined;
  while (Date.now() < until) {
    last = await read();
    if (ok(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(last)?.slice(0, 200)}`);
}

const showcasedCode = async () => (await post<{ showcase: { product: Product | null } | null }>('getLiveState')).showcase?.product?.code ?? null;

beforeAll(async () => {
  t = await startTestServer({ withUi: true });
  for (const [code, name] of [['MO1', 'Mật ong rừng'], ['YEN1', 'Yến sào Khánh Hoà'], ['TRA1', 'Trà Shan tuyết']]) {
    products.push(await post<Product>('createProduct', { code, name, price: 100000, stock: 10 }));
  }
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${t.url}/#/live`);
  await page.locator('[data-panel="overlays"]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the overlay panel', () => {
  it('shows and hides an overlay with its switch', async () => {
    await page.locator('input[data-overlay="goal"]').check();
    await eventually(() => post<OverlayState>('getOverlayState'), (state) => state.visible.goal, 'the goal shown');
    await page.locator('input[data-overlay="goal"]').uncheck();
    await eventually(() => post<OverlayState>('getOverlayState'), (state) => !state.visible.goal, 'the goal hidden');
  });

  it('steps through the products with "." and "," and hides every overlay with H', async () => {
    // The catalog's own order (as the showcase picker lists it).
    const order = (await post<Product[]>('listProducts', {})).map((product) => product.code);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('.');
    await eventually(showcasedCode, (code) => code === order[0], 'the first product on screen');
    await page.keyboard.press('.');
    await eventually(showcasedCode, (code) => code === order[1], 'the second product on screen');
    await page.keyboard.press(',');
    await eventually(showcasedCode, (code) => code === order[0], 'back to the first');
    await page.keyboard.press(',');
    await eventually(showcasedCode, (code) => code === order[2], 'round to the last product');
    await page.keyboard.press('h');
    const state = await eventually(() => post<OverlayState>('getOverlayState'), (s) => Object.values(s.visible).every((v) => !v), 'all hidden');
    expect(Object.values(state.visible)).toEqual([false, false, false, false, false, false]);
    // The switch follows the server's event a moment later: wait for it, do not read at once.
    await eventually(() => page.locator('input[data-overlay="card"]').isChecked(), (checked) => !checked, 'the card switch off');
  });

  it('starts a flash-sale countdown for the showcased product and stops it', async () => {
    const panel = page.locator('[data-panel="overlays"]');
    await panel.getByLabel('Giá flash sale (đồng)').fill('79000');
    await panel.getByLabel('Số suất (0: không giới hạn)').fill('15');
    await panel.getByLabel('Thời gian (phút)').fill('2');
    await panel.getByRole('button', { name: 'Bắt đầu đếm ngược' }).click();
    await expect(page.getByTestId('flash-running').innerText()).resolves.toMatch(/^Đang chạy: còn 0[12]:\d\d · Còn 15 suất$/);
    const state = await post<OverlayState>('getOverlayState');
    const lastCode = (await post<Product[]>('listProducts', {})).at(-1)?.code; // on screen since the "," key went round
    expect(state.flashSale).toMatchObject({ productId: products.find((p) => p.code === lastCode)!.id, dealPrice: 79000, quantity: 15, durationSec: 120 });
    await panel.getByRole('button', { name: 'Dừng' }).click();
    await page.getByTestId('flash-running').waitFor({ state: 'detached' });
  });

  it('saves the payment account and lower third, refusing nothing that is right', async () => {
    const panel = page.locator('[data-panel="overlays"]');
    await panel.getByLabel('Ngân hàng nhận tiền').selectOption('970415');
    await panel.getByLabel('Số tài khoản').fill('0011 0019 32418');
    await panel.getByLabel('Tên chủ tài khoản (không dấu)').fill('nguyen thi lan');
    await panel.getByLabel('Dòng chữ dưới: tiêu đề').fill('HTX Mật ong <b>Đồng Tháp</b>');
    await panel.getByRole('button', { name: 'Lưu nội dung' }).click();
    await page.getByText('Đã cập nhật lớp phủ.').waitFor();
    const state = await post<OverlayState>('getOverlayState');
    expect(state.payment).toEqual({ bin: '970415', account: '0011001932418', accountName: 'NGUYEN THI LAN' });
    expect(state.lowerThird.title).toBe('HTX Mật ong <b>Đồng Tháp</b>');
  });
});

describe('the OBS panel', () => {
  it('explains a refused connection with the steps to fix it', async () => {
    const panel = page.locator('[data-panel="obs"]');
    await panel.getByLabel('Cổng').fill('1');
    await panel.getByLabel('Mật khẩu WebSocket').fill('x');
    await panel.getByRole('button', { name: 'Kết nối' }).click();
    const alert = await panel.getByTestId('obs-error').innerText();
    expect(alert).toMatch(/OBS Studio chưa mở|WebSocket Server Settings/);
    await expect(panel.getByTestId('obs-state').innerText()).resolves.toBe('Chưa kết nối');
  });

  const missing = obsMissingReason();
  it.skipIf(missing !== null)(`connects to a real OBS, sets up the scene and shows a live preview${missing ? ` (skipped: ${missing})` : ''}`, async () => {
    let obs: RunningObs | undefined;
    try {
      obs = await startObs();
      const panel = page.locator('[data-panel="obs"]');
      await panel.getByLabel('Cổng').fill(String(obs.port));
      await panel.getByLabel('Mật khẩu WebSocket').fill(obs.password);
      await panel.getByRole('button', { name: 'Kết nối' }).click();
      await panel.getByTestId('obs-state').getByText(/^Đã kết nối OBS \d+\./).waitFor();
      await panel.getByRole('button', { name: 'Dựng cảnh OCOP Live' }).click();
      await page.getByText(/Đã dựng cảnh OCOP Live \(nguồn ảnh và chữ có sẵn của OBS, khung 1280×720\)/).waitFor();
      await panel.getByLabel('Chuyển cảnh').selectOption('OCOP Live');
      await eventually(() => post<{ current: string }>('listObsScenes'), (scenes) => scenes.current === 'OCOP Live', 'OCOP Live on air');
      const preview = panel.getByTestId('obs-preview');
      await preview.waitFor();
      const size = await preview.evaluate(async (img) => {
        const image = img as HTMLImageElement;
        await image.decode();
        return [image.naturalWidth, image.naturalHeight];
      });
      expect(size).toEqual([480, 270]);
      // Saved with "remember": the password went to the secret store, not the settings.
      const status = await post<{ passwordSaved: boolean }>('getObsStatus');
      expect(status.passwordSaved).toBe(true);
      await panel.getByRole('button', { name: 'Ngắt kết nối' }).click();
      await panel.getByTestId('obs-state').getByText('Chưa kết nối', { exact: true }).waitFor();
    } finally {
      await obs?.stop();
    }
  });
});
