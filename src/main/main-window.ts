// The one window: hardened web preferences, the remembered size and place,
// shown once its first paint is ready (no white flash).
import type { BrowserWindow, BrowserWindowConstructor, Screen } from './electron-api';
import { hardenedWebPreferences } from './security';
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
  const window = new options.BrowserWindow({
    ...placement,
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    show: false,
    title: 'OCOP Live',
    backgroundColor: '#fffaf3',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: hardenedWebPreferences(options.preload, { devTools: options.devTools }),
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
