// A seller gives a product its photo and the shop its logo by picking files
// in the app, and sees them on the stream's overlays.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/app-server';
import { makeTempDir } from '../helpers/temp-dir';
import { qrPng } from '../../src/adapters/qr/qr-image';
import type { Product } from '../../src/core/catalog/product';
import type { OverlayState } from '../../src/core/overlay';

let t: TestServer;
let browser: Browser;
let page: Page;
const files = makeTempDir('ocop-pictures-');

async function post<T>(name: string, body: unknown): Promise<T> {
  const { json } = await t.post(name, body);
  if (!json.ok) throw new Error(`${name}: ${JSON.stringify(json.error)}`);
  return json.result as T;
}

beforeAll(async () => {
  t = await startTestServer({ withUi: true });
  writeFileSync(join(files.dir, 'mat-ong.png'), await qrPng('Mật ong rừng', { width: 240, dark: '#7a4a00ff', light: '#ffe9a8ff' }));
  writeFileSync(join(files.dir, 'logo.png'), await qrPng('HTX', { width: 120 }));
  writeFileSync(join(files.dir, 'not-a-picture.png'), 'code,name\nMO1,Mật ong');
  await post('createProduct', { code: 'MO1', name: 'Mật ong rừng U Minh', price: 180000, stock: 10 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
  files.cleanup();
});

describe('pictures picked in the app', () => {
  it('a product photo chosen in the product form goes on the product card of the stream', async () => {
    await page.goto(`${t.url}/#/products`);
    await page.getByRole('row').filter({ hasText: 'MO1' }).getByRole('button', { name: 'Sửa' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('product-picture').setInputFiles(join(files.dir, 'mat-ong.png'));
    await dialog.locator('img.picture-preview').waitFor();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    const [honey] = await post<Product[]>('listProducts', {});
    expect(honey!.image).toMatch(/^images\/.+\.png$/);

    await post('setShowcase', { productId: honey!.id });
    const overlay = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await overlay.goto(`${t.url}/overlays/card?layout=landscape`);
    await overlay.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.card-img');
      return img !== null && img.complete && img.naturalWidth === 240;
    });
    await overlay.close();
  });

  it('a file that is not a picture is refused with a reason, and the product keeps its photo', async () => {
    const before = (await post<Product[]>('listProducts', {}))[0]!.image;
    await page.getByRole('row').filter({ hasText: 'MO1' }).getByRole('button', { name: 'Sửa' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('product-picture').setInputFiles(join(files.dir, 'not-a-picture.png'));
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog.getByRole('alert').innerText()).resolves.toContain('không phải ảnh');
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    expect((await post<Product[]>('listProducts', {}))[0]!.image).toBe(before);
  });

  it('the shop logo chosen on the Live screen goes into the overlays’ theme', async () => {
    await page.goto(`${t.url}/#/live`);
    const panel = page.locator('[data-panel="overlays"]');
    await panel.getByTestId('overlay-logo').setInputFiles(join(files.dir, 'logo.png'));
    const state = await (async () => {
      for (let i = 0; i < 50; i += 1) {
        const current = await post<OverlayState>('getOverlayState', {});
        if (current.theme.logo !== '') return current;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the logo never reached the theme');
    })();
    expect(state.theme.logo).toMatch(/^images\/.+\.png$/);
    await panel.locator('img.picture-preview').waitFor();
    const logo = await fetch(`${t.url}/overlays/logo`);
    expect(logo.headers.get('content-type')).toBe('image/png');
  });
});
