// Shared set-up of the ingest benchmarks: the ingest pipeline (raw chat log,
// parser, order book, group commit) on a temp SQLite file with the synthetic
// catalog, and one JSON line per figure. Only the pipeline is built, not the
// whole app: other features' listeners would be measured along with it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCatalogCsv } from '../src/adapters/csv/catalog-csv';
import { openDatabase, type Database } from '../src/adapters/sqlite/open-database';
import { ProductRepository } from '../src/adapters/sqlite/product-repository';
import { EventBus } from '../src/app/event-bus';
import { createLiveServices, type LiveServices } from '../src/app/ingest';
import { catalogCsv, syntheticCatalog, type SyntheticComment } from './synthetic-chat';

export interface BenchPipeline {
  services: LiveServices;
  db: Database;
  sessionId: number;
  /** Feeds comments through the pipeline as a chat source would (no await per comment), the showcase moving as it says. */
  feed(comments: Iterable<SyntheticComment>): Promise<number>;
  close(): void;
}

export function startBenchPipeline(name: string): BenchPipeline {
  const dir = mkdtempSync(join(tmpdir(), `ocop-bench-${name}-`));
  const databasePath = join(dir, 'ocop-live.db');
  const db = openDatabase(databasePath);
  const events = new EventBus();
  const products = new ProductRepository(db);
  const catalog = parseCatalogCsv(catalogCsv(syntheticCatalog()));
  if (!catalog.ok) throw new Error('the synthetic catalog does not parse');
  products.import(catalog.products);
  const services = createLiveServices({ db, events, products, now: () => new Date() }, { databasePath });
  // Someone listens, as the UI and overlays do: events are built and sent, not skipped.
  let delivered = 0;
  events.subscribe(() => (delivered += 1));
  const session = services.live.start({ name: `bench ${name}` });
  const ids = new Map(products.list().map((product) => [product.code, product.id]));
  return {
    services,
    db,
    sessionId: session.id,
    async feed(comments) {
      const { ingest, live } = services;
      let count = 0;
      let failed = 0;
      for (const { message, showcase } of comments) {
        if (showcase) live.setShowcase(session.id, ids.get(showcase) ?? null, message.sentAt);
        ingest.submit(message, { sessionId: session.id }).catch(() => (failed += 1));
        count += 1;
        // A chat source hands comments over as they come off the network: let each burst commit,
        // and when far ahead of the database (only a benchmark's generator can be), wait for it.
        if (count % 1000 === 0) {
          if (ingest.pending >= 2_000) await ingest.drain();
          else await new Promise((resolve) => setImmediate(resolve));
        }
      }
      await ingest.drain();
      if (failed > 0) throw new Error(`${failed} comments failed`);
      return count;
    },
    close() {
      services.ingest.close();
      db.close();
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
