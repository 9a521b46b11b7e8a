// End to end, Twitch chat to the UI: a tagged PRIVMSG written by a local
// Twitch IRC server → tmi.js → the Twitch source → ingest (stored, parsed,
// order written) → the order event on the app's WebSocket (/api/events).
// 200 comments/s for 10 s, each a new buyer ordering, so each makes one
// orderChanged. Target: p95 ≤ 50 ms. Run: npx tsx bench/twitch-e2e.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { createApp } from '../src/app/create-app';
import { startServer } from '../src/server/http-server';
import { MemorySecretStore } from '../src/adapters/secrets/file-secret-store';
import { TwitchIrcServer } from '../tests/helpers/peers/twitch-irc-server';

const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = 100;
const CHANNEL = 'ocopbench';
const out = (value: object) => process.stdout.write(`${JSON.stringify({ bench: 'twitch-e2e', ...value })}\n`);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-twitch-'));
  const irc = await TwitchIrcServer.start();
  const app = createApp({ dataDir: dir, mode: 'test', secrets: new MemorySecretStore(), sources: { endpoints: { twitchUrl: irc.url } } });
  const server = await startServer({ app, port: 0 });
  try {
    await app.call('importCatalogCsv', {
      csv: 'code,name,price,unit,stock,aliases,ocop_stars\nMO1,Mật ong hoa cà phê 500ml,150000,chai,1000000,mật ong,4\nPH1,Phấn hoa 200g,180000,hũ,1000000,phấn hoa,3\n',
    });
    await app.call('startSession', { name: 'bench' });

    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/api/events`);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    let received = 0;
    socket.on('message', (data) => {
      const event = JSON.parse(String(data)) as { event: string; payload: { reason?: string; order?: { customerName: string } } };
      if (event.event !== 'orderChanged' || !event.payload.order) return;
      const started = sentAt.get(event.payload.order.customerName);
      if (started === undefined) return;
      sentAt.delete(event.payload.order.customerName);
      received += 1;
      latencies.push(performance.now() - started);
    });

    await app.call('connectSource', { platform: 'twitch', target: CHANNEL });
    await irc.until(() => irc.joined(CHANNEL) === 1, 15_000);
    const waitLive = Date.now();
    while (app.context.sources.list()[0]?.state.kind !== 'live' && Date.now() - waitLive < 15_000) await new Promise((r) => setTimeout(r, 10));

    const total = WARMUP + RATE * SECONDS;
    const texts = ['MO1 x1', 'chốt 2 chai mật ong', 'PH1 x2', 'lấy 1 hũ phấn hoa'];
    const started = performance.now();
    let sent = 0;
    // Paced like a real chat: each comment at its own moment, not in bursts.
    await new Promise<void>((resolve) => {
      const tick = () => {
        const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * RATE) + 1);
        while (sent < due) {
          sent += 1;
          const login = `buyer${sent}`;
          if (sent > WARMUP) sentAt.set(login, performance.now());
          irc.privmsg(CHANNEL, { id: `bench-${sent}`, userId: String(100000 + sent), login, text: texts[sent % texts.length]! });
        }
        if (sent >= total) resolve();
        else setTimeout(tick, 1);
      };
      tick();
    });
    const sendSeconds = (performance.now() - started) / 1000;
    const deadline = Date.now() + 10_000;
    while (received < RATE * SECONDS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));

    latencies.sort((a, b) => a - b);
    const measured = RATE * SECONDS;
    const p95 = percentile(latencies, 95);
    out({ metric: 'comments_sent', value: measured, warmup: WARMUP, rate_per_s: Math.round(total / sendSeconds) });
    out({ metric: 'order_events_received', value: received, target: `=${measured}`, ok: received === measured });
    out({ metric: 'p50_ms', value: Number(percentile(latencies, 50).toFixed(2)) });
    out({ metric: 'p95_ms', value: Number(p95.toFixed(2)), target: '<=50', ok: received === measured && p95 <= 50 });
    out({ metric: 'p99_ms', value: Number(percentile(latencies, 99).toFixed(2)) });
    out({ metric: 'max_ms', value: Number((latencies[latencies.length - 1] ?? Number.NaN).toFixed(2)) });
    socket.close();
    if (!(received === measured && p95 <= 50)) process.exitCode = 1;
  } finally {
    await app.context.sources.stopAll();
    await server.close();
    app.close();
    await irc.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
