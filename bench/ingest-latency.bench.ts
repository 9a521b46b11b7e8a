// Commit latency at a steady 1,000 comments/s: time from submit() to the
// promise that says the comment is durably stored and acted on.
// Target: p99 ≤ 20 ms.
//   npx tsx bench/ingest-latency.bench.ts [seconds]
import { percentile, report, startBenchPipeline } from './ingest-harness';
import { syntheticComments } from './synthetic-chat';

const SECONDS = Number(process.argv[2] ?? 10);
const RATE = 1000;
const total = SECONDS * RATE;

const bench = startBenchPipeline('latency');
const { ingest } = bench.services;
// Warm up the parser and statements first, as a running app would be.
await bench.feed(syntheticComments(2000, { prefix: 'warm' }));

const source = syntheticComments(total, { seed: 7 });
const latencies: number[] = [];
let sent = 0;
const started = performance.now();
await new Promise<void>((resolve, reject) => {
  const tick = () => {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * RATE));
    while (sent < due) {
      const next = source.next();
      if (next.done) break;
      const t0 = performance.now();
      sent += 1;
      ingest.submit(next.value.message, { sessionId: bench.sessionId }).then(() => {
        latencies.push(performance.now() - t0);
        if (latencies.length === total) resolve();
      }, reject);
    }
    if (sent < total) setTimeout(tick, 1);
  };
  tick();
});
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const p99 = percentile(latencies, 99);
report({ bench: 'ingest-latency', metric: 'achieved_comments_per_s', value: Math.round(total / elapsed), target: `~${RATE}` });
report({ bench: 'ingest-latency', metric: 'commit_latency_p50_ms', value: Number(percentile(latencies, 50).toFixed(2)) });
report({ bench: 'ingest-latency', metric: 'commit_latency_p99_ms', value: Number(p99.toFixed(2)), target: '<=20', ok: p99 <= 20 });
report({ bench: 'ingest-latency', metric: 'commit_latency_max_ms', value: Number(latencies.at(-1)!.toFixed(2)) });
bench.close();
