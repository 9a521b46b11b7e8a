// The desktop shell: one hardened window on the same app service web mode
// runs, reached through the IPC bridge; the local server for OBS overlays; the
// native menu, global shortcuts and a tray icon while streaming; the log and
// the secret store in the per-user folder. Electron comes in as an argument
// (see electron-api.ts), so all of this runs in tests with a stand-in.
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { createApp, type App } from '../app/create-app';
import { isCommandName, type AppEvent } from '../app/contract';
import { AppError } from '../app/errors';
import type { DesktopHost } from '../app/app-context';
import type { GlobalShortcutKeys, GlobalShortcuts } from '../app/contract/shortcuts';
import { backupFolder } from '../app/handlers/backup';
import { resolveSourceEndpoints } from '../app/sources/source-endpoints';
import type { SourceEndpoints } from '../app/sources/source-manager';
import { defaultBackupName, replaceUnopenableDatabase } from '../adapters/sqlite/order-book-backup';
import { ElectronSecretStore } from '../adapters/secrets/electron-secret-store';
import { defaultDataDir } from '../cli/data-dir';
import { DEFAULT_PORT, startServer, type RunningServer } from '../server/http-server';
import { desktopRoutes } from '../server/routes';
import { desktopStrings, type DesktopLanguage } from './desktop-strings';
import type { BrowserWindow, ElectronApi } from './electron-api';
import { forwardEvents, registerIpcBridge, trustedSenderCheck } from './ipc-bridge';
import { captureConsole, createFileLogger, type Logger } from './logger';
import { createMainWindow, focusWindow } from './main-window';
import { buildMenuTemplate, type MenuHandlers } from './menu';
import { classifyOpenError, openProblemUrl, type OpenProblem } from './open-problem';
import { desktopPaths, type DesktopPaths } from './paths';
import { Redactor } from './redact';
import { guardSession, guardWebContents } from './security';
import { createShowcaseActions, showcaseActionIds, type ShowcaseActionId } from './showcase-actions';
import {
  checkShortcutConfig,
  ensureShortcutFile,
  hasConflict,
  loadShortcutConfig,
  ShortcutRegistry,
  writeShortcutFile,
  type ShortcutConfig,
  type ShortcutStatus,
} from './shortcuts';
import { StreamingTray } from './streaming-tray';

export const PRODUCT_NAME = 'OCOP Live';

export interface DesktopOptions {
  electron: ElectronApi;
  argv?: readonly string[];
  platform?: NodeJS.Platform;
  paths?: DesktopPaths;
  /** The local server's port (OBS overlay addresses use it); 4545 unless told. Tests pass 0. */
  port?: number;
  /** Mirror console output into the log file (the real app does; tests do not). */
  captureConsole?: boolean;
  /** Where OCOP_TWITCH_URL and the other chat endpoint overrides are read; process.env unless told. */
  env?: NodeJS.ProcessEnv;
}

export interface DesktopShell {
  readonly state: 'secondary' | 'running' | 'unopenable';
  readonly window?: BrowserWindow;
  readonly app?: App;
  readonly server?: RunningServer;
  readonly problem?: OpenProblem;
  readonly logger?: Logger;
  readonly redactor?: Redactor;
  readonly secrets?: ElectronSecretStore;
  readonly dataDir?: string;
  shortcutStatus(): ShortcutStatus[];
  readonly tray?: StreamingTray;
  runAction(id: ShowcaseActionId): Promise<void>;
  /** Stops the server, closes the order book and the log. */
  shutdown(): Promise<void>;
}

/** `--data-dir DIR` or `--data-dir=DIR` on the command line, else OCOP_LIVE_DATA_DIR, else the per-user folder web mode uses too. */
export function resolveDataDir(argv: readonly string[]): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--data-dir=')) return resolve(arg.slice('--data-dir='.length));
    if (arg === '--data-dir' && argv[i + 1]) return resolve(argv[i + 1]!);
  }
  return defaultDataDir();
}

function throwError(error: Error): never {
  throw error;
}

function messageOf(error: unknown, language: DesktopLanguage): string {
  if (error instanceof AppError) return language === 'en' ? error.messageEn : error.message;
  return error instanceof Error ? error.message : String(error);
}

