// A seller connecting chat sources on the Live screen in Chromium: the
// per-platform dialogs with their Vietnamese help, each source's state as it
// changes, keys that are saved but never shown again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { RENDERER_DIR } from '../helpers/app-server';
import { readFixture } from '../helpers/fixtures';
import { makeTempDir } from '../helpers/temp-dir';
import { createApp, type App } from '../../src/app/create-app';
import { startServer, type RunningServer } from '../../src/server/http-server';
import { FileSecretStore } from '../../src/adapters/secrets/file-secret-store';
import { TwitchIrcServer } from '../helpers/peers/twitch-irc-server';
import { YouTubeApiServer } from '../helpers/peers/youtube-api-server';

let temp: ReturnType<typeof makeTempDir>;
let irc: TwitchIrcServer;
let youtube: YouTubeApiServer;
let app: App;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  temp = makeTempDir('ocop-e2e-sources-');
  irc = await TwitchIrcServer.start();
  youtube = await YouTubeApiServer.start();
  app = createApp({
    dataDir: temp.dir,
    mode: 'test',
    secrets: FileSecretStore.inDataDir(temp.dir),
    // Slow enough retries that the reconnecting state stays on screen a moment.
    sources: { endpoints: { twitchUrl: irc.url, youtubeApiBase: youtube.base }, backoff: { initialMs: 1500, maxMs: 3000, jitter: 0 }, tuning: { youtubeMinPollMs: 50 } },
  });
  await app.call('importCatalogCsv', { csv: readFixture('catalog-live.csv') });
  await app.call('startSession', { name: 'Live thử nguồn' });
  server = await startServer({ app, port: 0, staticDir: RENDERER_DIR });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${server.url}/#/live`);
  await page.locator('[data-panel="sources"]').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await app?.context.sources.stopAll();
  await server?.close();
  app?.close();
  await irc?.close();
  await youtube?.close();
  temp?.cleanup();
});

describe('the chat sources panel on the Live screen', () => {
  it('connects Twitch from its dialog and shows live, a lost connection being retried, and live again', async () => {
    const panel = page.locator('[data-panel="sources"]');
    await panel.getByText('Chưa kết nối nguồn nào.').waitFor();
    await panel.locator('button[data-platform="twitch"]').click();
    const dialog = page.getByRole('dialog', { name: 'Kết nối Twitch' });
    await dialog.getByText('Không cần khoá hay mật khẩu').waitFor();
    await dialog.getByLabel('Tên kênh Twitch').fill('OcopShop');
    await dialog.getByRole('button', { name: 'Kết nối' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = panel.locator('[data-source^="twitch:ocopshop@"]');
    await row.getByText('Đang nhận bình luận').waitFor();
    expect(irc.joined('ocopshop')).toBe(1);

    irc.privmsg('ocopshop', { id: 'e1', userId: '1', login: 'lan', displayName: 'Lan', text: 'chốt 2 chai mật ong' });
    await row.getByText(/1 bình luận · 1 đã lưu/).waitFor({ timeout: 10_000 });

    irc.dropAll();
    await row.getByText(/Mất kết nối — thử lại lần 1/).waitFor();
    await row.getByText('Đang nhận bình luận').waitFor({ timeout: 10_000 });
  });

  it('says plainly that TikTok is unofficial and may break', async () => {
    await page.locator('button[data-platform="tiktok"]').click();
    const dialog = page.getByRole('dialog', { name: 'Kết nối TikTok' });
    await expect(dialog.getByRole('note').innerText()).resolves.toMatch(/không chính thức.*có thể ngừng hoạt động bất cứ lúc nào khi TikTok thay đổi/s);
    await dialog.getByText('eulerstream.com', { exact: false }).first().waitFor();
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('saves the YouTube key, connects, and never shows the key again', async () => {
    await page.locator('button[data-platform="youtube"]').click();
    let dialog = page.getByRole('dialog', { name: 'Kết nối YouTube' });
    await dialog.getByText('YouTube Data API v3', { exact: false }).first().waitFor();
    await dialog.getByText('Chưa lưu mã nào.').waitFor();
    await dialog.getByLabel('ID video (hoặc link buổi live)').fill(`https://youtu.be/${youtube.videoId}`);
    await dialog.getByLabel('Khoá API YouTube (API key)').fill(youtube.apiKey);
    await dialog.getByRole('button', { name: 'Kết nối' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.locator(`[data-source^="youtube:${youtube.videoId}@"]`);
    await row.getByText('Đang nhận bình luận').waitFor({ timeout: 10_000 });

    await page.locator('button[data-platform="youtube"]').click();
    dialog = page.getByRole('dialog', { name: 'Kết nối YouTube' });
    await dialog.getByText(/Đã lưu trong kho bí mật/).waitFor();
    await expect(dialog.getByLabel('Khoá API YouTube (API key)').inputValue()).resolves.toBe('');
    expect(await page.content()).not.toContain(youtube.apiKey);
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
  });

  it('disconnects a source with its button', async () => {
    const row = page.locator('[data-source^="twitch:ocopshop@"]');
    await row.getByRole('button', { name: 'Ngắt' }).click();
    await row.getByText(/Đã dừng/).waitFor();
    await expect.poll(() => irc.joined('ocopshop')).toBe(0);
  });
});
