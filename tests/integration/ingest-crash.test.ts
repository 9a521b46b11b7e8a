// Kills the replay with SIGKILL at random moments, starts it again on the
// same database and transcript, and checks nothing acknowledged was lost,
// nothing was doubled, and the order book ends exactly as one clean run.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app';
import { replayTranscript } from '../../src/app/ingest/replay';
import { fixturePath } from '../helpers/fixtures';
import { makeTempDir } from '../helpers/temp-dir';
import { writeCatalog, writeTranscript } from '../helpers/transcripts';

const CLI = fixturePath('../../bin/ocop-live.mjs');
const COMMENTS = 3000;
const SESSION = 'crash';
const temp = makeTempDir('ocop-crash-');
afterAll(() => temp.cleanup());

/** A seeded PRNG: a failure can be run again with the seed it printed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 4294967296;
  };
}

interface RunResult {
  acked: string[];
  killed: boolean;
  code: number | null;
}

/** One replay process; killed with SIGKILL after `killAfterAcks` acknowledgements or `killAfterMs`, whichever comes first. */
function runReplay(transcript: string, catalog: string, db: string, kill: { afterAcks?: number; afterMs?: number }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'replay', transcript, '--catalog', catalog, '--db', db, '--session', SESSION, '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: string[] = [];
    let killed = false;
    let stderr = '';
    const killNow = () => {
      if (killed || child.exitCode !== null) return;
      killed = true;
      child.kill('SIGKILL');
    };
    const timer = kill.afterMs === undefined ? undefined : setTimeout(killNow, kill.afterMs);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const parsed = JSON.parse(line) as { id?: string; status?: string };
      // A line is printed only after its transaction committed: it is acknowledged as stored.
      if (parsed.id !== undefined && (parsed.status === 'stored' || parsed.status === 'duplicate')) acked.push(parsed.id);
      if (kill.afterAcks !== undefined && acked.length >= kill.afterAcks) killNow();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (!killed && code !== 0) reject(new Error(`replay exited with ${code}: ${stderr}`));
      else resolve({ acked, killed, code });
    });
  });
}

/** What must come out the same however many times the process died on the way. */
function snapshot(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      comments: db.prepare('SELECT count(*) AS n, count(DISTINCT message_id) AS distinctIds FROM chat_messages').get(),
      outcomes: db.prepare('SELECT action, intent, count(*) AS n FROM chat_outcomes GROUP BY action, intent ORDER BY action, intent').all(),
      orders: db
        .prepare(
          `SELECT o.code, c.display_name AS buyer, o.status,
             (SELECT group_concat(p.code || 'x' || i.qty || '@' || i.unit_price, ' ') FROM order_items i JOIN products p ON p.id = i.product_id WHERE i.order_id = o.id) AS items
           FROM orders o JOIN customers c ON c.id = o.customer_id ORDER BY o.id`,
        )
        .all(),
      stock: db.prepare('SELECT code, stock FROM products ORDER BY code').all(),
      ledger: db.prepare('SELECT product_id, sum(delta) AS total, count(*) AS rows FROM stock_ledger GROUP BY product_id ORDER BY product_id').all(),
      waitlist: db.prepare('SELECT product_id, customer_id, qty, status FROM waitlist ORDER BY id').all(),
      reviews: db.prepare('SELECT chat_message_id, reason, status FROM review_queue ORDER BY id').all(),
      customers: db.prepare('SELECT count(*) AS n FROM customers').get(),
      showcase: db.prepare('SELECT count(*) AS n FROM showcase_events').get(),
    };
  } finally {
    db.close();
  }
}

describe('the ingest process killed at random moments', () => {
  it('keeps every acknowledged comment, doubles nothing, and ends as one clean run would', async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);
    const rnd = random(seed);
    const transcript = join(temp.dir, 'stream.jsonl');
    const catalog = join(temp.dir, 'catalog.csv');
    // Few buyers and little stock: repeats, waitlists, cancels and promotions all happen.
    writeTranscript(transcript, COMMENTS, { users: 250, seed: 5, showcaseEvery: 150, gapMs: 700 });
    writeCatalog(catalog, 15);

    // The reference: the same transcript in one go, in this process.
    const cleanPath = join(temp.dir, 'clean.db');
    const app = createApp({ dataDir: temp.dir, databasePath: cleanPath, mode: 'test' });
    await app.call('importCatalogCsv', { csv: readFileSync(catalog, 'utf8') });
    const session = app.context.live.named(SESSION, 'replay');
    await replayTranscript(app.context, createInterface({ input: createReadStream(transcript, 'utf8'), crlfDelay: Infinity }), { sessionId: session.id });
    app.context.live.end(session.id);
    app.close();
    const clean = snapshot(cleanPath);
    expect(clean.comments).toEqual({ n: COMMENTS, distinctIds: COMMENTS });

    const crashPath = join(temp.dir, 'crash.db');
    const acknowledged = new Set<string>();
    const kills: string[] = [];
    // First kill while it may still be starting (migrations, catalog import), then by acknowledgements.
    const plans = [{ afterMs: 300 + Math.floor(rnd() * 1500) }, ...[0, 1, 2].map(() => ({ afterAcks: 1 + Math.floor(rnd() * (COMMENTS - 1)) }))];
    for (const plan of plans) {
      const run = await runReplay(transcript, catalog, crashPath, plan);
      for (const id of run.acked) acknowledged.add(id);
      kills.push(`${JSON.stringify(plan)} → ${run.killed ? 'killed' : 'finished'} after ${run.acked.length} acks`);
      if (!run.killed) {
        // It finished before the kill came: everything was acknowledged.
        expect(run.acked).toHaveLength(COMMENTS);
      } else if (existsSync(crashPath)) {
        // Everything acknowledged before the kill is in the database, exactly once.
        const db = new Database(crashPath, { readonly: true });
        const stored = new Set((db.prepare('SELECT message_id FROM chat_messages').all() as { message_id: string }[]).map((row) => row.message_id));
        db.close();
        const missing = [...acknowledged].filter((id) => !stored.has(id));
        expect(missing, `seed ${seed}: ${kills.join('; ')}`).toEqual([]);
      } else {
        expect(run.acked, 'nothing can be acknowledged before the database exists').toEqual([]);
      }
    }
    console.log(`crash test seed ${seed}: ${kills.join("; ")}`);
    const final = await runReplay(transcript, catalog, crashPath, {});
    expect(final.killed).toBe(false);
    expect(final.acked).toHaveLength(COMMENTS);

    const crashed = snapshot(crashPath);
    expect(crashed.integrity, `seed ${seed}`).toBe('ok');
    expect(crashed, `seed ${seed}: ${kills.join('; ')}`).toEqual(clean);
  }, 120_000);
});
