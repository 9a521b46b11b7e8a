// The desktop app's files on a real disk: the safeStorage-backed secret store,
// the rotating redacted log, and the bundles the packaged app runs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ElectronSecretStore, SecretEncryptionUnavailableError } from '../../src/adapters/secrets/electron-secret-store';
import { commandNames } from '../../src/app/contract';
import { createFileLogger } from '../../src/main/logger';
import { Redactor } from '../../src/main/redact';
import { FakeElectron } from '../helpers/fake-electron';
import { makeTempDir } from '../helpers/temp-dir';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});
function temp(): string {
  const dir = makeTempDir('ocop-desktop-files-');
  cleanups.push(dir.cleanup);
  return dir.dir;
}

describe('the Electron secret store', () => {
  it('keeps values encrypted in a file only the user can read, and gives them back', async () => {
    const dir = temp();
    const electron = new FakeElectron(dir);
    const revealed: string[] = [];
    const store = new ElectronSecretStore({ file: join(dir, 'secrets.json'), safeStorage: electron.api().safeStorage, onReveal: (v) => revealed.push(v) });
    await store.set('obs.password', 'mật-khẩu-OBS-123');
    await store.set('youtube.apiKey', 'AIzaSy-test-key');
    const text = readFileSync(join(dir, 'secrets.json'), 'utf8');
    expect(text).not.toContain('mật-khẩu-OBS-123');
    expect(text).not.toContain('AIzaSy-test-key');
    if (process.platform !== 'win32') expect(statSync(join(dir, 'secrets.json')).mode & 0o077).toBe(0);

    const reopened = new ElectronSecretStore({ file: join(dir, 'secrets.json'), safeStorage: electron.api().safeStorage });
    expect(await reopened.get('obs.password')).toBe('mật-khẩu-OBS-123');
    expect(await reopened.get('twitch.token')).toBeUndefined();
    expect(await reopened.get('constructor')).toBeUndefined();
    await reopened.delete('obs.password');
    await reopened.delete('obs.password'); // not there: not an error
    expect(await reopened.get('obs.password')).toBeUndefined();
    expect(await reopened.get('youtube.apiKey')).toBe('AIzaSy-test-key');
    expect(revealed).toEqual(['mật-khẩu-OBS-123', 'AIzaSy-test-key']);
  });

  it('stores nothing when the OS offers no encryption, refuses odd key names, and tells a keyring-less Linux apart', async () => {
    const dir = temp();
    const electron = new FakeElectron(dir);
    electron.encryptionAvailable = false;
    const store = new ElectronSecretStore({ file: join(dir, 'secrets.json'), safeStorage: electron.api().safeStorage });
    await expect(store.set('obs.password', 'x1234')).rejects.toBeInstanceOf(SecretEncryptionUnavailableError);
    expect(existsSync(join(dir, 'secrets.json'))).toBe(false);
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/Invalid secret key/);
    expect(store.isWeak()).toBe(false);
    electron.storageBackend = 'basic_text';
    expect(store.isWeak()).toBe(true);
  });
});

describe('the log file', () => {
  it('rotates by size, keeps a bounded number of files readable by the user only, and is redacted', async () => {
    const dir = temp();
    const redactor = new Redactor();
    redactor.remember('hunter2-obs');
    const logger = createFileLogger({ dir, redactor, maxSize: '300B', keep: 2 });
    for (let i = 0; i < 40; i++) {
      logger.info(`line ${i} with password hunter2-obs and token=abcdef${i}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await logger.close();
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['ocop-live.log', 'ocop-live.log.1', 'ocop-live.log.2']);
    const all = files.map((file) => readFileSync(join(dir, file), 'utf8')).join('');
    expect(all).toContain('line 39 with password [REDACTED]');
    expect(all).not.toMatch(/hunter2|abcdef/);
    for (const file of files) expect(statSync(join(dir, file)).size).toBeLessThan(2000);
    if (process.platform !== 'win32') expect(statSync(join(dir, 'ocop-live.log')).mode & 0o077).toBe(0);
  });
});

describe('the desktop build', () => {
  it('bundles a self-contained sandboxed preload and a main process whose file paths point at shipped files', async () => {
    const out = temp();
    const buildScript = new URL('../../bin/build-desktop.mjs', import.meta.url).href;
    const { buildDesktop } = (await import(/* @vite-ignore */ buildScript)) as {
      buildDesktop(options: { outDir: string }): Promise<{ main: string; preload: string; rewritten: string[]; commandNames: string[] }>;
    };
    const result = await buildDesktop({ outDir: out });

    const preload = readFileSync(result.preload, 'utf8');
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(result.commandNames).toEqual(commandNames);
    for (const name of commandNames) expect(preload).toContain(JSON.stringify(name));
    expect(preload).not.toContain('zod');
    expect(preload.length).toBeLessThan(20_000);

    const main = readFileSync(result.main, 'utf8');
    expect(main).not.toMatch(/from ["']electron["']/); // Electron comes through createRequire at the boundary
    expect(result.rewritten).toEqual(expect.arrayContaining(['src/adapters/sqlite/migrate.ts', 'src/main/paths.ts']));
    const sources = [...main.matchAll(/new URL\("([^"]+)", import\.meta\.url\)/g)].map((m) => resolve(dirname(result.main), m[1]!));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(existsSync(source), source).toBe(true);
    expect(sources).toContain(join(ROOT, 'src', 'adapters', 'sqlite', 'migrate.ts'));
  });
});
