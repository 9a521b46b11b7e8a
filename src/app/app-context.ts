import type { Database } from 'better-sqlite3';
import type { EventBus } from './event-bus';
import type { ProductRepository } from '../adapters/sqlite/product-repository';
import type { IngestService, LiveStream, OrderBook, StaffRoster } from './ingest';
import type { OverlayService } from './overlays/overlay-service';
import type { ObsService } from './overlays/obs-service';
import type { SecretStore } from '../adapters/secrets/secret-store';
import type { SourceManager } from './sources/source-manager';
import type { GlobalShortcutKeys, GlobalShortcuts } from './contract/shortcuts';

/** What only the desktop shell can do, handed in by it (src/main/desktop.ts); absent in web mode. */
export interface DesktopHost {
  shortcuts: {
    get(): GlobalShortcuts;
    /** Saves and applies the keys; throws an AppError, saving nothing, for an invalid or repeated key. */
    set(keys: GlobalShortcutKeys): GlobalShortcuts;
  };
}

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
  /** Accounts the seller marked as the shop's own: what they write makes no order. */
  staff: StaffRoster;
  /** Overlay settings and the live view overlay pages and OBS draw from. */
  overlays: OverlayService;
  /** OBS Studio: connection, the OCOP Live scene, overlays kept in step. */
  obs: ObsService;
  /** Platform keys and tokens: safeStorage in Electron, a file only the user can read in web mode. Never logged. */
  secrets: SecretStore;
  /** Live chat sources of this run (Twitch, YouTube, Facebook, TikTok, simulator, replay) feeding ingest. */
  sources: SourceManager;
  /** The desktop shell's own powers (global shortcuts); undefined in web mode and tests. */
  desktop?: DesktopHost;
  now(): Date;
}
