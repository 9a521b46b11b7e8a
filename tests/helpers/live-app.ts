// A real app on a temp SQLite file with the live test catalog, and a way to
// have buyers comment: what the chat-to-orders tests talk to.
import { createApp, type App } from '../../src/app/create-app';
import type { AppEvent, EventName, EventPayload } from '../../src/app/contract';
import type { ChatMessage } from '../../src/core/chat/chat-message';
import type { IngestReceipt } from '../../src/app/ingest';
import { readFixture } from './fixtures';
import { makeTempDir } from './temp-dir';

export interface LiveApp {
  app: App;
  dir: string;
  events: AppEvent[];
  /** A buyer comments; `at` is seconds after the start of the stream. */
  say(user: string, text: string, options?: { at?: number; id?: string; sessionId?: number; platform?: ChatMessage['platform']; fromShop?: boolean }): Promise<IngestReceipt>;
  productId(code: string): number;
  stock(code: string): number;
  payloads<N extends EventName>(name: N): EventPayload<N>[];
  count(sql: string, ...params: unknown[]): number;
  close(): void;
}

const START = Date.UTC(2026, 10, 22, 12, 0, 0);
let sequence = 0;

export async function startLiveApp(options: { dir?: string; catalog?: string } = {}): Promise<LiveApp> {
  const temp = options.dir ? undefined : makeTempDir('ocop-live-');
  const dir = options.dir ?? temp!.dir;
  const app = createApp({ dataDir: dir, mode: 'test' });
  await app.call('importCatalogCsv', { csv: readFixture(options.catalog ?? 'catalog-live.csv') });
  const events: AppEvent[] = [];
  app.subscribe((event) => events.push(event));
  const ids = () => new Map(app.context.products.list().map((product) => [product.code, product]));
  return {
    app,
    dir,
    events,
    say(user, text, { at, id, sessionId, platform = 'tiktok', fromShop } = {}) {
      sequence += 1;
      return app.context.ingest.submit(
        {
          platform,
          messageId: id ?? `m${sequence}`,
          userId: `id-${user}`,
          userName: user,
          text,
          sentAt: new Date(START + (at ?? sequence * 60) * 1000).toISOString(),
          ...(fromShop === undefined ? {} : { fromShop }),
        },
        { sessionId },
      );
    },
    productId: (code) => ids().get(code)!.id,
    stock: (code) => ids().get(code)!.stock,
    payloads: <N extends EventName>(name: N) =>
      events.filter((event): event is Extract<AppEvent, { event: N }> => event.event === name).map((event) => event.payload as EventPayload<N>),
    count: (sql, ...params) => (app.context.db.prepare(sql).get(...params) as { n: number }).n,
    close() {
      app.close();
      temp?.cleanup();
    },
  };
}
