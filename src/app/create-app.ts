// The app service: opens the order book, wires core and adapters, validates
// every command at the boundary and runs it. Every transport calls this.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { openDatabase, type Database } from '../adapters/sqlite/open-database';
import { ProductRepository } from '../adapters/sqlite/product-repository';
import { createLiveServices } from './ingest';
import { FileSecretStore } from '../adapters/secrets/file-secret-store';
import type { SecretStore } from '../adapters/secrets/secret-store';
import { SourceManager, type SourceManagerDeps } from './sources/source-manager';
import { commands, isCommandName, type AppClient, type AppEvent, type CommandName, type CommandResult } from './contract';
import { EventBus } from './event-bus';
import { AppError, internalError, invalidInput } from './errors';
import { handlers } from './handlers';
import type { Handler } from './handlers/define';
import type { AppContext, DesktopHost } from './app-context';
import { OverlayService } from './overlays/overlay-service';
import { ObsService } from './overlays/obs-service';
import { refuseRealChatInRehearsal, rehearsalServiceOf, releaseLeftoverRehearsals, releaseRehearsalSession } from './training/rehearsal-service';

export interface CreateAppOptions {
  dataDir: string;
  /** Defaults to <dataDir>/ocop-live.db. */
  databasePath?: string;
  mode?: AppContext['mode'];
  now?: () => Date;
  /** Where platform keys and tokens live; web mode's file store in the data folder by default (Electron passes safeStorage's). */
  secrets?: SecretStore;
  /** Chat source endpoints (proxies, tests) and test tuning. */
  sources?: Pick<SourceManagerDeps, 'endpoints' | 'backoff' | 'tiktokConnectionFactory' | 'tuning'>;
  /** The desktop shell's own powers (global shortcuts); web mode has none. */
  desktop?: DesktopHost;
  /**
   * This is the app a seller works in (the desktop app, `ocop-live serve`):
   * on opening, a rehearsal still open in the book is one a crash cut short,
   * and its practice stock goes back. Leave it off in commands that only
   * visit the book (`replay`, `listen`): there an open rehearsal may be one
   * the running app is in the middle of.
   */
  recoverCrashedRehearsals?: boolean;
  /**
   * false: the app does not reconnect to the OBS connection the seller saved.
   * For `replay`: an old stream played back must not change what the live
   * stream shows while the seller is on air.
   */
  resumeObs?: boolean;
}

export interface App extends AppClient {
  readonly context: AppContext;
  /** Calls a command by a name that arrived from outside (HTTP, IPC): unknown names are errors, not crashes. */
  callUnknown(name: string, input: unknown): Promise<unknown>;
  close(): void;
}

/** Never stops the app opening or closing: the next start of the app tries again. */
function giveBackRehearsalStock(context: AppContext, release: () => unknown): void {
  if (!context.db.open) return; // closed twice
  try {
    release();
  } catch (error) {
    console.error('[app] could not give back the stock of an unfinished rehearsal:', error);
  }
}

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function createApp(options: CreateAppOptions): App {
  const databasePath = options.databasePath ?? join(options.dataDir, 'ocop-live.db');
  const db = openDatabase(databasePath);
  // A start that fails after the book is open stops what it started, last first, and closes the book:
  // no file handle or checkpoint worker is left behind for the retry or the desktop's problem page.
  const stops: (() => void)[] = [() => db.close()];
  try {
    return composeApp(options, db, databasePath, (stop) => stops.push(stop));
  } catch (error) {
    for (const stop of stops.reverse()) {
      try {
        stop();
      } catch (stopError) {
        console.error('[app] while giving up a failed start:', stopError);
      }
    }
    throw error;
  }
}

function composeApp(options: CreateAppOptions, db: Database, databasePath: string, started: (stop: () => void) => void): App {
  const events = new EventBus();
  const secrets = options.secrets ?? FileSecretStore.inDataDir(options.dataDir);
  const overlays = new OverlayService({
    db,
    dataDir: options.dataDir,
    events,
    products: new ProductRepository(db),
    now: options.now ?? (() => new Date()),
    showcase: (code, sessionId) => {
      const product = context.products.findByCode(code);
      if (product) context.live.setShowcase(sessionId, product.id);
    },
  });
  started(() => overlays.close());
  const liveServices = createLiveServices(
    { db, events, products: new ProductRepository(db), now: () => context.now() },
    { databasePath, pricing: overlays },
  );
  started(() => liveServices.ingest.close()); // stops the checkpoint worker too
  const obs = new ObsService({ db, dataDir: options.dataDir, events, overlays, secrets });
  started(() => void obs.close());
  const context: AppContext = {
    db,
    databasePath,
    dataDir: options.dataDir,
    mode: options.mode ?? 'web',
    version: readVersion(),
    events,
    products: new ProductRepository(db),
    ...liveServices,
    overlays,
    obs,
    secrets,
    sources: new SourceManager({
      ...options.sources,
      events,
      secrets,
      // Through the context: the live services are built alongside in this same object.
      ingest: { submit: (message, submitOptions) => context.ingest.submit(message, submitOptions) },
      live: {
        currentId: () => context.live.currentId(),
        exists: (id) => context.live.exists(id),
        showcaseCode: (id) => context.live.showcaseCode(id),
        setShowcase: (id, productId, at) => context.live.setShowcase(id, productId, at),
      },
      products: new ProductRepository(db),
      now: () => context.now(),
      mayConnect: (platform, sessionId) => refuseRealChatInRehearsal(context, platform, sessionId),
    }),
    desktop: options.desktop,
    now: options.now ?? (() => new Date()),
  };

  if (options.resumeObs !== false) void context.obs.resume(); // reconnects to OBS when the seller saved the connection
  // A rehearsal cut short by a crash gives its practice stock back, in the app that runs rehearsals only.
  if (options.recoverCrashedRehearsals) giveBackRehearsalStock(context, () => releaseLeftoverRehearsals(context));

  async function run<N extends CommandName>(name: N, input: unknown): Promise<CommandResult<N>> {
    const schema = commands[name].input;
    const parsed = schema.safeParse(input ?? {});
    if (!parsed.success) throw invalidInput(name, parsed.error, schema, input ?? {});
    const handler = handlers[name] as Handler<N>;
    try {
      return await handler(parsed.data as Parameters<Handler<N>>[0], context);
    } catch (error) {
      if (error instanceof AppError) throw error;
      console.error(`[app] ${name} failed:`, error);
      throw internalError();
    }
  }

  return {
    context,
    call: (name, input) => run(name, input),
    callUnknown: (name, input) => {
      if (!isCommandName(name)) {
        return Promise.reject(
          new AppError('UNKNOWN_COMMAND', `Không có lệnh "${name}"`, `There is no command "${name}"`, 404),
        );
      }
      return run(name, input);
    },
    subscribe: (listener: (event: AppEvent) => void) => events.subscribe(listener),
    close: () => {
      void context.sources.stopAll(); // no comment arrives after this point
      const rehearsed = rehearsalServiceOf(context).closeNow(); // nor from a rehearsal's audience
      context.ingest.close(); // what is queued is written before the database closes
      // Then the rehearsal this app was running gives its practice stock back; another app's is not ours to end.
      if (rehearsed !== null) giveBackRehearsalStock(context, () => releaseRehearsalSession(context, rehearsed));
      void context.obs.close();
      context.overlays.close();
      db.close();
    },
  };
}
