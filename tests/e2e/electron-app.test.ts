// The real desktop app in a real Electron window, driven by Playwright. Where
// Electron's binary is not installed (the build machines here cannot download
// it) this is skipped with the reason; tests/integration/electron-shell.test.ts
// runs the same checks on the main-process code with Electron's API replaced.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandNames } from '../../src/app/contract';
import { makeTempDir } from '../helpers/temp-dir';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Electron's binary, found without require('electron') (which would try to download it). */
function findElectronBinary(): { path?: string; reason?: string } {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed (an optional dependency; npm skips it on Node < 22.12)' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { reason: 'Electron’s binary was never downloaded (no network to electronjs.org here; run `npx install-electron` where there is)' };
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { reason: `Electron’s binary is missing at ${binary}` };
}

const electron = findElectronBinary();
const title = electron.path
  ? 'the Electron desktop app'
  : `the Electron desktop app — SKIPPED: ${electron.reason}; the same checks run in tests/integration/electron-shell.test.ts`;
if (!electron.path) console.warn(`[electron e2e] skipped: ${electron.reason}`);

describe.skipIf(!electron.path)(title, () => {
  let app: ElectronApplication;
  let temp: ReturnType<typeof makeTempDir>;

  beforeAll(async () => {
    temp = makeTempDir('ocop-electron-e2e-');
    app = await _electron.launch({
      executablePath: electron.path!,
      args: [join(ROOT, 'src/main/launch.cjs'), `--data-dir=${join(temp.dir, 'data')}`],
      env: { ...process.env, OCOP_LIVE_USER_DATA_DIR: join(temp.dir, 'user-data') },
      cwd: ROOT,
      timeout: 60_000,
    });
  });
  afterAll(async () => {
    await app?.close();
    temp?.cleanup();
  });

  it('opens one window whose web preferences are hardened', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const windows = BrowserWindow.getAllWindows();
      return { count: windows.length, prefs: windows[0]!.webContents.getLastWebPreferences() };
    });
    expect(prefs.count).toBe(1);
    expect(prefs.prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInSubFrames: false, webviewTag: false, webSecurity: true });
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  });

  it('refuses to navigate away or open windows', async () => {
    const page = await app.firstWindow();
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1000);
    expect(page.url()).toBe(before);
    expect(await page.evaluate(() => window.open('file:///etc/passwd'))).toBeNull();
    expect(app.windows()).toHaveLength(1);
  });

  it('exposes the contract’s named functions only, and validates their arguments', async () => {
    const page = await app.firstWindow();
    // The "cannot open the order book" page (better-sqlite3 not rebuilt for Electron) has no bridge: say so plainly.
    expect(page.url(), 'the order book did not open: run `npm run rebuild:electron` first').not.toMatch(/^data:/);
    const keys = await page.evaluate(() => Object.keys((window as unknown as { ocop: Record<string, unknown> }).ocop).sort());
    expect(keys).toEqual([...commandNames, 'onEvent'].sort());
    const answer = await page.evaluate(() => (window as unknown as { ocop: { listProducts(input: unknown): Promise<unknown> } }).ocop.listProducts({ query: 5 }));
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
