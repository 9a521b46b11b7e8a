// Overlays and VietQR, as JSON lines:
//   vietqr payloads/s (target ≥ 50,000/s),
//   overlay view build time with 5,000 orders in the session (target ≤ 4 ms: well inside a frame),
//   showcase → overlayChanged over the WebSocket, p50/p95 (target p95 ≤ 33 ms: two frames at 60 fps),
//   a burst of 2,000 order events → overlayChanged messages sent (coalesced per frame; target ≤ 10).
//   npx tsx bench/overlay.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { buildVietQr } from '../src/core/vietqr';
import { createApp } from '../src/app/create-app';
import { startServer } from '../src/server/http-server';
import { webRoutes } from '../src/server/routes';
import type { OrderSummary } from '../src/app/contract/live';
import type { Product } from '../src/core/catalog/product';

const line = (bench: string, metric: string, value: number, target: string, ok: boolean, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ bench, metric, value: Math.round(value * 100) / 100, target, ok, ...extra }));
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

// 1. VietQR payloads.
{
  const n = 100_000;
  const started = performance.now();
  for (let i = 0; i < n; i++) buildVietQr({ bin: '970415', account: '0011001932418', amount: 1000 + i, purpose: `DH${i} Mat ong` });
  const perSecond = n / ((performance.now() - started) / 1000);
  line('vietqr', 'payloads_per_s', perSecond, '>=50000', perSecond >= 50_000);
}

const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-overlay-'));
const app = createApp({ dataDir: dir, mode: 'test' });
const server = await startServer({ app, port: 0, routes: webRoutes(app) });
try {
  const products: Product[] = [];
  for (let i = 0; i < 20; i++) products.push(await app.call('createProduct', { code: `SP${i}`, name: `Sản phẩm số ${i}`, price: 100_000 + i, stock: 1000 }));
  await app.call('updateOverlayState', { visible: { goal: true, ticker: true }, goal: { target: 100_000_000 } });

  const order = (id: number, at: string): OrderSummary => ({
    id, code: `DH${id}`, sessionId: null, customerId: id, customerName: `Nguyễn Văn Khách ${id}`, status: 'pending',
    items: [{ code: `SP${id % 20}`, name: 'x', qty: 1 + (id % 3), unitPrice: 100_000 }], total: 100_000 * (1 + (id % 3)), createdAt: at, updatedAt: at,
  });

  // 4 (first, on a fresh socket). A burst of order events, counted on the wire.
  const socket = new WebSocket(`ws://127.0.0.1:${server.port}/api/events`);
  await new Promise((resolve) => socket.once('open', resolve));
  let overlayMessages = 0;
  let onOverlay: (() => void) | null = null;
  socket.on('message', (data: Buffer) => {
    if (data.toString('utf8', 0, 40).includes('"overlayChanged"')) {
      overlayMessages += 1;
      onOverlay?.();
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  overlayMessages = 0;
  const base = Date.now();
  for (let i = 1; i <= 2000; i++) app.context.events.emit('orderChanged', { reason: 'created', order: order(i, new Date(base + i).toISOString()) });
  await new Promise((resolve) => setTimeout(resolve, 200));
  line('overlay', 'ws_messages_for_2000_order_events', overlayMessages, '<=10', overlayMessages <= 10);

  // 2. The view with thousands of orders in the session.
  for (let i = 2001; i <= 5000; i++) app.context.events.emit('orderChanged', { reason: 'created', order: order(i, new Date(base + i).toISOString()) });
  const builds: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    app.context.overlays.view();
    builds.push(performance.now() - t0);
  }
  const p50Build = percentile(builds, 50);
  line('overlay', 'view_build_ms_5000_orders_p50', p50Build, '<=4', p50Build <= 4, { p95: Math.round(percentile(builds, 95) * 100) / 100 });

  // 3. Showcase → overlayChanged on the wire.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const latencies: number[] = [];
  for (let i = 0; i < 200; i++) {
    const received = new Promise<void>((resolve) => (onOverlay = resolve));
    const t0 = performance.now();
    app.context.events.emit('showcaseChanged', { sessionId: null, product: products[i % products.length]!, at: new Date().toISOString() });
    await received;
    latencies.push(performance.now() - t0);
    await new Promise((resolve) => setTimeout(resolve, 20)); // one showcase change per frame at most, as a person makes them
  }
  onOverlay = null;
  const p95 = percentile(latencies, 95);
  line('overlay', 'showcase_to_ws_ms_p95', p95, '<=33', p95 <= 33, { p50: Math.round(percentile(latencies, 50) * 100) / 100, max: Math.round(Math.max(...latencies) * 100) / 100 });
  socket.close();
} finally {
  await server.close();
  app.close();
  rmSync(dir, { recursive: true, force: true });
}
