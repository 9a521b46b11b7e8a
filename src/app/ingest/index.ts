// Builds the live stream, the order book and the ingest pipeline over one
// database; createApp puts them on the AppContext.
import type { Database } from 'better-sqlite3';
import { ChatLogRepository } from '../../adapters/sqlite/chat-log-repository';
import { CustomerRepository } from '../../adapters/sqlite/customer-repository';
import { OrderRepository } from '../../adapters/sqlite/order-repository';
import type { ProductRepository } from '../../adapters/sqlite/product-repository';
import { ReviewRepository } from '../../adapters/sqlite/review-repository';
import { SessionRepository } from '../../adapters/sqlite/session-repository';
import { SettingsStore } from '../../adapters/sqlite/settings-store';
import { ShowcaseRepository } from '../../adapters/sqlite/showcase-repository';
import { StockRepository } from '../../adapters/sqlite/stock-repository';
import { WaitlistRepository } from '../../adapters/sqlite/waitlist-repository';
import { startCheckpointer } from '../../adapters/sqlite/checkpointer';
import type { EventBus } from '../event-bus';
import { IngestService, type IngestOptions } from './ingest-service';
import { LiveStream } from './live-stream';
import { OrderBook, type UnitPricing } from './order-book';
import { StaffRoster } from './staff-roster';

export { IngestService, type IngestReceipt, type SubmitOptions } from './ingest-service';
export { LiveStream } from './live-stream';
export { OrderBook, type UnitPricing } from './order-book';
export { StaffRoster } from './staff-roster';

/** The settings key of the repeat window, in seconds. */
export const REPEAT_WINDOW_SETTING = 'live.repeatWindowSeconds';

export function readRepeatWindowSeconds(db: Database): number {
  const value = new SettingsStore(db).readAll()[REPEAT_WINDOW_SETTING];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 10;
}

export interface LiveServices {
  live: LiveStream;
  orderBook: OrderBook;
  ingest: IngestService;
  /** Accounts the seller marked as the shop's own: their comments make no order. */
  staff: StaffRoster;
}

export interface LiveServiceOptions extends IngestOptions {
  /** The database file: checkpoints then run on a worker thread, off the commit path. */
  databasePath?: string;
  /** Prices of the moment (flash sales); the catalog's prices when absent. */
  pricing?: UnitPricing;
}

export function createLiveServices(
  deps: { db: Database; events: EventBus; products: ProductRepository; now: () => Date },
  options: LiveServiceOptions = {},
): LiveServices {
  const { db, events, products, now } = deps;
  const { databasePath, pricing, ...ingestOptions } = options;
  const checkpointer = databasePath ? startCheckpointer(db, databasePath) : undefined;
  const chatLog = new ChatLogRepository(db);
  const live = new LiveStream(new SessionRepository(db), new ShowcaseRepository(db), products, events, now);
  const orderBook = new OrderBook(
    db,
    {
      orders: new OrderRepository(db),
      stock: new StockRepository(db),
      waitlist: new WaitlistRepository(db),
      customers: new CustomerRepository(db),
      reviews: new ReviewRepository(db),
      chatLog,
    },
    events,
    now,
    pricing,
  );
  const staff = new StaffRoster(new SettingsStore(db));
  const ingest = new IngestService(
    { db, events, live, orderBook, chatLog, products, staff, now },
    { repeatWindowMs: readRepeatWindowSeconds(db) * 1000, ...ingestOptions, onCommit: () => checkpointer?.wrote(), onClose: () => checkpointer?.stop() },
  );
  return { live, orderBook, ingest, staff };
}
