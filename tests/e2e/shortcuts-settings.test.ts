// The global shortcuts section of Settings. It belongs to the desktop app,
// whose window reaches the app through window.ocop (the preload's bridge);
// Electron cannot run here, so the page gets a stand-in bridge that carries
// each command over HTTP to an app given a stand-in desktop host (the real
// host is tested through the fake Electron harness in electron-shell.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createApp, type App } from '../../src/app/create-app';
import type { DesktopHost } from '../../src/app/app-context';
import type { GlobalShortcuts } from '../../src/app/contract/shortcuts';
import { AppError } from '../../src/app/errors';
import { startServer, type RunningServer } from '../../src/server/http-server';
import { webRoutes } from '../../src/server/routes';
import { launchChromium } from '../helpers/browser';
import { RENDERER_DIR } from '../helpers/app-server';
import { makeTempDir } from '../helpers/temp-dir';

const ids = ['showcaseNext', 'showcasePrevious', 'showcaseHide', 'hideAllOverlays'] as const;
const keys: Record<(typeof ids)[number], string | null> = {
  showcaseNext: 'CommandOrControl+Alt+Right',
  showcasePrevious: 'CommandOrControl+Alt+Left',
  showcaseHide: 'CommandOrControl+Alt+Down',
  hideAllOverlays: 'F14',
};
const heldByAnotherApp = new Set(['F14']);
const view = (): GlobalShortcuts => ({
  file: '/home/seller/.config/OCOP Live/shortcuts.json',
  shortcuts: ids.map((id) => ({ id, accelerator: keys[id], status: keys[id] === null ? 'off' : heldByAnotherApp.has(keys[id]!) ? 'taken' : 'active' })),
});
const desktop: DesktopHost = {
  shortcuts: {
    get: view,
    set(next) {
      if (Object.values(next).some((key) => key?.includes('Banana'))) {
        throw new AppError('SHORTCUT_INVALID', 'Chưa lưu phím tắt: “Ctrl+Alt+Banana” (không hợp lệ).', 'Shortcuts not saved: “Ctrl+Alt+Banana” (not a valid key).', 400);
      }
      for (const id of ids) if (next[id] !== undefined) keys[id] = next[id] === '' ? null : next[id]!;
      return view();
    },
  },
};

const temp = makeTempDir();
let app: App;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  app = createApp({ dataDir: temp.dir, mode: 'test', desktop });
  server = await startServer({ app, port: 0, staticDir: RENDERER_DIR, routes: webRoutes(app) });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  app?.close();
  temp.cleanup();
});

async function desktopPage() {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const call = (name: string) => (input: unknown) =>
      fetch(`/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input ?? {}) }).then((r) => r.json());
    (window as unknown as { ocop: unknown }).ocop = new Proxy({}, { get: (_target, name) => (name === 'onEvent' ? () => () => undefined : call(String(name))) });
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/#/settings`);
  return page;
}

describe('global shortcuts in Settings', () => {
  it('are not shown in web mode, where there are none', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/#/settings`);
    await page.getByRole('heading', { name: 'Sao lưu và khôi phục sổ đơn' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Phím tắt toàn cục' }).count()).resolves.toBe(0);
    await page.close();
  });

  it('in the desktop app show each key with its state, and a key another app holds is pointed out', async () => {
    const page = await desktopPage();
    const panel = page.getByRole('region', { name: 'Phím tắt toàn cục' });
    await expect(panel.getByLabel('Giới thiệu sản phẩm tiếp theo').inputValue()).resolves.toBe('CommandOrControl+Alt+Right');
    await expect(panel.getByTestId('shortcut-state-showcaseNext').innerText()).resolves.toBe('đang dùng');
    await expect(panel.getByTestId('shortcut-state-hideAllOverlays').innerText()).resolves.toBe('ứng dụng khác đang giữ phím này; hãy chọn phím khác');
    await expect(panel.innerText()).resolves.toContain('shortcuts.json');
    // The desktop window saves backups from its File menu: no web download links there.
    await expect(page.getByRole('link', { name: 'Tải bản sao lưu về máy (để chép sang USB)' }).count()).resolves.toBe(0);
  });

  it('are changed and turned off from Settings, and a wrong key is explained without saving', async () => {
    const page = await desktopPage();
    const panel = page.getByRole('region', { name: 'Phím tắt toàn cục' });
    await panel.getByLabel('Ẩn mọi lớp phủ').fill('Ctrl+Alt+Banana');
    await panel.getByRole('button', { name: 'Lưu phím tắt' }).click();
    await panel.getByRole('alert').filter({ hasText: '“Ctrl+Alt+Banana” (không hợp lệ)' }).waitFor();
    expect(keys.hideAllOverlays).toBe('F14');

    await panel.getByLabel('Ẩn mọi lớp phủ').fill('CommandOrControl+Shift+H');
    await panel.getByLabel('Ẩn sản phẩm đang giới thiệu').fill('');
    await panel.getByRole('button', { name: 'Lưu phím tắt' }).click();
    await panel.getByRole('status').filter({ hasText: 'Đã lưu phím tắt.' }).waitFor();
    expect(keys).toMatchObject({ hideAllOverlays: 'CommandOrControl+Shift+H', showcaseHide: null });
    await expect(panel.getByTestId('shortcut-state-showcaseHide').innerText()).resolves.toBe('tắt');
    await expect(panel.getByTestId('shortcut-state-hideAllOverlays').innerText()).resolves.toBe('đang dùng');
  });
});
