import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileSecretStore } from '../../src/adapters/secrets/file-secret-store';
import { makeTempDir } from '../helpers/temp-dir';

describe('the web-mode secret store (a file only its owner can read)', () => {
  const temps: { cleanup(): void }[] = [];
  afterEach(() => temps.splice(0).forEach((t) => t.cleanup()));
  const folder = () => {
    const temp = makeTempDir();
    temps.push(temp);
    return temp.dir;
  };

  it('stores, reads back after a restart, and deletes keys; the file is mode 0600', async () => {
    const dir = folder();
    const store = FileSecretStore.inDataDir(dir);
    expect(await store.get('youtube.apiKey')).toBeUndefined();
    await store.set('youtube.apiKey', 'AIza-secret-1');
    await store.set('facebook.accessToken', 'EAA-secret-2');
    const again = FileSecretStore.inDataDir(dir);
    expect(await again.get('youtube.apiKey')).toBe('AIza-secret-1');
    expect(await again.keys()).toEqual(['facebook.accessToken', 'youtube.apiKey']);
    if (process.platform !== 'win32') expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    await again.delete('youtube.apiKey');
    await again.delete('not.there');
    expect(await store.get('youtube.apiKey')).toBeUndefined();
    expect(await store.get('facebook.accessToken')).toBe('EAA-secret-2');
    expect(readdirSync(dir)).toEqual(['secrets.json']);
  });

  it('keeps every write when many arrive at once', async () => {
    const store = FileSecretStore.inDataDir(folder());
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.set(`k${i}`, `v${i}`)));
    expect((await store.keys()).length).toBe(20);
    expect(await store.get('k7')).toBe('v7');
  });

  it('tightens a file someone made readable by others on the next write', async () => {
    if (process.platform === 'win32') return;
    const dir = folder();
    const path = join(dir, 'secrets.json');
    writeFileSync(path, JSON.stringify({ version: 1, secrets: { a: 'b' } }), { mode: 0o644 });
    const store = new FileSecretStore(path);
    await store.set('c', 'd');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await store.get('a')).toBe('b');
  });

  it('moves a damaged file aside instead of failing forever, and never puts values in errors', async () => {
    const dir = folder();
    const path = join(dir, 'secrets.json');
    writeFileSync(path, '{"version":1,"secrets":{"x":"EAA-leak', { mode: 0o600 });
    const store = new FileSecretStore(path);
    expect(await store.get('x')).toBeUndefined();
    await store.set('x', 'fresh');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ version: 1, secrets: { x: 'fresh' } });
    expect(readdirSync(dir).some((name) => name.startsWith('secrets.json.damaged-'))).toBe(true);
    await expect(store.set('Bad Key!', 'EAA-secret')).rejects.toThrow(/Invalid secret key name/);
    await expect(store.set('ok', '')).rejects.toThrow(/1 to 10000 characters/);
  });
});
