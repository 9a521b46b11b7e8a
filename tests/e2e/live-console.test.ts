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
  return buyerComment(t.app, userName, text, sequence);
}

beforeAll(async () => {
  t = await startTestServer({ withUi: true });
  await t.app.call('importCatalogCsv', { csv: readFixture('catalog-live.csv') });
  await t.app.call('startSession', { name: 'Live thử' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${t.url}/#/live`);
  await page.getByTestId('session-name').filter({ hasText: 'Live thử' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('a seller on the Live console', () => {
  it('sees comments arrive in the feed, each marked with what the buyer meant', async () => {
    await comment('Lan', 'chốt 2 chai mật ong');
    await comment('Minh', 'cà phê còn không shop?');
    await comment('Hoa', '<b>hủy</b> đơn nha');
    const feed = page.getByTestId('chat-feed');
    await feed.getByText('chốt 2 chai mật ong').waitFor();
    await expect(feed.locator('[data-intent="order"]').filter({ hasText: 'Lan' }).innerText()).resolves.toContain('vào đơn DH0001');
    await expect(feed.locator('[data-intent="question"]').filter({ hasText: 'Minh' }).count()).resolves.toBe(1);
    // Chat text is shown as typed, never as markup.
    await feed.getByText('<b>hủy</b> đơn nha').waitFor();
    await expect(feed.locator('b').count()).resolves.toBe(0);
  });

  it('sees the buyer’s order appear with its total, growing as they comment again', async () => {
    const card = page.getByTestId('order-card').filter({ hasText: 'DH0001' });
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain('Lan');
    await expect(card.locator('.order-total').innerText()).resolves.toBe('360.000 ₫');
    await comment('Lan', 'CF2 x1');
    await card.locator('.order-total').filter({ hasText: '510.000 ₫' }).waitFor();
    await expect(page.getByTestId('orders-summary').innerText()).resolves.toBe('1 đơn · 510.000 ₫');
  });

  it('puts a product on screen with a key, and "+1" then orders it', async () => {
    await page.locator('body').press('3'); // products are listed by code: BT3, CF2, KS1, MO1
    await page.getByTestId('showcase-current').filter({ hasText: 'KS1' }).waitFor();
    await comment('Tú', '+1');
    await page.getByTestId('order-card').filter({ hasText: 'Tú' }).locator('.order-total').filter({ hasText: '95.000 ₫' }).waitFor();
  });

  it('settles a comment from the review queue with one click', async () => {
    await page.locator('body').press('0'); // nothing on screen: "lấy 2" cannot mean the showcased product
    await page.getByTestId('showcase-current').filter({ hasText: 'Chưa chọn sản phẩm' }).waitFor();
    await comment('Bình', 'lấy 2 cái kia nha');
    const item = page.getByTestId('review-item').filter({ hasText: 'Bình' });
    await item.waitFor();
    await item.getByRole('combobox').selectOption({ label: 'CF2 · Cà phê Robusta Cầu Đất 500g' });
    await item.getByRole('spinbutton').fill('2');
    await item.getByRole('button', { name: 'Tạo đơn' }).click();
    await page.getByTestId('order-card').filter({ hasText: 'Bình' }).locator('.order-total').filter({ hasText: '300.000 ₫' }).waitFor();
    await expect(page.getByTestId('review-item').count()).resolves.toBe(0);
  });

  it('settles goods asked for by money with the product read and the count the money buys already filled in', async () => {
    await comment('Quyên', 'lấy 1 củ cà phê nha');
    const item = page.getByTestId('review-item').filter({ hasText: 'Quyên' });
    await item.getByTestId('review-amount').filter({ hasText: 'mua được 6 × 150.000 ₫ = 900.000 ₫' }).waitFor();
    await expect(item.getByRole('spinbutton').inputValue()).resolves.toBe('6');
    // another product: the count follows its price
    await item.getByRole('combobox').selectOption({ label: 'MO1 · Mật ong rừng U Minh 500ml' });
    await expect(item.getByRole('spinbutton').inputValue()).resolves.toBe('5');
    await item.getByRole('combobox').selectOption({ label: 'CF2 · Cà phê Robusta Cầu Đất 500g' });
    await item.getByRole('button', { name: 'Tạo đơn' }).click();
    await page.getByTestId('order-card').filter({ hasText: 'Quyên' }).locator('.order-total').filter({ hasText: '900.000 ₫' }).waitFor();
  });

  it('settles a cancel the app could not pin down by taking units off, not ordering them', async () => {
    await comment('Bình', 'chốt 1 chai mật ong');
    const total = page.getByTestId('order-card').filter({ hasText: 'Bình' }).locator('.order-total');
    await total.filter({ hasText: '480.000 ₫' }).waitFor();
    await comment('Bình', 'bớt 1 cái nha'); // honey or coffee: the seller says which
    const item = page.getByTestId('review-item').filter({ hasText: 'bớt 1 cái nha' });
    await item.getByText('khách huỷ bớt nhưng chưa rõ món').waitFor();
    await item.getByRole('combobox').selectOption({ label: 'CF2 · Cà phê Robusta Cầu Đất 500g' });
    await item.getByRole('button', { name: 'Bớt khỏi đơn' }).click();
    await total.filter({ hasText: '330.000 ₫' }).waitFor();
    await page.getByText('Đã bớt khỏi đơn').waitFor();
  });

  it('sees a swap change the buyer’s order in place, and the feed say what went out', async () => {
    await comment('Bình', 'đổi cà phê sang khô gà nha');
    const card = page.getByTestId('order-card').filter({ hasText: 'Bình' });
    await card.locator('.order-total').filter({ hasText: '275.000 ₫' }).waitFor();
    const row = page.getByTestId('chat-feed').locator('[data-intent="order"]').filter({ hasText: 'đổi cà phê sang khô gà nha' });
    await expect(row.innerText()).resolves.toContain('(bỏ CF2)');
  });

  it('takes a phone order through the manual entry (key N)', async () => {
    await page.locator('body').press('n');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên khách').fill('Chị Hằng');
    await dialog.getByLabel('Số điện thoại').fill('0912 345 678');
    await dialog.getByRole('combobox').selectOption({ label: 'MO1 · Mật ong rừng U Minh 500ml · 180.000 ₫' });
    await dialog.getByRole('button', { name: 'Lưu đơn' }).click();
    const card = page.getByTestId('order-card').filter({ hasText: 'Chị Hằng' });
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain('0912345678');
  });

  it('stays smooth with thousands of comments: only the rows on screen are in the page', async () => {
    const sessionId = t.app.context.live.currentId();
    await Promise.all(
      Array.from({ length: 3000 }, (_, i) =>
        t.app.context.ingest.submit(
          { platform: 'youtube', messageId: `burst-${i}`, userId: `b${i}`, userName: `Khách ${i}`, text: `bình luận số ${i}`, sentAt: new Date(Date.UTC(2026, 10, 22, 13, 0, 0, i)).toISOString() },
          { sessionId },
        ),
      ),
    );
    const feed = page.getByTestId('chat-feed');
    await feed.getByText('bình luận số 2999').waitFor();
    const rows = await feed.locator('.feed-row').count();
    expect(rows).toBeLessThan(100);
    await page.getByText('3.010 bình luận').waitFor(); // the 3,000 and the 10 comments before them
  });

  it('shows no blank panel outside a rehearsal: every panel on the screen says something', async () => {
    const panels = page.locator('.live-panel');
    const shown = await panels.evaluateAll((nodes) =>
      nodes.filter((node) => node.getBoundingClientRect().height > 0).map((node) => ({ panel: node.getAttribute('data-panel') ?? node.className, text: (node as HTMLElement).innerText.trim() })),
    );
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.filter(({ text }) => text === '')).toEqual([]);
  });

  it('documents its keyboard shortcuts on screen', async () => {
    const help = page.getByRole('complementary', { name: 'Phím tắt' });
    await expect(help.innerText()).resolves.toContain('Nhập đơn tay');
  });

  it('marks a helper typing from their own account as the shop’s, from the feed: what they write next makes no order', async () => {
    const feed = page.getByTestId('chat-feed');
    await comment('Thảo', 'chốt 1 chai mật ong cho chị Hoa');
    const first = feed.locator('.feed-row').filter({ hasText: 'chốt 1 chai mật ong cho chị Hoa' });
    await first.getByText(/vào đơn DH/).waitFor();
    await first.getByRole('button', { name: /Đánh dấu Thảo là người của shop/ }).click();
    await page.getByText('Đã đánh dấu Thảo là người của shop.').waitFor();
    await first.getByRole('button', { name: /Bỏ đánh dấu Thảo/ }).waitFor();
    await expect(t.app.call('listStaff', {})).resolves.toEqual([{ platform: 'tiktok', userId: 'id-Thảo', userName: 'Thảo' }]);

    await comment('Thảo', 'đã ghi đơn chị Hoa thêm 1 chai mật ong');
    const relayed = feed.locator('.feed-row').filter({ hasText: 'đã ghi đơn chị Hoa thêm 1 chai mật ong' });
    await relayed.getByText('của shop: không tạo đơn').waitFor();
    const card = page.getByTestId('order-card').filter({ hasText: 'Thảo' });
    await expect(card.locator('.order-total').innerText()).resolves.toBe('180.000 ₫');

    // listed beside the console, and unmarked from there: their next order is a buyer's again
    const panel = page.getByTestId('staff-panel');
    await panel.getByText('Thảo').waitFor();
    await panel.getByRole('button', { name: 'Bỏ đánh dấu' }).click();
    await panel.getByText('Chưa đánh dấu ai.', { exact: false }).waitFor();
    await expect(t.app.call('listStaff', {})).resolves.toEqual([]);
    const again = await comment('Thảo', 'lấy thêm 1 hũ khô gà nha');
    expect(again.outcome).toMatchObject({ intent: 'order', detail: {} });
    expect(again.outcome?.action).not.toBe('none');
    await feed.locator('.feed-row').filter({ hasText: 'lấy thêm 1 hũ khô gà nha' }).getByText(/vào đơn|chờ hàng/).waitFor();
  });
});
