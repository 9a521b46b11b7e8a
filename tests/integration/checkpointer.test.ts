// The checkpoint worker keeps up with the app's writes, so that when the main
// connection's own checkpoint steps in (the WAL reached its safety net) it
// finds the pages already copied, instead of copying 64 MB on a comment's
// commit: a stall of about 80 ms in the middle of a busy stream.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCheckpointer } from '../../src/adapters/sqlite/checkpointer';
import { openDatabase } from '../../src/adapters/sqlite/open-database';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

/**
 * WAL frames committed but not yet copied into the database file, read from
 * the shared WAL index as every connection sees it (sqlite's wal.c: the
 * header's mxFrame at byte 16, the checkpoint's nBackfill at byte 96).
 */
function framesWaiting(path: string): number {
  const shm = readFileSync(`${path}-shm`);
  return shm.readUInt32LE(16) - shm.readUInt32LE(96);
}

/** About `megabytes` of new pages per transaction, `count` transactions back to back, as a burst of comments writes. */
async function burst(path: string, options: { count: number; megabytes: number; tellCheckpointer: boolean }): Promise<number> {
  const db = openDatabase(path);
  const checkpointer = startCheckpointer(db, path);
  try {
    db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO filler (body) VALUES (?)');
    const body = 'x'.repeat(1000);
    const write = db.transaction(() => {
      for (let i = 0; i < options.megabytes * 1000; i += 1) insert.run(body);
    });
    let most = 0;
    for (let i = 0; i < options.count; i += 1) {
      write();
      if (options.tellCheckpointer) checkpointer?.wrote();
      // The worker runs on its own thread; a short pause stands for the next comments arriving.
      await new Promise((resolve) => setTimeout(resolve, 5));
      most = Math.max(most, framesWaiting(path));
    }
    return most;
  } finally {
    checkpointer?.stop();
    db.close();
  }
}

describe('the checkpoint worker', () => {
  // 4 kB pages: the safety net is 16,000 frames (64 MB); each transaction here writes about 250.
  it('copies a long burst of writes it is told of into the database as it goes', async () => {
    const most = await burst(join(temp.dir, 'told.db'), { count: 80, megabytes: 1, tellCheckpointer: true });
    expect(most).toBeLessThan(6000);
  });

  it('left untold, lets the same burst pile up for the main connection to copy', async () => {
    // The contrast: the first test measures what telling it does, not a burst too small to matter.
    const most = await burst(join(temp.dir, 'untold.db'), { count: 80, megabytes: 1, tellCheckpointer: false });
    expect(most).toBeGreaterThan(12_000);
  });
});
