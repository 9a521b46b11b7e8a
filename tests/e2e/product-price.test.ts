// Prices typed into the product form the ways sellers write them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/app-server';

let t: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  t = await startTestServer({ withUi: true });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${t.url}/#/products`);
  await page.getByText('Chưa có sản phẩm nào').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function addProduct(code: string, price: string): Promise<void> {
  await page.getByRole('button', { name: 'Thêm sản phẩm' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Mã').fill(code);
  await dialog.getByLabel('Tên sản phẩm').fill(`Mật ong ${code}`);
  await dialog.getByLabel('Giá (đồng)').fill(price);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
}

describe('the price in the product form', () => {
  it.each([
    ['MO1', '150000'],
    ['MO2', '150.000'],
    ['MO3', '150,000'],
  ])('typed for %s as "%s" is saved as 150.000 ₫', async (code, price) => {
    await addProduct(code, price);
    const row = page.getByRole('row').filter({ hasText: code });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('150.000 ₫');
  });

  it('typed with decimals or in words is explained, and nothing is saved until it is fixed', async () => {
    await addProduct('MO4', '150,5');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('alert').innerText()).resolves.toBe(
      'Giá “150,5” chưa đúng. Hãy gõ số tiền bằng đồng, không có phần lẻ, ví dụ 150000, 150.000 hoặc 150,000.',
    );
    expect(((await t.post('listProducts', {})).json.result as unknown[]).length).toBe(3);
    await dialog.getByLabel('Giá (đồng)').fill('một trăm nghìn');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Giá “một trăm nghìn” chưa đúng' }).waitFor();
    await dialog.getByLabel('Giá (đồng)').fill('99.000');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('row').filter({ hasText: 'MO4' }).waitFor();
    await expect(page.getByRole('row').filter({ hasText: 'MO4' }).innerText()).resolves.toContain('99.000 ₫');
  });
});
