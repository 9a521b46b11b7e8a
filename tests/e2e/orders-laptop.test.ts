// The Orders screen on a seller's 1366×768 laptop, after a replayed stream
// whose showcase changed on the minute: the chart's bars sit inside the band
// of the product then on screen, the list and its side panel fit, labels
// are not printed with blanks where the address or phone should be, and a
// product a buyer got at two prices (a flash sale) is edited as one.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/app-server';
import { readFixture } from '../helpers/fixtures';
import { replayTranscript } from '../../src/app/ingest/replay';

let t: TestServer;
let browser: Browser;
let page: Page;

const at = (clock: string) => `2026-11-22T12:${clock}Z`;
const line = (id: string, user: string, text: string, clock: string, showcase?: string | null) =>
  JSON.stringify({ id, platform: 'tiktok', user, userId: user, text, ts: at(clock), ...(showcase === undefined ? {} : { showcase }) });

beforeAll(async () => {
  t = await startTestServer({ withUi: true });
  await t.app.call('importCatalogCsv', { csv: readFixture('catalog-live.csv') });
  const session = t.app.context.live.named('Live tối 22/11', 'replay');
  // MO1 on screen 12:00–12:02, CF2 12:02–12:04, KS1 12:04–12:05, then nothing; one new order a minute.
  await replayTranscript(
    t.app.context,
    [
      line('s1', 'Khách quen', 'chào shop', '00:00', 'MO1'),
      line('l1', 'Lan', 'chốt 2 chai mật ong', '00:10'),
      line('l2', 'Minh', '+1', '01:20'),
      line('s2', 'Khách quen', 'cà phê thơm quá', '02:00', 'CF2'),
      line('l3', 'Nguyễn Thị Thanh Hoa', 'CF2 x3', '02:05'),
      line('l3b', 'Lan', 'CF2 x1', '02:40'),
      line('l4', 'Trần Minh Tuấn (Sóc Trăng)', 'CF2 x1', '03:40'),
      line('s3', 'Khách quen', 'khô gà ngon không shop', '04:00', 'KS1'),
      line('l5', 'Vy', 'KS1 x1', '04:30'),
      line('l5b', 'Lan', 'KS1 x1', '04:45'),
      line('s4', 'Khách quen', 'hẹn gặp lại', '05:00', null),
      line('l6', 'Bình', 'CF2 x2', '05:30'),
    ],
    { sessionId: session.id },
  );
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  await page.goto(`${t.url}/#/orders`);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the Orders screen on a 1366×768 laptop', () => {
  it('draws each bar of the orders chart inside the band of the product on screen in its minute', async () => {
    const chart = page.getByTestId('orders-chart');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    const boxes = async (selector: string) =>
      (await chart.locator(selector).evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, height: r.height })))).filter(
        (box) => box.height > 0,
      );
    // Bars grow in with an animation: wait until all six stand.
    await expect.poll(async () => (await boxes('.recharts-bar-rectangle path')).length, { timeout: 10_000 }).toBe(6);
    await page.waitForTimeout(1600);
    const bars = await boxes('.recharts-bar-rectangle path');
    const bands = await boxes('.recharts-reference-area-rect');
    expect(bars).toHaveLength(6);
    expect(bands).toHaveLength(3);
    const inside = bars.map((bar) => bands.findIndex((band) => bar.left >= band.left - 0.5 && bar.right <= band.right + 0.5));
    // New orders: Lan and Minh while MO1 was shown, Hoa and Tuấn while CF2, Vy while KS1; Bình's is after the last band.
    expect(inside).toEqual([0, 0, 1, 1, 2, -1]);
    // And no bar straddles a band's edge.
    for (const bar of bars) {
      for (const band of bands) expect(bar.left < band.left && bar.right > band.left).toBe(false);
    }
  });
});

