// Resident memory of the app after ingesting 1,000,000 comments (100,000
// buyers) through the whole pipeline. Target: ≤ 300 MB.
//   npx tsx bench/ingest-memory.bench.ts [count]
import { report, startBenchPipeline } from './ingest-harness';
import { syntheticComments } from './synthetic-chat';

const COUNT = Number(process.argv[2] ?? 1_000_000);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

const bench = startBenchPipeline('memory');
const before = process.memoryUsage().rss;
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const started = performance.now();
await bench.feed(syntheticComments(COUNT, { users: 100_000, seed: 99 }));
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
(globalThis as { gc?: () => void }).gc?.();
const after = process.memoryUsage();
peak = Math.max(peak, after.rss);
const stored = (bench.db.prepare('SELECT count(*) AS n FROM chat_messages').get() as { n: number }).n;
report({ bench: 'ingest-memory', metric: 'comments_stored', value: stored, target: String(COUNT), ok: stored === COUNT });
report({ bench: 'ingest-memory', metric: 'comments_per_s', value: Math.round(COUNT / seconds) });
report({ bench: 'ingest-memory', metric: 'rss_after_mb', value: mb(after.rss), target: '<=300', ok: mb(after.rss) <= 300, heap_used_mb: mb(after.heapUsed), rss_at_start_mb: mb(before) });
report({ bench: 'ingest-memory', metric: 'rss_peak_mb', value: mb(peak) });
bench.close();
