// Shared set-up of the ingest benchmarks: a real app on a temp SQLite file
// with the synthetic catalog, and one JSON line per figure.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../src/app/create-app';
import { catalogCsv, syntheticCatalog, type SyntheticComment } from './synthetic-chat';

export interface BenchApp {
  app: App;
  sessionId: number;
  dir: string;
  /** Feeds comments through the pipeline as a chat source would (no await per comment), the showcase moving as it says. */
  feed(comments: Iterable<SyntheticComment>, onReceipt?: (ms: number) => void): Promise<number>;
  close(): void;
}

export async function startBenchApp(name: string): Promise<BenchApp> {
  const dir = mkdtempSync(join(tmpdir(), `ocop-bench-${name}-`));
  const app = createApp({ dataDir: dir, mode: 'test' });
  await app.call('importCatalogCsv', { csv: catalogCsv(syntheticCatalog()) });
  const session = app.context.live.start({ name: `bench ${name}` });
  const ids = new Map(app.context.products.list().map((product) => [product.code, product.id]));
  return {
    app,
    sessionId: session.id,
    dir,
    async feed(comments) {
      const { ingest, live } = app.context;
      let count = 0;
      let failed = 0;
      for (const { message, showcase } of comments) {
        if (showcase) live.setShowcase(session.id, ids.get(showcase) ?? null, message.sentAt);
        ingest.submit(message, { sessionId: session.id }).catch(() => (failed += 1));
        count += 1;
        // A chat source hands comments over as they come off the network: let each burst commit.
        if (count % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      await ingest.drain();
      if (failed > 0) throw new Error(`${failed} comments failed`);
      return count;
    },
    close() {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function report(line: { bench: string; metric: string; value: number; target?: string; baseline?: number; ok?: boolean; [key: string]: unknown }): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
