import type { Database } from 'better-sqlite3';
import type { EventBus } from './event-bus';
import type { ProductRepository } from '../adapters/sqlite/product-repository';
import type { IngestService, LiveStream, OrderBook } from './ingest';
import type { OverlayService } from './overlays/overlay-service';
import type { ObsService } from './overlays/obs-service';
import type { SecretStore } from '../adapters/secrets/secret-store';
import type { SourceManager } from './sources/source-manager';

/** What every command handler may use. Built once per app by createApp. */
export interface AppContext {
  db: Database;
  databasePath: string;
  dataDir: string;
  mode: 'web' | 'electron' | 'test';
  version: string;
  events: EventBus;
  products: ProductRepository;
  /** Stream sessions and the product on screen. */
  live: LiveStream;
  /** Orders, stock, waitlist and review queue. */
  orderBook: OrderBook;
  /** Where chat sources hand in comments: `ingest.submit(message, { sessionId })` (see src/app/ingest/ingest-service.ts). */
  ingest: IngestService;
  /** Overlay settings and the live view overlay pages and OBS draw from. */
  overlays: OverlayService;
  /** OBS Studio: connection, the OCOP Live scene, overlays kept in step. */
  obs: ObsService;
  /** Platform keys and tokens: safeStorage in Electron, a file only the user can read in web mode. Never logged. */
  secrets: SecretStore;
  /** Live chat sources of this run (Twitch, YouTube, Facebook, TikTok, simulator, replay) feeding ingest. */
  sources: SourceManager;
  now(): Date;
}
