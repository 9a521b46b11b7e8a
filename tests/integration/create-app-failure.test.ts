// A start that fails after the order book is open must not leave it open: the
// desktop shows its problem page (and may put a backup in place) and a retry
// opens the book again, both in the same process.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';
import type * as ObsServiceModule from '../../src/app/overlays/obs-service';

// The last part createApp builds fails, after the book, the overlays and the checkpoint worker are up.
const failObs = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/app/overlays/obs-service', async (importOriginal) => {
  const original = await importOriginal<typeof ObsServiceModule>();
  return {
    ...original,
    ObsService: class extends original.ObsService {
      constructor(...args: ConstructorParameters<typeof original.ObsService>) {
        if (failObs.on) throw new Error('OBS settings unreadable');
        super(...args);
      }
    },
  };
});

const { createApp } = await import('../../src/app/create-app');

const temp = makeTempDir();
afterEach(() => {
  failObs.on = false;
});
afterAll(() => temp.cleanup());

describe('an app whose start fails after the order book is open', () => {
  it('closes the order book and its checkpoint worker before passing the error on', async () => {
    const dataDir = join(temp.dir, 'fails');
    const dbPath = join(dataDir, 'ocop-live.db');
    const first = createApp({ dataDir, mode: 'test' });
    await first.call('createProduct', { code: 'MO1', name: 'Mật ong', price: 150_000 });
    first.close();

    failObs.on = true;
    expect(() => createApp({ dataDir, mode: 'test' })).toThrow('OBS settings unreadable');
    // SQLite removes the WAL file when the last connection to the book closes.
    await expect.poll(() => existsSync(`${dbPath}-wal`), { timeout: 3000 }).toBe(false);
    const alone = new BetterSqlite3(dbPath);
    expect(alone.pragma('journal_mode = DELETE', { simple: true })).toBe('delete'); // refused while another connection is open
    alone.pragma('journal_mode = WAL');
    alone.close();

    failObs.on = false;
    const again = createApp({ dataDir, mode: 'test' });
    expect((await again.call('listProducts', {})).map((p) => p.code)).toEqual(['MO1']);
    again.close();
  });
});
