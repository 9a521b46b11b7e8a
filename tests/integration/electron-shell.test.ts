// The desktop shell's main-process code, run for real (app service, SQLite
// order book, local server) with Electron's API replaced at its module
// boundary: Electron's binary cannot run on the build machines. Where it can,
// tests/e2e/electron-app.test.ts checks the same things in a real window.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { commandNames } from '../../src/app/contract';
import { startDesktop, type DesktopShell } from '../../src/main/desktop';
import type { DesktopPaths } from '../../src/main/paths';
import { isActionAvailable } from '../../src/main/showcase-actions';
import { FakeElectron, fakeEvent, type FakeBrowserWindow } from '../helpers/fake-electron';
import { makeTempDir } from '../helpers/temp-dir';

const paths = (root: string): DesktopPaths => ({
  rendererDir: join(root, 'renderer-not-built'),
  preload: join(root, 'preload', 'index.cjs'),
  iconsDir: join(root, 'icons'),
});

interface Started {
  electron: FakeElectron;
  shell: DesktopShell;
  window: FakeBrowserWindow;
  root: string;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function start(options: { root?: string; electron?: FakeElectron; dataDir?: string } = {}): Promise<Started> {
  let root = options.root;
  if (!root) {
    const temp = makeTempDir('ocop-desktop-');
    cleanups.push(temp.cleanup);
    root = temp.dir;
  }
  const electron = options.electron ?? new FakeElectron(root);
  const shell = await startDesktop({
    electron: electron.api(),
    argv: ['electron', 'launch.cjs', `--data-dir=${options.dataDir ?? join(root, 'data')}`],
    paths: paths(root),
    port: 0,
  });
  cleanups.push(() => shell.shutdown());
  return { electron, shell, window: electron.windows.at(-1)!, root };
}

const appFrame = (started: Started) => ({ url: `${started.shell.server!.url}/`, parent: null });

describe('the desktop window', () => {
  it('is created hardened: isolated, sandboxed, no Node, no webview, with the bundled preload', async () => {
    const started = await start();
    expect(started.shell.state).toBe('running');
    expect(started.electron.windows).toHaveLength(1);
    expect(started.window.options.webPreferences).toMatchObject({
      preload: paths(started.root).preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    // The window shows the UI from the local server, bound to 127.0.0.1, which also serves OBS overlays.
    expect(started.window.loadedUrls).toEqual([`${started.shell.server!.url}/`]);
    expect(started.shell.server!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses navigation away, redirects and <webview>, and sends only web links to the browser', async () => {
    const started = await start();
    const contents = started.window.webContents;
    expect(contents.tryNavigate('https://evil.example/phish').defaultPrevented).toBe(true);
    expect(contents.tryNavigate('file:///etc/passwd').defaultPrevented).toBe(true);
    expect(contents.tryNavigate('https://evil.example/', 'will-redirect').defaultPrevented).toBe(true);
    expect(contents.getURL()).toBe(`${started.shell.server!.url}/`);
    expect(contents.tryAttachWebview().defaultPrevented).toBe(true);

    const open = contents.windowOpenHandler!;
    expect(open({ url: 'https://shopee.vn/ocop' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({ action: 'deny' });
    expect(open({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(open({ url: 'smb://server/share' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(started.electron.openedExternally).toEqual(['https://shopee.vn/ocop']);
  });

  it('denies every permission request (camera, microphone, location, notifications…) except clipboard writes from its own page', async () => {
    const started = await start();
    const origin = started.shell.server!.url;
    const ask = (permission: string, requestingUrl: string) =>
      new Promise<boolean>((resolve) => started.electron.permissionRequestHandler!(null, permission, resolve, { requestingUrl }));
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'hid', 'serial', 'fullscreen', 'openExternal', 'clipboard-read']) {
      expect(await ask(permission, `${origin}/`)).toBe(false);
    }
    expect(await ask('clipboard-sanitized-write', `${origin}/`)).toBe(true);
    expect(await ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(started.electron.permissionCheckHandler!(null, 'media', origin)).toBe(false);
  });

  it('puts a strict Content-Security-Policy on every response of the app', async () => {
    const started = await start();
    const respond = (url: string) =>
      new Promise<Record<string, string[]> | undefined>((resolve) =>
        started.electron.headersListener!({ url, responseHeaders: { 'content-type': ['text/html'] } }, (response) => resolve(response.responseHeaders)),
      );
    const headers = await respond(`${started.shell.server!.url}/index.html`);
    const csp = headers?.['Content-Security-Policy']?.[0] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    expect(headers?.['content-type']).toEqual(['text/html']);
    // Responses from anywhere else are left alone (and the page cannot reach them anyway).
    expect(await respond('https://example.com/')).toBeUndefined();
  });
});

describe('the desktop app’s local server', () => {
  const post = (url: string, body: unknown = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('serves no command API over HTTP (the window uses IPC), so no local process can read buyers’ phone numbers', async () => {
    const started = await start();
    const app = started.shell.app!;
    const product = await app.call('createProduct', { code: 'MO1', name: 'Mật ong', price: 150_000, stock: 5 });
    await app.call('createManualOrder', { customerName: 'Chị Lan', phone: '0912345678', items: [{ productId: product.id, qty: 1 }] });
    const base = started.shell.server!.url;

    for (const name of ['listOrders', 'listProducts', 'getSettings', 'createBackup', 'updateSettings']) {
      const response = await post(`${base}/api/${name}`);
      expect(response.status, name).toBe(404);
      const body = (await response.json()) as { error: { code: string } };
      expect(body.error.code).toBe('NOT_SERVED_OVER_HTTP');
    }
    expect((await fetch(`${base}/api`)).status).toBe(404);
    expect((await fetch(`${base}/export/backup`)).status).toBe(404);
    const customers = await fetch(`${base}/export/orders.csv?kind=customers`);
    expect(customers.status).toBe(404);
    expect(await customers.text()).not.toContain('0912345678');
  });

  it('still serves OBS overlays: their page, their one command and only their events', async () => {
    const started = await start();
    const app = started.shell.app!;
    const base = started.shell.server!.url;
    expect((await fetch(`${base}/overlays/all?layout=landscape`)).status).toBe(200);
    const view = await post(`${base}/api/getOverlayView`);
    expect(view.status).toBe(200);

    const socket = new WebSocket(`${base.replace('http', 'ws')}/api/events`);
    const received: string[] = [];
    socket.on('message', (data) => received.push((JSON.parse(String(data)) as { event: string }).event));
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    await app.call('createProduct', { code: 'TR2', name: 'Trà', price: 90_000 }); // catalogChanged: not for overlays
    await app.call('setOverlayVisible', { kind: 'ticker', visible: false });
    await expect.poll(() => received).toContain('overlayChanged');
    expect(received.every((event) => event === 'overlayChanged')).toBe(true);
    socket.close();
  });
});

describe('the IPC bridge', () => {
  it('has one channel per command of the contract, and answers results like the HTTP API', async () => {
    const started = await start();
    expect([...started.electron.ipcHandlers.keys()].sort()).toEqual(commandNames.map((name) => `ocop:${name}`).sort());
    const outcome = await started.electron.invoke('ocop:createProduct', started.window.webContents, appFrame(started), {
      code: 'MO1',
      name: 'Mật ong hoa cà phê',
      price: 150_000,
    });
    expect(outcome).toMatchObject({ ok: true, result: { code: 'MO1', name: 'Mật ong hoa cà phê' } });
    const listed = await started.electron.invoke('ocop:listProducts', started.window.webContents, appFrame(started), { query: 'mat ong' });
    expect(listed).toMatchObject({ ok: true, result: [{ code: 'MO1' }] });
  });

  it('answers an invalid argument with a 400-class INVALID_INPUT error naming the field, in Vietnamese and English', async () => {
    const started = await start();
    const outcome = (await started.electron.invoke('ocop:createProduct', started.window.webContents, appFrame(started), {
      code: 'MO1',
      name: '',
      price: -5,
    })) as { ok: boolean; error: { code: string; message: string; messageEn: string } };
    expect(outcome.ok).toBe(false);
    expect(outcome.error.code).toBe('INVALID_INPUT');
    expect(outcome.error.message).toContain('price');
    expect(outcome.error.messageEn).toContain('Invalid input for "createProduct"');
    for (const bad of ['not an object', 42, null, [1, 2], { query: { $ne: 1 } }]) {
      const answer = (await started.electron.invoke('ocop:listProducts', started.window.webContents, appFrame(started), bad)) as { ok: boolean; error?: { code: string } };
      expect(answer.ok, JSON.stringify(bad)).toBe(bad === null); // null is "no input": the defaults apply
      if (!answer.ok) expect(answer.error?.code).toBe('INVALID_INPUT');
    }
  });

  it('refuses calls from another page, a sub-frame or another webContents', async () => {
    const started = await start();
    const contents = started.window.webContents;
    const refused = async (sender: typeof contents, frame: { url: string; parent: null | { url: string; parent: null } }) =>
      (await started.electron.invoke('ocop:getSettings', sender, frame, {})) as { ok: boolean; error?: { code: string } };
    expect((await refused(contents, { url: 'https://evil.example/', parent: null })).error?.code).toBe('FORBIDDEN_SENDER');
    expect((await refused(contents, { url: `${started.shell.server!.url}/`, parent: { url: 'x', parent: null } })).error?.code).toBe('FORBIDDEN_SENDER');
    const other = new (started.window.webContents.constructor as new () => typeof contents)();
    expect((await refused(other, appFrame(started))).error?.code).toBe('FORBIDDEN_SENDER');
    expect((await refused(contents, appFrame(started))).ok).toBe(true);
  });

  it('forwards the app’s events to the window, and the menu follows the language setting', async () => {
    const started = await start();
    expect(started.electron.lastMenuLabels).toContain('Tệp');
    await started.electron.invoke('ocop:updateSettings', started.window.webContents, appFrame(started), { language: 'en' });
    expect(started.window.webContents.sent).toContainEqual({ channel: 'ocop:event', args: [{ event: 'settingsChanged', payload: { language: 'en' } }] });
    expect(started.electron.lastMenuLabels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Live', 'Help']));
  });
});

describe('one instance', () => {
  it('a second start quits at once and opens nothing; the first window comes forward', async () => {
    const first = await start();
    const secondElectron = new FakeElectron(first.root, { singleInstanceLock: false });
    const second = await startDesktop({ electron: secondElectron.api(), argv: [], paths: paths(first.root), port: 0 });
    expect(second.state).toBe('secondary');
    expect(secondElectron.app.quitCalls).toBe(1);
    expect(secondElectron.windows).toHaveLength(0);
    expect(secondElectron.ipcHandlers.size).toBe(0);

    first.window.minimized = true;
    const focusedBefore = first.window.focused;
    first.electron.app.emit('second-instance', fakeEvent(), ['electron', '.'], first.root);
    expect(first.window.restored).toBe(1);
    expect(first.window.focused).toBe(focusedBefore + 1);
  });
});

describe('window size and place', () => {
  it('comes back where it was left, and not on a screen that is gone', async () => {
    const first = await start();
    first.window.normalBounds = { x: 200, y: 150, width: 1400, height: 900 };
    first.window.maximized = true;
    first.window.close();
    await first.shell.shutdown();

    const second = await start({ root: first.root });
    expect(second.window.options).toMatchObject({ x: 200, y: 150, width: 1400, height: 900 });
    expect(second.window.maximized).toBe(true);
    second.window.normalBounds = { x: 3000, y: 150, width: 1400, height: 900 }; // on a second screen
    second.window.close();
    await second.shell.shutdown();

    const third = await start({ root: first.root }); // the second screen is unplugged
    expect(third.window.options.x).toBeUndefined();
    expect(third.window.options).toMatchObject({ width: 1400, height: 900 });
  });
});

describe('global shortcuts', () => {
  it('registers the showcase keys, reports one another app holds, and runs the action while the app is in the background', async () => {
    const temp = makeTempDir('ocop-desktop-');
    cleanups.push(temp.cleanup);
    const electron = new FakeElectron(temp.dir);
    electron.takenShortcuts.add('CommandOrControl+Alt+Right');
    const started = await start({ root: temp.dir, electron });

    const status = Object.fromEntries(started.shell.shortcutStatus().map((s) => [s.id, s.status]));
    expect(status.showcaseNext).toBe(isActionAvailable('showcaseNext') ? 'taken' : 'unavailable');
    expect(status.hideAllOverlays).toBe('active');
    if (isActionAvailable('showcaseNext')) {
      expect(electron.messageBoxes.some((box) => box.type === 'warning' && box.detail?.includes('CommandOrControl+Alt+Right'))).toBe(true);
    }

    expect((await started.shell.app!.call('getOverlayState', {})).visible.ticker).toBe(true);
    electron.shortcuts.get('CommandOrControl+Alt+H')!(); // pressed while OBS has the focus
    await expect.poll(async () => (await started.shell.app!.call('getOverlayState', {})).visible.ticker).toBe(false);
  });

  it.runIf(isActionAvailable('showcaseNext'))('steps the showcased product through the catalog and hides it from the keyboard', async () => {
    const started = await start();
    const app = started.shell.app!;
    for (const [code, name] of [['MO1', 'Mật ong'], ['TR2', 'Trà'], ['CF3', 'Cà phê']]) await app.call('createProduct', { code: code!, name: name!, price: 100_000 });
    const order = (await app.call('listProducts', {})).map((p) => p.id);
    const onScreen = async () => ((await app.callUnknown('getLiveState', {})) as { showcase: { product: { id: number } | null } | null }).showcase?.product?.id ?? null;
    const press = async (accelerator: string) => {
      started.electron.shortcuts.get(accelerator)!();
      await new Promise((resolve) => setTimeout(resolve, 100));
    };
    await press('CommandOrControl+Alt+Right');
    expect(await onScreen()).toBe(order[0]);
    await press('CommandOrControl+Alt+Right');
    expect(await onScreen()).toBe(order[1]);
    await press('CommandOrControl+Alt+Left');
    await press('CommandOrControl+Alt+Left');
    expect(await onScreen()).toBe(order[2]); // wraps round to the last
    await press('CommandOrControl+Alt+Down');
    expect(await onScreen()).toBeNull();
  });

  it('reads the keys from shortcuts.json and reports duplicates and invalid keys', async () => {
    const temp = makeTempDir('ocop-desktop-');
    cleanups.push(temp.cleanup);
    mkdirSync(join(temp.dir, 'userData'), { recursive: true });
    writeFileSync(
      join(temp.dir, 'userData', 'shortcuts.json'),
      JSON.stringify({ hideAllOverlays: 'F13', showcaseHide: 'Ctrl+Alt+Banana', showcaseNext: 'CmdOrCtrl+Shift+N', showcasePrevious: 'Shift+CommandOrControl+n' }),
    );
    const started = await start({ root: temp.dir });
    const status = started.shell.shortcutStatus();
    expect(status.find((s) => s.id === 'hideAllOverlays')).toMatchObject({ accelerator: 'F13', status: 'active' });
    expect(status.find((s) => s.id === 'showcaseHide')).toMatchObject({ status: 'invalid' });
    expect(status.find((s) => s.id === 'showcasePrevious')).toMatchObject({ status: 'duplicate', duplicateOf: 'showcaseNext' });
    await started.shell.shutdown();
    expect(started.electron.shortcuts.size).toBe(0); // released on quit
  });
});

describe('global shortcuts changed from Settings (over the IPC bridge)', () => {
  type Answer = { ok: boolean; result?: { file: string; shortcuts: { id: string; accelerator: string | null; status: string }[] }; error?: { code: string; message: string; messageEn: string } };
  const call = (started: Started, name: string, input: unknown) =>
    started.electron.invoke(`ocop:${name}`, started.window.webContents, appFrame(started), input) as Promise<Answer>;
  const statusOf = (answer: Answer, id: string) => answer.result?.shortcuts.find((s) => s.id === id);

  it('shows each key and its state, and saves a change to shortcuts.json, registers it and shows it in the Live menu', async () => {
    const started = await start();
    const shown = await call(started, 'getGlobalShortcuts', {});
    expect(shown.ok).toBe(true);
    expect(shown.result!.file).toBe(join(started.root, 'userData', 'shortcuts.json'));
    expect(statusOf(shown, 'hideAllOverlays')).toEqual({ id: 'hideAllOverlays', accelerator: 'CommandOrControl+Alt+H', status: 'active' });

    const saved = await call(started, 'setGlobalShortcuts', { shortcuts: { hideAllOverlays: 'CommandOrControl+Shift+F9', showcaseHide: '' } });
    expect(saved.ok).toBe(true);
    expect(statusOf(saved, 'hideAllOverlays')).toMatchObject({ accelerator: 'CommandOrControl+Shift+F9', status: 'active' });
    expect(statusOf(saved, 'showcaseHide')).toMatchObject({ accelerator: null, status: 'off' });
    expect(started.electron.shortcuts.has('CommandOrControl+Shift+F9')).toBe(true);
    expect(started.electron.shortcuts.has('CommandOrControl+Alt+H')).toBe(false);
    expect(started.electron.shortcuts.has('CommandOrControl+Alt+Down')).toBe(false);
    const file = JSON.parse(readFileSync(join(started.root, 'userData', 'shortcuts.json'), 'utf8')) as Record<string, string | null>;
    expect(file).toMatchObject({ hideAllOverlays: 'CommandOrControl+Shift+F9', showcaseHide: null, showcaseNext: 'CommandOrControl+Alt+Right' });
    const accelerators = JSON.stringify(started.electron.menus.at(-1));
    expect(accelerators).toContain('CommandOrControl+Shift+F9');

    // Pressed while OBS has the focus, the new key does what the old one did.
    started.electron.shortcuts.get('CommandOrControl+Shift+F9')!();
    await expect.poll(async () => (await started.shell.app!.call('getOverlayState', {})).visible.ticker).toBe(false);
  });

  it('refuses an invalid key or one key for two actions, in Vietnamese and English, saving nothing', async () => {
    const started = await start();
    const invalid = await call(started, 'setGlobalShortcuts', { shortcuts: { showcaseNext: 'Ctrl+Alt+Banana' } });
    expect(invalid.ok).toBe(false);
    expect(invalid.error).toMatchObject({ code: 'SHORTCUT_INVALID' });
    expect(invalid.error!.message).toContain('Giới thiệu sản phẩm tiếp theo: “Ctrl+Alt+Banana” (không hợp lệ)');
    expect(invalid.error!.messageEn).toContain('Showcase the next product: “Ctrl+Alt+Banana” (not a valid key)');
    const twice = await call(started, 'setGlobalShortcuts', { shortcuts: { showcasePrevious: 'CmdOrCtrl+Alt+Right' } });
    expect(twice.error!.messageEn).toContain('same key as “Showcase the next product”');
    expect(existsSync(join(started.root, 'userData', 'shortcuts.json'))).toBe(false);
    expect(started.electron.shortcuts.has('CommandOrControl+Alt+Right')).toBe(isActionAvailable('showcaseNext'));
    const unknownAction = await call(started, 'setGlobalShortcuts', { shortcuts: { openCashDrawer: 'F13' } });
    expect(unknownAction.error?.code).toBe('INVALID_INPUT');
  });

  it('saves a key another app holds but reports it as taken', async () => {
    const temp = makeTempDir('ocop-desktop-');
    cleanups.push(temp.cleanup);
    const electron = new FakeElectron(temp.dir);
    electron.takenShortcuts.add('F14');
    const started = await start({ root: temp.dir, electron });
    const saved = await call(started, 'setGlobalShortcuts', { shortcuts: { hideAllOverlays: 'F14' } });
    expect(statusOf(saved, 'hideAllOverlays')).toMatchObject({ accelerator: 'F14', status: 'taken' });
  });
});

describe('tray while streaming', () => {
  it('shows a tray icon while a session is open and removes it when it ends', async () => {
    const started = await start();
    expect(started.electron.trays).toHaveLength(0);
    const session = { id: 1, name: 'Phiên tối thứ Sáu', kind: 'live' as const, startedAt: '2026-11-20T12:00:00.000Z', endedAt: null, notes: '' };
    started.shell.app!.context.events.emit('sessionChanged', { change: 'started', session });
    expect(started.electron.trays).toHaveLength(1);
    const tray = started.electron.trays[0]!;
    expect(tray.toolTip).toContain('Phiên tối thứ Sáu');
    expect(tray.menu.map((item) => item.label)).toContain('Mở OCOP Live');
    started.shell.app!.context.events.emit('sessionChanged', { change: 'ended', session: { ...session, endedAt: '2026-11-20T14:00:00.000Z' } });
    expect(tray.destroyed).toBe(true);
  });
});

describe('backup and restore from the File menu', () => {
  it('saves a backup where the user chooses, and restores only after confirmation, keeping the replaced book', async () => {
    const started = await start();
    const app = started.shell.app!;
    await app.call('createProduct', { code: 'MO1', name: 'Mật ong', price: 150_000 });
    const file = join(started.root, 'my-backup');
    const fileMenu = () => started.electron.menus.at(-1)![0]!.submenu!;
    const click = async (label: string) => {
      fileMenu().find((item) => item.label === label)!.click!();
      await new Promise((resolve) => setTimeout(resolve, 300));
    };

    started.electron.dialogAnswers.push(file);
    await click('Sao lưu sổ đơn…');
    expect(existsSync(`${file}.ocopbak`)).toBe(true);
    expect(started.electron.messageBoxes.at(-1)?.message).toContain(`${file}.ocopbak`);

    await app.call('createProduct', { code: 'TR2', name: 'Trà', price: 90_000 });
    started.electron.dialogAnswers.push(`${file}.ocopbak`, 1); // pick the file, then "Huỷ"
    await click('Khôi phục từ bản sao lưu…');
    expect((await app.call('listProducts', {})).length).toBe(2);
    expect(started.electron.messageBoxes.at(-1)?.detail).toContain('Sản phẩm: 1');

    started.electron.dialogAnswers.push(`${file}.ocopbak`, 0); // pick the file, then "Khôi phục"
    await click('Khôi phục từ bản sao lưu…');
    await expect.poll(async () => (await app.call('listProducts', {})).map((p) => p.code)).toEqual(['MO1']);
    expect(started.window.webContents.reloads).toBe(1);
    expect((await app.call('listBackups', {})).backups.some((b) => b.path.includes('before-restore-'))).toBe(true);
  });
});

describe('an order book that cannot be opened', () => {
  it('shows a page with the file’s path and what to do, with no bridge to the page', async () => {
    const temp = makeTempDir('ocop-desktop-');
    cleanups.push(temp.cleanup);
    const dataDir = join(temp.dir, 'data <b>&');
    mkdirSync(dataDir, { recursive: true });
    const db = new BetterSqlite3(join(dataDir, 'ocop-live.db'));
    db.pragma('user_version = 9999');
    db.close();

    const started = await start({ root: temp.dir, dataDir });
    expect(started.shell.state).toBe('unopenable');
    expect(started.shell.problem?.kind).toBe('too-new');
    expect(started.window.options.webPreferences.preload).toBeUndefined();
    expect(started.window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(started.electron.ipcHandlers.size).toBe(0);
    const url = started.window.loadedUrls[0]!;
    const html = Buffer.from(url.slice(url.indexOf('base64,') + 7), 'base64').toString('utf8');
    expect(html).toContain('data &lt;b&gt;&amp;'); // the path, escaped
    expect(html).toContain('cập nhật OCOP Live');
    expect(html).toContain('Update OCOP Live');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toContain('<script');
    expect(started.electron.lastMenuLabels).toContain('Tệp');
    expect(started.electron.menus.at(-1)![0]!.submenu!.map((item) => item.label)).toContain('Thử mở lại');
    // The file was not touched.
    const check = new BetterSqlite3(join(dataDir, 'ocop-live.db'), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(9999);
    check.close();
  });

  it('can put a backup in place of a damaged book and start again', async () => {
    const temp = makeTempDir('ocop-desktop-');
    cleanups.push(temp.cleanup);
    // A good book with one product, backed up.
    const good = await start({ root: temp.dir, dataDir: join(temp.dir, 'good') });
    await good.shell.app!.call('createProduct', { code: 'MO1', name: 'Mật ong', price: 150_000 });
    const backup = await good.shell.app!.call('createBackup', {});
    await good.shell.shutdown();

    const dataDir = join(temp.dir, 'broken');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'ocop-live.db'), 'this is not a database '.repeat(300));
    const electron = new FakeElectron(temp.dir);
    const broken = await start({ root: temp.dir, dataDir, electron });
    expect(broken.shell.problem?.kind).toBe('damaged');

    electron.dialogAnswers.push(backup.path);
    electron.menus.at(-1)![0]!.submenu!.find((item) => item.label === 'Khôi phục từ bản sao lưu…')!.click!();
    await expect.poll(() => electron.app.relaunched).toBe(1);
    expect(readFileSync(join(dataDir, 'ocop-live.db')).subarray(0, 15).toString()).toBe('SQLite format 3');

    const again = await start({ root: temp.dir, dataDir });
    expect(again.shell.state).toBe('running');
    expect((await again.shell.app!.call('listProducts', {})).map((p) => p.code)).toEqual(['MO1']);
  });
});

describe('secrets and the log', () => {
  it('keeps secrets encrypted on disk and never writes them, or anything shaped like one, to the log', async () => {
    const started = await start();
    const secrets = started.shell.secrets!;
    await secrets.set('obs.password', 'hunter2-obs-pass');
    await secrets.set('facebook.pageToken', 'EAAGm0PX4ZCpsBAKZCZCXyz1234567890');
    expect(await secrets.get('obs.password')).toBe('hunter2-obs-pass');
    const onDisk = readFileSync(join(started.root, 'userData', 'secrets.json'), 'utf8');
    expect(onDisk).not.toContain('hunter2-obs-pass');

    const log = started.shell.logger!;
    log.info('connecting to OBS with', { host: '127.0.0.1', password: 'hunter2-obs-pass' });
    log.error(new Error('Graph API said no for token EAAGm0PX4ZCpsBAKZCZCXyz1234567890'));
    log.warn('retrying ws://admin:hunter2-obs-pass@127.0.0.1:4455 in 2s');
    await started.shell.shutdown();
    const text = readFileSync(log.path, 'utf8');
    expect(text).toContain('connecting to OBS with');
    expect(text).toContain('retrying ws://admin:[REDACTED]@127.0.0.1:4455');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('EAAGm0PX4ZCpsBAKZCZCXyz1234567890');
  });
});
