// Moves WAL checkpoints off the thread that commits comments: a worker with
// its own connection checkpoints every interval, and the main connection's
// automatic checkpoint is pushed far out, left only as a safety net. Every few
// seconds, not more often: after each complete checkpoint the next commit
// starts the WAL over, which costs that commit an fsync of the WAL header.
import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';

export interface Checkpointer {
  stop(): void;
}

/** Longest the app waits at close for the worker to let go of the book (a checkpoint in progress finishes first). */
const STOP_WAIT_MS = 3000;

/** Pages the WAL may grow to before the main connection checkpoints by itself (about 64 MB). */
const SAFETY_NET_PAGES = 16_000;

export function startCheckpointer(db: Database, path: string, intervalMs = 3000): Checkpointer | undefined {
  if (path === ':memory:' || db.memory) return undefined;
  let worker: Worker;
  const closed = new Int32Array(new SharedArrayBuffer(4));
  try {
    worker = new Worker(new URL('./checkpoint-worker.mjs', import.meta.url), { workerData: { path, intervalMs, closed } });
  } catch (error) {
    console.error('[sqlite] no checkpoint worker; checkpoints stay on the main connection:', error);
    return undefined;
  }
  worker.unref();
  let stopped = false;
  worker.on('error', (error) => {
    // After stop (or once the book is closed) a failing worker has nothing left to hand back.
    if (stopped || !db.open) return;
    console.error('[sqlite] checkpoint worker failed; checkpoints are back on the main connection:', error);
    db.pragma('wal_autocheckpoint = 1000');
  });
  db.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      worker.postMessage('stop');
      // Wait (bounded) until the worker's connection is closed: once the app has closed, nothing of
      // ours holds the book, so it can be copied, moved or removed at once.
      Atomics.wait(closed, 0, 0, STOP_WAIT_MS);
    },
  };
}
