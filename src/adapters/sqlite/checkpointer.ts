// Moves WAL checkpoints off the thread that commits comments: a worker with
// its own connection checkpoints, and the main connection's automatic checkpoint is pushed far out, left only as a safety net. The
// worker checkpoints every few seconds when the app is quiet, and every
// WROTE_GAP_MS while it writes: a burst of comments dirties about a thousand
// pages a batch, and a WAL left to grow to the safety net would make a
// commit on the main thread copy 64 MB (a stall of about 80 ms, measured).
import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';

export interface Checkpointer {
  /** Tell it a write transaction committed: while writes keep coming it checkpoints often. Cheap to call on every commit. */
  wrote(): void;
  stop(): void;
}

/** Closest two checkpoints come while the app writes. */
const WROTE_GAP_MS = 50;

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
  let lastNudge = 0;
  worker.on('error', (error) => {
    // After stop (or once the book is closed) a failing worker has nothing left to hand back.
    if (stopped || !db.open) return;
    console.error('[sqlite] checkpoint worker failed; checkpoints are back on the main connection:', error);
    db.pragma('wal_autocheckpoint = 1000');
  });
  db.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
  return {
    wrote() {
      const now = performance.now();
      if (stopped || now - lastNudge < WROTE_GAP_MS) return;
      lastNudge = now;
      worker.postMessage('wrote');
    },
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