export async function startDesktop(options: DesktopOptions): Promise<DesktopShell> {
  const { electron } = options;
  const { app: electronApp, dialog, shell } = electron;
  const platform = options.platform ?? process.platform;
  const paths = options.paths ?? desktopPaths;
  const argv = options.argv ?? process.argv;

  // A second start only brings the first window forward.
  if (!electronApp.requestSingleInstanceLock()) {
    electronApp.quit();
    return { state: 'secondary', shortcutStatus: () => [], runAction: async () => undefined, shutdown: async () => undefined };
  }

  let window: BrowserWindow | undefined;
  let appOrigin: string | undefined = undefined; // set once the server listens
  const earlyLog: string[] = [];
  let logger: Logger | undefined = undefined; // set once the per-user folder is known
  const log = (message: string) => (logger ? logger.info(message) : earlyLog.push(message));

  electronApp.on('web-contents-created', (_event, contents) => guardWebContents(contents, { shell, log }));
  electronApp.on('second-instance', () => focusWindow(window));
  electronApp.on('window-all-closed', () => electronApp.quit());

  await electronApp.whenReady();

  const userData = electronApp.getPath('userData');
  const redactor = new Redactor();
  logger = createFileLogger({ dir: join(userData, 'logs'), redactor });
  const activeLogger = logger;
  for (const line of earlyLog) activeLogger.info(line);
  const restoreConsole = options.captureConsole ? captureConsole(activeLogger) : () => undefined;
  activeLogger.info(`${PRODUCT_NAME} ${electronApp.getVersion()} starting on ${platform}`);

  guardSession(electron.session.defaultSession, { appOrigin: () => appOrigin, log });
  const secrets = new ElectronSecretStore({
    file: join(userData, 'secrets.json'),
    safeStorage: electron.safeStorage,
    onReveal: (value) => redactor.remember(value),
  });
  if (secrets.isWeak()) activeLogger.warn('no OS keyring found: secrets are stored with basic obfuscation only (safeStorage basic_text)');

  const dataDir = resolveDataDir(argv);
  const databasePath = join(dataDir, 'ocop-live.db');
  const devTools = !electronApp.isPackaged;
  const stateFile = join(userData, 'window-state.json');
  const iconPath = join(paths.iconsDir, 'png', '512x512.png');
  const icon = existsSync(iconPath) ? iconPath : undefined;
  let language: DesktopLanguage = 'vi';
  const strings = () => desktopStrings(language);

  const showError = async (title: string, error: unknown) => {
    activeLogger.error(title, error);
    await dialog.showMessageBox(window, { type: 'error', title: PRODUCT_NAME, message: title, detail: messageOf(error, language), noLink: true });
  };
  const openFolder = (folder: string) => void shell.openPath(folder).then((problem) => problem && log(`cannot open ${folder}: ${problem}`));

  // Proxies for the chat platforms (OCOP_TWITCH_URL, …): a malformed one is logged and left out, since the window has no terminal to refuse in.
  const endpoints: SourceEndpoints = resolveSourceEndpoints({}, options.env ?? process.env, (error) => activeLogger.warn(`ignored: ${error.messageEn}`));
  for (const [key, url] of Object.entries(endpoints)) activeLogger.info(`chat endpoint override ${key}: ${new URL(url).origin}`);

  // Settings shows and changes the global shortcuts through these; they are filled in once the
  // window and its shortcut registry exist (only that window can call them).
  const late: { shortcuts?: DesktopHost['shortcuts'] } = {};
  const notReady = () =>
    new AppError('DESKTOP_STARTING', 'Ứng dụng đang khởi động; thử lại sau giây lát.', 'The app is still starting; try again in a moment.', 503);
  const desktop: DesktopHost = {
    shortcuts: {
      get: () => (late.shortcuts ?? throwError(notReady())).get(),
      set: (keys) => (late.shortcuts ?? throwError(notReady())).set(keys),
    },
  };

  let appInstance: App;
  try {
    appInstance = createApp({ dataDir, databasePath, mode: 'electron', secrets, sources: { endpoints }, desktop, recoverCrashedRehearsals: true });
  } catch (error) {
    // The book cannot be opened: a clear page instead of a crash, with a way out.
    const problem = classifyOpenError(error, databasePath, dataDir);
    activeLogger.error(`order book cannot be opened (${problem.kind}) at ${databasePath}:`, error);
    window = createMainWindow({ BrowserWindow: electron.BrowserWindow, screen: electron.screen, stateFile, preload: undefined, icon, devTools: false, log });
    const relaunch = () => {
      electronApp.relaunch();
      electronApp.exit(0);
    };
    const restoreInto = async () => {
      const t = strings();
      const pick = await dialog.showOpenDialog(window, { title: t.restoreTitle, defaultPath: join(dataDir, 'backups'), filters: [{ name: t.backupFilter, extensions: ['ocopbak', 'db'] }], properties: ['openFile'] });
      const source = pick.filePaths[0];
      if (pick.canceled || !source) return;
      try {
        const { restored, setAside } = replaceUnopenableDatabase(databasePath, source, { keepDir: join(dataDir, 'backups'), at: new Date() });
        activeLogger.info(`restored ${restored.path} into an unopenable book; set aside: ${setAside.join(', ')}`);
        relaunch();
      } catch (restoreError) {
        await showError(t.restoreFailed, restoreError);
      }
    };
    const handlers: MenuHandlers = {
      backup: () => undefined,
      restore: () => void restoreInto(),
      openDataFolder: () => openFolder(dataDir),
      openLogFolder: () => openFolder(join(userData, 'logs')),
      runAction: () => undefined,
      showShortcuts: () => undefined,
      editShortcuts: () => undefined,
      reloadShortcuts: () => undefined,
      about: () => undefined,
      retry: relaunch,
    };
    electron.Menu.setApplicationMenu(
      electron.Menu.buildFromTemplate(buildMenuTemplate({ strings: strings(), platform, appReady: false, devTools: false, shortcuts: loadShortcutConfig(join(userData, 'shortcuts.json')).config, handlers })),
    );
    void window.loadURL(openProblemUrl(problem)).catch((loadError: Error) => log(`problem page not shown: ${loadError.message}`));
    return {
      state: 'unopenable',
      window,
      problem,
      logger: activeLogger,
      redactor,
      secrets,
      dataDir,
      shortcutStatus: () => [],
      runAction: async () => undefined,
      shutdown: async () => {
        restoreConsole();
        await activeLogger.close();
      },
    };
  }
  const app = appInstance;

  // The server web mode runs, less its command API: OBS browser sources load overlays from it, and the
  // window loads the UI from it but calls the app over IPC, so HTTP carries only what overlays need.
  const port = options.port ?? DEFAULT_PORT;
  const serverOptions = { app, staticDir: paths.rendererDir, routes: desktopRoutes(app), commandApi: 'overlays' } as const;
  let server: RunningServer;
  let portNote: string | undefined;
  try {
    server = await startServer({ ...serverOptions, port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    server = await startServer({ ...serverOptions, port: 0 });
    portNote = strings().portBusy(port, server.port);
    activeLogger.warn(portNote);
  }
  appOrigin = new URL(server.url).origin;
  activeLogger.info(`order book ${databasePath}; overlays and UI at ${server.url}`);

  window = createMainWindow({ BrowserWindow: electron.BrowserWindow, screen: electron.screen, stateFile, preload: paths.preload, icon, devTools, log });
  const mainWindow = window;
  const contents = () => (mainWindow.isDestroyed() ? undefined : mainWindow.webContents);
  const removeIpc = registerIpcBridge({ app, ipcMain: electron.ipcMain, isTrustedSender: trustedSenderCheck(contents, () => appOrigin), log });
  const stopForwarding = forwardEvents(app, contents);

  const actions = createShowcaseActions(app, log);
  const runAction = async (id: ShowcaseActionId) => {
    const outcome = await actions.run(id);
    if (!outcome.ok && outcome.reason === 'unavailable') {
      await dialog.showMessageBox(mainWindow, { type: 'info', title: PRODUCT_NAME, message: strings().actionUnavailable, noLink: true });
    }
  };

  const shortcutFile = join(userData, 'shortcuts.json');
  const registry = new ShortcutRegistry(electron.globalShortcut, (id) => void runAction(id));
  let shortcutConfig: ShortcutConfig = loadShortcutConfig(shortcutFile).config;
  let shortcutStatus: ShortcutStatus[] = [];

  const describeShortcuts = (): string => {
    const t = strings();
    const label: Record<ShowcaseActionId, string> = {
      showcaseNext: t.showcaseNext,
      showcasePrevious: t.showcasePrevious,
      showcaseHide: t.showcaseHide,
      hideAllOverlays: t.hideAllOverlays,
    };
    const stateOf = (s: ShortcutStatus): string => {
      if (s.status === 'duplicate') return t.shortcutDuplicate(label[s.duplicateOf]);
      const words = { active: t.shortcutOk, off: t.shortcutOff, taken: t.shortcutTaken, invalid: t.shortcutInvalid, unavailable: t.shortcutUnavailable };
      return words[s.status];
    };
    return shortcutStatus
      .map((s) => `${label[s.id]}: ${s.accelerator ?? '—'} (${stateOf(s)})`)
      .join('\n');
  };

  const showShortcuts = async () => {
    const t = strings();
    await dialog.showMessageBox(mainWindow, {
      type: hasConflict(shortcutStatus) ? 'warning' : 'info',
      title: t.shortcutsTitle,
      message: hasConflict(shortcutStatus) ? t.shortcutsConflict : t.shortcutsTitle,
      detail: `${t.shortcutsIntro}\n\n${describeShortcuts()}\n\n${t.shortcutsEditHint(shortcutFile)}`,
      noLink: true,
    });
  };

  const shortcutsView = (): GlobalShortcuts => ({ file: shortcutFile, shortcuts: shortcutStatus });

  /** From Settings: keys checked first (nothing saved if one is wrong), then saved, registered, and shown in the menu. */
  const saveShortcuts = (keys: GlobalShortcutKeys): GlobalShortcuts => {
    const next: ShortcutConfig = { ...shortcutConfig };
    for (const id of showcaseActionIds) {
      const key = keys[id];
      if (key !== undefined) next[id] = key === null || key === '' ? null : key;
    }
    const problems = checkShortcutConfig(next);
    if (problems.length > 0) {
      const say = (language: DesktopLanguage) => {
        const t = desktopStrings(language);
        const label = (id: ShowcaseActionId) => t[id];
        return problems
          .map((p) => `${label(p.id)}: “${p.accelerator}” (${p.problem === 'invalid' ? t.shortcutInvalid : t.shortcutDuplicate(label(p.duplicateOf))})`)
          .join('; ');
      };
      throw new AppError('SHORTCUT_INVALID', `Chưa lưu phím tắt: ${say('vi')}.`, `Shortcuts not saved: ${say('en')}.`, 400, problems);
    }
    writeShortcutFile(shortcutFile, next);
    applyShortcuts(false);
    rebuildMenu();
    return shortcutsView();
  };

  const applyShortcuts = (announce: boolean) => {
    const loaded = loadShortcutConfig(shortcutFile);
    if (loaded.problem) activeLogger.warn(`shortcuts file ${shortcutFile} ignored: ${loaded.problem}`);
    shortcutConfig = loaded.config;
    shortcutStatus = registry.apply(shortcutConfig);
    const conflicts = shortcutStatus.filter((s) => s.status === 'taken' || s.status === 'duplicate' || s.status === 'invalid');
    for (const conflict of conflicts) activeLogger.warn(`shortcut ${conflict.id} (${conflict.accelerator}) not active: ${conflict.status}`);
    if (conflicts.length > 0 && announce) void showShortcuts();
  };

  const backup = async () => {
    const t = strings();
    const pick = await dialog.showSaveDialog(mainWindow, {
      title: t.backupTitle,
      defaultPath: join(electronApp.getPath('documents'), defaultBackupName(new Date())),
      filters: [{ name: t.backupFilter, extensions: ['ocopbak'] }],
    });
    if (pick.canceled || !pick.filePath) return;
    const destination = extname(pick.filePath) === '' ? `${pick.filePath}.ocopbak` : pick.filePath;
    try {
      // The OS save dialog already asked before replacing a file.
      const summary = await app.call('createBackup', { destination, overwrite: true });
      await dialog.showMessageBox(mainWindow, { type: 'info', title: t.backupTitle, message: t.backupDone(summary.path), noLink: true });
    } catch (error) {
      await showError(t.backupFailed, error);
    }
  };

  const restore = async () => {
    const t = strings();
    const pick = await dialog.showOpenDialog(mainWindow, {
      title: t.restoreTitle,
      defaultPath: backupFolder({ dataDir }),
      filters: [{ name: t.backupFilter, extensions: ['ocopbak', 'db'] }],
      properties: ['openFile'],
    });
    const path = pick.filePaths[0];
    if (pick.canceled || !path) return;
    try {
      const summary = await app.call('inspectBackup', { path });
      const answer = await dialog.showMessageBox(mainWindow, {
        type: 'warning',
        title: t.restoreTitle,
        message: t.restoreConfirm,
        detail: t.restoreDetail({ ...summary.counts, path: summary.path, modifiedAt: summary.modifiedAt }, backupFolder({ dataDir })),
        buttons: [t.restoreButton, t.cancel],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      });
      if (answer.response !== 0) return;
      const result = await app.call('restoreBackup', { path, confirm: true });
      mainWindow.webContents.reload();
      await dialog.showMessageBox(mainWindow, { type: 'info', title: t.restoreTitle, message: t.restoreDone(result.previousCopy), noLink: true });
    } catch (error) {
      await showError(t.restoreFailed, error);
    }
  };

  const menuHandlers: MenuHandlers = {
    backup: () => void backup(),
    restore: () => void restore(),
    openDataFolder: () => openFolder(dataDir),
    openLogFolder: () => openFolder(join(userData, 'logs')),
    runAction: (id) => void runAction(id),
    showShortcuts: () => void showShortcuts(),
    editShortcuts: () => {
      ensureShortcutFile(shortcutFile);
      openFolder(shortcutFile);
    },
    reloadShortcuts: () => {
      applyShortcuts(false);
      rebuildMenu();
      void showShortcuts();
    },
    about: () =>
      void dialog.showMessageBox(mainWindow, {
        type: 'info',
        title: strings().about,
        message: PRODUCT_NAME,
        detail: strings().aboutDetail(electronApp.getVersion(), dataDir, activeLogger.path, server.url),
        noLink: true,
      }),
  };
  const rebuildMenu = () =>
    electron.Menu.setApplicationMenu(
      electron.Menu.buildFromTemplate(buildMenuTemplate({ strings: strings(), platform, appReady: true, devTools, shortcuts: shortcutConfig, handlers: menuHandlers })),
    );

  const tray = new StreamingTray({
    Tray: electron.Tray,
    Menu: electron.Menu,
    icon: () => {
      const trayIcon = join(paths.iconsDir, 'tray.png');
      return existsSync(trayIcon) ? electron.nativeImage.createFromPath(trayIcon) : electron.nativeImage.createFromPath(iconPath);
    },
    strings,
    showWindow: () => focusWindow(mainWindow),
    runAction: (id) => void runAction(id),
    quit: () => electronApp.quit(),
  });

  try {
    language = (await app.call('getSettings', {})).language;
  } catch (error) {
    activeLogger.warn('settings not read; menus in Vietnamese:', error);
  }
  const stopFollowing = app.subscribe((event: AppEvent) => {
    if (event.event === 'settingsChanged' && event.payload.language !== language) {
      language = event.payload.language;
      rebuildMenu();
      tray.refresh();
    }
    tray.onEvent(event);
  });
  applyShortcuts(true);
  late.shortcuts = { get: shortcutsView, set: saveShortcuts };
  rebuildMenu();
  if (portNote) void dialog.showMessageBox(mainWindow, { type: 'warning', title: PRODUCT_NAME, message: portNote, noLink: true });

  // A session already open (the app restarted mid-stream) shows the tray at once.
  if (isCommandName('getLiveState')) {
    try {
      const live = (await app.callUnknown('getLiveState', {})) as { session?: { name?: string; endedAt?: string | null } | null };
      if (live.session && !live.session.endedAt) tray.show(live.session.name ?? '');
    } catch (error) {
      activeLogger.warn('live state not read:', error);
    }
  }

  if (!existsSync(join(paths.rendererDir, 'index.html'))) activeLogger.error(strings().uiMissing);
  void mainWindow.loadURL(`${server.url}/`).catch((error: Error) => log(`UI not loaded: ${error.message}`));

  let stopped = false;
  const shutdown = async () => {
    if (stopped) return;
    stopped = true;
    registry.clear();
    tray.hide();
    stopFollowing();
    stopForwarding();
    removeIpc();
    await server.close();
    app.close();
    activeLogger.info('stopped');
    restoreConsole();
    await activeLogger.close();
  };
  // Quitting waits for the server to stop and the order book to close cleanly (WAL checkpoint).
  electronApp.on('before-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    void shutdown()
      .catch((error: unknown) => console.error('shutdown failed:', error))
      .finally(() => electronApp.quit());
  });

  return {
    state: 'running',
    window: mainWindow,
    app,
    server,
    logger: activeLogger,
    redactor,
    secrets,
    dataDir,
    tray,
    shortcutStatus: () => shortcutStatus,
    runAction,
    shutdown,
  };
}
