import type { Database } from 'better-sqlite3';
import type { EventBus } from './event-bus';
import type { ProductRepository } from '../adapters/sqlite/product-repository';
import type { OverlayService } from './overlays/overlay-service';

/** What every command handler may use. Built once per app by createApp. */
export interface AppContext {
  db: Database;
  databasePath: string;
  dataDir: string;
  mode: 'web' | 'electron' | 'test';
  version: string;
  events: EventBus;
  products: ProductRepository;
  /** Overlay settings and the live view overlay pages and OBS draw from. */
  overlays: OverlayService;
  now(): Date;
}
