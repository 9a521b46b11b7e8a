import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/app-server';
import { fixturePath } from '../helpers/fixtures';

let t: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  t = await startTestServer({ withUi: true });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${t.url}/#/products`);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('a seller on the Products screen', () => {
  it('sees the app in Vietnamese with the five places to go', async () => {
    await expect(page.getByRole('navigation').getByRole('link').allInnerTexts()).resolves.toEqual([
      'Live',
      'Sản phẩm',
      'Đơn hàng',
      'Đào tạo',
      'Cài đặt',
    ]);
    await page.getByText('Chưa có sản phẩm nào').waitFor();
  });

  it('imports a catalog CSV and sees every product listed with its price in đồng', async () => {
    await page.getByTestId('catalog-file').setInputFiles(fixturePath('catalog-basic.csv'));
    await page.getByText('Đã nhập 4 sản phẩm: 4 mới, 0 cập nhật.').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'MO1' });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('Mật ong rừng U Minh 500ml');
    await expect(row.innerText()).resolves.toContain('180.000 ₫');
    await expect.poll(() => page.getByRole('row').count()).toBe(5); // header + 4
  });

  it('is told every bad line of a broken catalog, and nothing is imported', async () => {
    await page.getByTestId('catalog-file').setInputFiles(fixturePath('catalog-broken.csv'));
    const alert = page.getByRole('alert').filter({ hasText: 'Dòng 3' });
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(/Dòng 4[\s\S]*Dòng 5/);
    await expect(page.getByRole('row').count()).resolves.toBe(5);
  });

  it('finds "Mật ong" by typing "mat ong"', async () => {
    await page.getByRole('searchbox').fill('mat ong');
    await page.getByText('1 sản phẩm').waitFor();
    await expect(page.getByRole('row').nth(1).innerText()).resolves.toContain('MO1');
    await page.getByRole('searchbox').fill('');
    await page.getByText('4 sản phẩm').waitFor();
  });

  it('adds a product through the form', async () => {
    await page.getByRole('button', { name: 'Thêm sản phẩm' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mã').fill('TN1');
    await dialog.getByLabel('Tên sản phẩm').fill('Trà Shan tuyết Hà Giang');
    await dialog.getByLabel('Giá (đồng)').fill('120.000');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('row').filter({ hasText: 'TN1' }).waitFor();
    await expect(page.getByRole('row').filter({ hasText: 'TN1' }).innerText()).resolves.toContain('120.000 ₫');
  });

  it('deletes a product and brings it back with Undo', async () => {
    await page.getByRole('row').filter({ hasText: 'KS1' }).getByRole('button', { name: 'Xoá' }).click();
    await page.getByText('Đã xoá Khô gà lá chanh 200g.').waitFor();
    await page.getByRole('row').filter({ hasText: 'KS1' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await page.getByRole('row').filter({ hasText: 'KS1' }).waitFor();
  });

  it('switches to English and finds it remembered after a reload', async () => {
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    await page.getByLabel('English').check();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByRole('link', { name: 'Products' }).click();
    await page.getByRole('button', { name: 'Import CSV' }).waitFor();
  });
});
