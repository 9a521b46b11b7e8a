// Every screen, with real data in it, checked by axe-core in Chromium against
// WCAG 2 A and AA: text a seller can read in a bright room or on a dim laptop
// (contrast), and controls a screen reader can name. A failure lists each
// rule broken and where.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/app-server';
import { readFixture } from '../helpers/fixtures';
import { buyerComment } from '../helpers/buyer-comment';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let t: TestServer;
let browser: Browser;
let page: Page;

interface Violation {
  id: string;
  help: string;
  nodes: string[];
}

/** axe's WCAG 2 A/AA rules on the page as it is now; evaluate() is not bound by the page's script policy. */
async function violations(): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

beforeAll(async () => {
  t = await startTestServer({ withUi: true });
  await t.app.call('importCatalogCsv', { csv: readFixture('catalog-live.csv') });
  await t.app.call('startSession', { name: 'Live tối' });
  const products = await t.app.call('listProducts', {});
  await t.app.call('setShowcase', { productId: products[0]!.id });
  const lines: [string, string][] = [
    ['Lan', 'chốt 2 chai mật ong'],
    ['Minh', 'cà phê còn không shop?'],
    ['Hoa', 'hủy đơn nha'],
    ['Tú', 'sđt em 0912345678'],
    ['Vy', 'đẹp quá'],
    ['Nam', 'lấy 2 MO1 hoặc 2 CF2'],
    ['Lan', '+1'],
  ];
  for (const [index, [user, text]] of lines.entries()) await buyerComment(t.app, user, text, index + 1, 'a11y');
  await t.app.call('createLearner', { name: 'Nguyễn Thị Hằng', className: 'Lớp Gia Lai' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('each screen meets WCAG 2 AA as axe-core checks it', () => {
  it('the Live console with comments of every kind, orders and the review queue', async () => {
    await page.goto(`${t.url}/#/live`);
    await page.getByTestId('chat-feed').getByText('lấy 2 MO1 hoặc 2 CF2').waitFor();
    await page.locator('.review-item').first().waitFor();
    expect(await violations()).toEqual([]);
  });

  it('the manual order dialog', async () => {
    await page.locator('body').press('n');
    await page.getByRole('dialog').waitFor();
    expect(await violations()).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('the product list and its edit form', async () => {
    await page.goto(`${t.url}/#/products`);
    await page.getByRole('row').filter({ hasText: 'MO1' }).waitFor();
    expect(await violations()).toEqual([]);
    await page.getByRole('row').filter({ hasText: 'MO1' }).getByRole('button', { name: 'Sửa' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await violations()).toEqual([]);
  });

  it.each(['Tổng kết', 'Danh sách đơn', 'Đối soát chuyển khoản', 'So sánh phiên'])('the Orders screen’s tab “%s”', async (tab) => {
    await page.goto(`${t.url}/#/orders`);
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForTimeout(500);
    expect(await violations()).toEqual([]);
  });

  it.each(['Học', 'Giảng viên', 'Diễn tập'])('the Training screen’s tab “%s”', async (tab) => {
    await page.goto(`${t.url}/#/training`);
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForTimeout(500);
    expect(await violations()).toEqual([]);
  });

  it('the Settings screen', async () => {
    await page.goto(`${t.url}/#/settings`);
    await page.waitForTimeout(500);
    expect(await violations()).toEqual([]);
  });
});
