// Backup and restore of the whole order book from the Settings screen, in web mode.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/app-server';
import { readFixture } from '../helpers/fixtures';
import { makeTempDir } from '../helpers/temp-dir';

let t: TestServer;
let browser: Browser;
let page: Page;
const downloads = makeTempDir('ocop-downloads-');

beforeAll(async () => {
  t = await startTestServer({ withUi: true });
  await t.post('importCatalogCsv', { csv: readFixture('catalog-basic.csv') }); // MO1, CF2, KS1, BT3
  browser = await launchChromium();
  page = await browser.newPage({ acceptDownloads: true });
  await page.goto(`${t.url}/#/settings`);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
  downloads.cleanup();
});

const codes = async () => ((await t.post('listProducts', {})).json.result as { code: string }[]).map((p) => p.code).sort();

describe('a seller backing up and restoring the order book from Settings', () => {
  it('makes a backup and is told where it went, and sees it listed with its date, size and what it holds', async () => {
    const panel = page.getByRole('region', { name: 'Sao lưu và khôi phục sổ đơn' });
    await panel.getByText('Chưa có bản sao lưu nào.').waitFor();
    await panel.getByRole('button', { name: 'Sao lưu ngay' }).click();
    const done = panel.getByRole('status');
    await done.filter({ hasText: 'Đã sao lưu vào' }).waitFor();
    await expect(done.innerText()).resolves.toContain(join(t.dataDir, 'backups', 'ocop-live-'));
    const row = panel.getByRole('row').filter({ hasText: '.ocopbak' });
    await row.filter({ hasText: '4 sản phẩm · 0 đơn · 0 khách · 0 bình luận' }).waitFor();
    await expect(row.innerText()).resolves.toMatch(/KB/);
    await expect(row.innerText()).resolves.toMatch(new RegExp(String(new Date().getFullYear())));
  });

  it('changes the data, restores the backup after a confirmation that says what is replaced, and sees the old data', async () => {
    await t.post('createProduct', { code: 'TN9', name: 'Trà Shan tuyết', price: 90_000 });
    const mo1 = ((await t.post('listProducts', { query: 'MO1' })).json.result as { id: number }[])[0]!;
    await t.post('deleteProduct', { id: mo1.id });
    expect(await codes()).toEqual(['BT3', 'CF2', 'KS1', 'TN9']);

    const panel = page.getByRole('region', { name: 'Sao lưu và khôi phục sổ đơn' });
    await panel.getByRole('row').filter({ hasText: '.ocopbak' }).getByRole('button', { name: 'Khôi phục' }).click();
    const dialog = page.getByRole('dialog', { name: 'Khôi phục sổ đơn từ bản sao lưu?' });
    await dialog.waitFor();
    const said = await dialog.innerText();
    expect(said).toContain('Bản sao lưu này có: 4 sản phẩm, 0 khách hàng, 0 đơn hàng');
    expect(said).toContain('Toàn bộ sổ đơn đang dùng');
    expect(said).toContain(join(t.dataDir, 'backups'));

    await dialog.getByRole('button', { name: 'Huỷ' }).click(); // changing one's mind changes nothing
    await dialog.waitFor({ state: 'detached' });
    expect(await codes()).toEqual(['BT3', 'CF2', 'KS1', 'TN9']);

    await panel.getByRole('row').filter({ hasText: 'ocop-live-' }).getByRole('button', { name: 'Khôi phục' }).click();
    await dialog.getByRole('button', { name: 'Khôi phục, thay sổ đơn hiện tại' }).click();
    await panel.getByRole('status').filter({ hasText: 'Đã khôi phục sổ đơn' }).waitFor();
    await expect(panel.getByRole('status').innerText()).resolves.toContain(join(t.dataDir, 'backups', 'before-restore-'));
    // The replaced book is kept, and listed as such.
    await panel.getByRole('row').filter({ hasText: 'Bản giữ lại trước lần khôi phục' }).filter({ hasText: '4 sản phẩm' }).waitFor();

    await page.getByRole('link', { name: 'Sản phẩm' }).click();
    await page.getByRole('row').filter({ hasText: 'MO1' }).waitFor();
    await expect(page.getByRole('row').filter({ hasText: 'TN9' }).count()).resolves.toBe(0);
    expect(await codes()).toEqual(['BT3', 'CF2', 'KS1', 'MO1']);
  });

  it('downloads a backup to keep on a USB stick: one SQLite file with the whole book', async () => {
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    const panel = page.getByRole('region', { name: 'Sao lưu và khôi phục sổ đơn' });
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: 'Tải bản sao lưu về máy (để chép sang USB)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^ocop-live-.*\.ocopbak$/);
    const saved = join(downloads.dir, download.suggestedFilename());
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 15).toString()).toBe('SQLite format 3');
    const db = new BetterSqlite3(saved, { readonly: true });
    const products = db.prepare('SELECT code FROM products WHERE deleted_at IS NULL ORDER BY code').all() as { code: string }[];
    db.close();
    expect(products.map((p) => p.code)).toEqual(['BT3', 'CF2', 'KS1', 'MO1']);
  });

  it('restores a backup from a path typed in (a file on a USB stick), after the same confirmation', async () => {
    const panel = page.getByRole('region', { name: 'Sao lưu và khôi phục sổ đơn' });
    await t.post('createProduct', { code: 'XS1', name: 'Xoài sấy', price: 85_000 });
    const usb = join(downloads.dir, 'usb-copy.ocopbak');
    expect((await t.post('createBackup', { destination: usb })).status).toBe(200);
    const xs1 = ((await t.post('listProducts', { query: 'XS1' })).json.result as { id: number }[])[0]!;
    await t.post('deleteProduct', { id: xs1.id });

    await panel.getByLabel('Đường dẫn đầy đủ của tệp sao lưu').fill(usb);
    await panel.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const dialog = page.getByRole('dialog', { name: 'Khôi phục sổ đơn từ bản sao lưu?' });
    await dialog.getByText('5 sản phẩm', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Khôi phục, thay sổ đơn hiện tại' }).click();
    await panel.getByRole('status').filter({ hasText: 'Đã khôi phục sổ đơn' }).waitFor();
    expect(await codes()).toContain('XS1');
  });

  it('says in words when a typed path is not a backup, and changes nothing', async () => {
    const panel = page.getByRole('region', { name: 'Sao lưu và khôi phục sổ đơn' });
    await panel.getByLabel('Đường dẫn đầy đủ của tệp sao lưu').fill(join(t.dataDir, 'khong-co.ocopbak'));
    await panel.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await panel.getByRole('alert').filter({ hasText: 'Không tìm thấy tệp sao lưu' }).waitFor();
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
  });

  it('is in English when English is chosen', async () => {
    await page.getByLabel('English').check();
    const panel = page.getByRole('region', { name: 'Back up and restore the order book' });
    await panel.getByRole('button', { name: 'Back up now' }).waitFor();
    await panel.getByRole('link', { name: 'Download a backup (to copy to a USB stick)' }).waitFor();
    await panel.getByRole('columnheader', { name: 'Holds' }).waitFor();
    await page.getByLabel('Tiếng Việt').check();
  });
});
