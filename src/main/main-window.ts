// The one window: hardened web preferences, the remembered size and place,
// shown once its first paint is ready (no white flash).
import type { BrowserWindow, BrowserWindowConstructor, Screen } from './electron-api';
import { MIN_WINDOW, placeWindow, readWindowState, writeWindowState } from './window-state';

export interface MainWindowOptions {
  BrowserWindow: BrowserWindowConstructor;
  screen: Screen;
  stateFile: string;
  /** Undefined for the "cannot open the order book" page, which needs no bridge. */
  preload: string | undefined;
  icon?: string;
  devTools: boolean;
  log(message: string): void;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = readWindowState(options.stateFile);
  const placement = placeWindow(state, options.screen.getAllDisplays());
  const { BrowserWindow } = options;
  // The web preferences are written out here, at `new BrowserWindow`, where
  // Electronegativity (npm run audit:electron) reads and checks them: nothing of
  // Node or Electron reaches the page except the preload's named functions.
  const window = new BrowserWindow({
    ...placement,
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    show: false,
    title: 'OCOP Live',
    backgroundColor: '#fffaf3',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: {
      // Accepted after review (PRELOAD_JS_CHECK asks for one, marker at the end of the next line): the
      // bundled preload exposes one function per contract command and onEvent, nothing else (src/preload/).
      ...(options.preload === undefined ? {} : { preload: options.preload }), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      enableWebSQL: false,
      spellcheck: false,
      // Middle-click would open links in new windows; they are refused anyway, this stops the attempt.
      disableBlinkFeatures: 'Auxclick',
      devTools: options.devTools,
    },
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });

  const save = () => {
    if (window.isDestroyed()) return;
    try {
      const bounds = window.getNormalBounds();
      writeWindowState(options.stateFile, {
        x: Math.round(bounds.x),
        y: Math.round(bounds.y),
        width: Math.max(Math.round(bounds.width), MIN_WINDOW.width),
        height: Math.max(Math.round(bounds.height), MIN_WINDOW.height),
        maximized: window.isMaximized(),
      });
    } catch (error) {
      options.log(`window state not saved: ${(error as Error).message}`);
    }
  };
  // Saved when closing, and shortly after moves, so a crash or power cut keeps the last place too.
  let timer: NodeJS.Timeout | undefined;
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 1000);
    timer.unref();
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', save);
  window.on('unmaximize', save);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
  return window;
}

export function focusWindow(window: BrowserWindow | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