describe('the order list on a 1366×768 laptop', () => {
  it('fits without scrolling sideways, with the export panel on screen and the filters side by side', async () => {
    await page.getByRole('tab', { name: 'Danh sách đơn' }).click();
    await page.getByTestId('orders-table').locator('tr[data-order]').first().waitFor();
    const layout = await page.evaluate(() => {
      const panel = document.querySelector('.orders-layout .side')!.getBoundingClientRect();
      const content = document.querySelector('.content')!;
      const table = document.querySelector('.orders-table-wrap');
      const filters = [...document.querySelectorAll('.filters select, .filters input')].map((node) => node.getBoundingClientRect());
      return {
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth: window.innerWidth,
        // The screen's own scroll box and the table's must not scroll sideways either.
        contentScrolls: content.scrollWidth > content.clientWidth,
        tableScrolls: table === null || table.scrollWidth > table.clientWidth,
        overflowing: [...document.querySelectorAll('.content *')].filter((node) => node.getBoundingClientRect().right > window.innerWidth + 0.5).map((node) => node.className || node.tagName),
        panel: { left: panel.left, right: panel.right },
        filterRows: new Set(filters.map((box) => Math.round(box.top))).size,
        filters: filters.length,
      };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
    expect(layout.overflowing).toEqual([]);
    expect(layout.contentScrolls).toBe(false);
    expect(layout.tableScrolls).toBe(false);
    expect(layout.panel.left).toBeGreaterThanOrEqual(0);
    expect(layout.panel.right).toBeLessThanOrEqual(layout.innerWidth);
    // Five filters and the search box share at most two rows, instead of a row each.
    expect(layout.filters).toBe(6);
    expect(layout.filterRows).toBeLessThanOrEqual(2);
  });
});

describe('printing labels', () => {
  it('warns about orders without an address or phone, lets the seller fix the buyer from there, then prints', async () => {
    await page.getByRole('checkbox', { name: 'DH0002' }).check();
    const toolbar = page.getByRole('toolbar');
    await toolbar.getByRole('button', { name: 'In phiếu (PDF)' }).click();
    const warning = page.getByTestId('label-warning');
    await warning.getByText('1 đơn thiếu địa chỉ, 1 đơn thiếu số điện thoại (trong 1 đơn sẽ in).').waitFor();
    await warning.getByRole('button', { name: 'DH0002' }).click();

    const dialog = page.getByRole('dialog', { name: 'Đơn DH0002' });
    await dialog.getByText('thiếu địa chỉ · thiếu số điện thoại', { exact: false }).waitFor();
    await dialog.getByLabel('Số điện thoại').fill('12345');
    await dialog.getByRole('button', { name: 'Lưu thông tin khách' }).click();
    await page.getByText('Số điện thoại không hợp lệ', { exact: false }).first().waitFor();
    await dialog.getByLabel('Tên người nhận').fill('Lê Văn Minh');
    await dialog.getByLabel('Số điện thoại').fill('0912 345 678');
    await dialog.getByLabel('Địa chỉ giao hàng').fill('45 Trần Hưng Đạo, Ninh Kiều, Cần Thơ');
    await dialog.getByRole('button', { name: 'Lưu thông tin khách' }).click();
    await dialog.getByText('Lê Văn Minh').or(dialog.locator('input[value="Lê Văn Minh"]')).first().waitFor();
    await expect.poll(() => dialog.getByText('thiếu địa chỉ', { exact: false }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await page.getByTestId('orders-table').locator('tr[data-order="DH0002"]').getByText('Lê Văn Minh').waitFor();
    await page.getByTestId('undo-journal').getByText('Sửa thông tin khách "Lê Văn Minh"').waitFor();

    // Fixed: the selection prints straight away, with the address.
    const [fixed] = await Promise.all([page.waitForEvent('download'), toolbar.getByRole('button', { name: 'In phiếu (PDF)' }).click()]);
    const fixedPath = join(t.dataDir, 'fixed.pdf');
    await fixed.saveAs(fixedPath);
    const text = execFileSync('pdftotext', [fixedPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Lê Văn Minh');
    expect(text).toContain('45 Trần Hưng Đạo');
    expect(text).toContain('0912345678');
    await toolbar.getByRole('button', { name: 'Bỏ chọn' }).click();

    // Everything: five orders still lack both; printed anyway, the labels say so.
    await page.getByRole('button', { name: 'In phiếu (PDF)' }).click();
    await warning.getByText('5 đơn thiếu địa chỉ, 5 đơn thiếu số điện thoại (trong 6 đơn sẽ in).').waitFor();
    const [anyway] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: 'Vẫn in' }).click()]);
    const anywayPath = join(t.dataDir, 'anyway.pdf');
    await anyway.saveAs(anywayPath);
    expect(execFileSync('pdftotext', [anywayPath, '-'], { encoding: 'utf8' })).toContain('THIẾU ĐỊA CHỈ');
  });
});

describe('an order holding a product at two prices', () => {
  it('shows the product once in the item editor, priced line by line, and saves a new total off the newest line', async () => {
    const session = t.app.context.live.named('Live tối 23/11', 'live');
    const cf2 = t.app.context.products.list().find((product) => product.code === 'CF2')!.id;
    const buyer = { sessionId: session.id, customerName: 'Cô Ba', phone: '0987654321', address: '3 Lý Thường Kiệt, Huế' };
    const first = await t.app.call('createManualOrder', { ...buyer, items: [{ productId: cf2, qty: 1 }] });
    await t.app.call('startFlashSale', { productId: cf2, dealPrice: 119_000, quantity: 0, durationSec: 300 });
    await t.app.call('createManualOrder', { ...buyer, items: [{ productId: cf2, qty: 2 }] });
    await t.app.call('stopFlashSale', {});
    const code = first.order!.code;

    await page.reload();
    await page.getByRole('tab', { name: 'Danh sách đơn' }).click();
    await page.getByTestId('orders-table').locator(`tr[data-order="${code}"]`).getByRole('button', { name: code }).click();
    const dialog = page.getByRole('dialog', { name: `Đơn ${code}` });
    const qty = dialog.getByLabel(/CF2 .* qty/);
    await expect.poll(() => qty.count()).toBe(1);
    expect(await qty.inputValue()).toBe('3');
    const row = dialog.locator('tr').filter({ has: page.getByLabel(/CF2 .* qty/) });
    await row.getByText('388.000', { exact: false }).waitFor(); // 150.000 + 2 × 119.000
    await qty.fill('2');
    await row.getByText('269.000', { exact: false }).waitFor(); // the newest line, at the deal, gives one back
    await dialog.getByRole('button', { name: 'Lưu hàng' }).click();
    await expect
      .poll(async () => (await t.app.call('getOrderDetail', { id: first.order!.id })).items.map((item) => [item.qty, item.unitPrice]))
      .toEqual([[1, 150_000], [1, 119_000]]);
  });
});
