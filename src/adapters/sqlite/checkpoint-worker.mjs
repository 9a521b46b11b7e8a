// Checkpoints the order book's WAL from its own thread and connection, so
// the fsync a checkpoint needs never stalls a comment's commit on the main
// thread. PASSIVE: it copies what it can without waiting for or blocking
// the writer. Plain JavaScript: it needs nothing compiled.
//
// workerData.closed (an Int32Array on shared memory) becomes non-zero once
// this connection is closed, or could never open: the app waits on it when it
// closes, so no connection of ours outlives the app's own.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const closed = workerData.closed;
const done = () => {
  Atomics.store(closed, 0, 1);
  Atomics.notify(closed, 0);
};

let db;
try {
  db = new Database(workerData.path, { fileMustExist: true });
  db.pragma('busy_timeout = 2000');
  db.pragma('synchronous = NORMAL');
} catch (error) {
  db?.close();
  done();
  throw error;
}
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');

let timer;
const tick = () => {
  clearTimeout(timer);
  try {
    checkpoint.get();
  } catch {
    // Busy or closing: the next tick tries again; the main connection's own autocheckpoint is the safety net.
  }
  timer = setTimeout(tick, workerData.intervalMs);
};
timer = setTimeout(tick, workerData.intervalMs);

parentPort.on('message', (message) => {
  // 'wrote': the app committed (at most one a few tens of ms apart, see checkpointer.ts).
  if (message === 'wrote') {
    tick();
    return;
  }
  if (message === 'stop') {
    clearTimeout(timer);
    try {
      db.close();
    } finally {
      done();
      parentPort.close();
    }
  }
});
