import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/app-server';
import { readFixture } from '../helpers/fixtures';
import { buyerComment } from '../helpers/buyer-comment';

let t: TestServer;
let browser: Browser;
let page: Page;
let sequence = 0;

/** A buyer comments, through the app's ingest pipeline as a chat source would. */
function comment(userName: string, text: string) {
  sequence += 1;
  return buyerComment(t.app, userName, text, sequence, 'tally');
}

beforeAll(async () => {
  t = await startTestServer({ withUi: true });
  await t.app.call('importCatalogCsv', { csv: readFixture('catalog-live.csv') });
  const session = await t.app.call('startSession', { name: 'Live tối thứ bảy' });
  const honey = t.app.context.products.findByCode('MO1')!;
  await t.app.call('setShowcase', { productId: honey.id, sessionId: session.id });
  // The simulated stream: three buyers, a question, one "+1" on the honey on screen.
  await comment('Lan', 'chốt 2 chai mật ong');
  await comment('Minh', 'CF2 x2');
  await comment('Khách lạ', 'mật ong giá bao nhiêu vậy shop');
  await comment('Trần Thị Ánh', 'KS1 x1');
  await comment('Tú', '+1');
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await page.goto(`${t.url}/#/orders`);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('after the stream, the seller', () => {
  it('opens the tally: revenue, orders, what sold, and the orders chart with the product on screen', async () => {
    // Lan MO1×2 360.000 + Minh CF2×2 300.000 + Ánh KS1×1 95.000 + Tú MO1×1 180.000
    await page.getByTestId('kpi-revenue').filter({ hasText: '935.000 ₫' }).waitFor();
    await expect(page.getByTestId('kpi-orders').innerText()).resolves.toContain('4');
    const items = await page.getByTestId('tally-items').innerText();
    expect(items).toContain('Mật ong rừng U Minh 500ml');
    expect(items).toMatch(/MO1\s+Mật ong rừng U Minh 500ml\s+3\s+3\s+540\.000 ₫/);
    await expect(page.getByTestId('orders-chart').locator('.recharts-bar-rectangle').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId('orders-chart').locator('.recharts-reference-area').count()).resolves.toBe(1);
    await page.getByText('Đang giới thiệu: MO1 · Mật ong rừng U Minh 500ml').waitFor();
  });

  it('marks an order paid from the list, sees it in the tally, and can undo', async () => {
    await page.getByRole('tab', { name: 'Danh sách đơn' }).click();
    const row = page.getByTestId('orders-table').locator('tr[data-order="DH0001"]');
    await row.waitFor();
    await row.getByRole('button', { name: 'Xác nhận' }).click();
    await row.locator('.status').filter({ hasText: 'Đã xác nhận' }).waitFor();
    await row.getByRole('button', { name: 'Đã trả tiền' }).click();
    await row.locator('.status').filter({ hasText: 'Đã thanh toán' }).waitFor();
    await page.getByTestId('undo-journal').getByText('Đã thanh toán: 1 đơn').waitFor();

    // Bulk: confirm two orders at once, then undo that from the journal.
    await page.getByRole('checkbox', { name: 'DH0002' }).check();
    await page.getByRole('checkbox', { name: 'DH0003' }).check();
    await page.getByRole('toolbar').getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByTestId('orders-table').locator('tr[data-order="DH0003"] .status').filter({ hasText: 'Đã xác nhận' }).waitFor();
    await page.getByTestId('undo-journal').locator('li').filter({ hasText: 'Đã xác nhận: 2 đơn' }).getByRole('button', { name: 'Hoàn tác' }).click();
    await page.getByTestId('orders-table').locator('tr[data-order="DH0003"] .status').filter({ hasText: 'Chờ xác nhận' }).waitFor();

    await page.getByRole('tab', { name: 'Tổng kết' }).click();
    await page.getByTestId('kpi-paid').filter({ hasText: '360.000 ₫' }).waitFor();
  });

  it('shows an order’s details with its items', async () => {
    await page.getByRole('tab', { name: 'Danh sách đơn' }).click();
    await page.getByTestId('orders-table').locator('tr[data-order="DH0002"]').getByRole('button', { name: 'Chi tiết' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đơn DH0002' });
    await dialog.getByText('Cà phê Robusta Cầu Đất 500g', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Đóng' }).click();
  });

  it('exports the orders as Excel and prints the labels', async () => {
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel (đơn, chi tiết, khách)' }).click()]);
    const xlsxPath = join(t.dataDir, xlsx.suggestedFilename());
    await xlsx.saveAs(xlsxPath);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsxPath);
    const sheet = book.getWorksheet('Đơn hàng')!;
    expect(sheet.rowCount).toBe(1 + 4);
    expect(sheet.getRow(2).getCell(1).value).toBe('DH0001');
    expect(sheet.getRow(2).getCell(11).value).toBe(360_000);

    // The buyers came from the chat with no address or phone: the screen says so before printing.
    await page.getByRole('button', { name: 'In phiếu (PDF)' }).last().click();
    const warning = page.getByTestId('label-warning');
    await warning.getByText('4 đơn thiếu địa chỉ, 4 đơn thiếu số điện thoại (trong 4 đơn sẽ in).').waitFor();
    const [pdf] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: 'Vẫn in' }).click()]);
    const pdfPath = join(t.dataDir, pdf.suggestedFilename());
    await pdf.saveAs(pdfPath);
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Trần Thị Ánh');
    expect(text).toContain('DH0003');
  });

  it('pastes a transfer notification and the matching order becomes paid; a wrong amount waits for a decision', async () => {
    await page.getByRole('tab', { name: 'Đối soát chuyển khoản' }).click();
    await page.getByTestId('statement-text').fill(
      'TK 19031234567890 +300.000 VND 22/11/26 19:20 SD: 2.500.000 VND ND: MINH chuyen tien DH0002\n\nTK 19031234567890 +90.000 VND 22/11/26 19:25 SD: 2.590.000 VND ND: ANH CK DH0003',
    );
    await page.getByRole('button', { name: 'Ghi nhận' }).click();
    await page.getByTestId('statement-result').getByText('2 khoản tiền vào: 1 khớp đơn, 1 cần xem').waitFor();
    await page.getByTestId('payment-reviews').getByText('Sai số tiền').waitFor();
    const order = (await t.app.call('searchOrders', { filter: { query: 'DH0002' } })).orders[0]!;
    expect(order.status).toBe('paid');
  });
});
