// A stand-in for Electron's main-process API at the shell's module boundary
// (src/main/electron-api.ts). Electron's binary cannot run on the build
// machines; this records what the shell asks of Electron and lets tests fire
// the events Electron would (navigation, IPC, second instance, dialogs).
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type {
  BrowserWindowOptions,
  Display,
  ElectronApi,
  HeadersReceivedDetails,
  HeadersReceivedResponse,
  IpcMainInvokeEvent,
  MenuItemOptions,
  MessageBoxOptions,
  Rectangle,
  WebFrameMain,
  WebPreferences,
} from '../../src/main/electron-api';

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(): FakeEvent {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame: WebFrameMain = { url: '', parent: null };
  windowOpenHandler?: (details: { url: string }) => { action: 'deny' } | { action: 'allow' };
  readonly sent: { channel: string; args: unknown[] }[] = [];
  reloads = 0;
  destroyed = false;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  reload(): void {
    this.reloads++;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** What Electron does when the page tries to go to `url`: asks will-navigate listeners. */
  tryNavigate(url: string, kind: 'will-navigate' | 'will-redirect' = 'will-navigate'): FakeEvent {
    const event = fakeEvent();
    this.emit(kind, event, url);
    if (!event.defaultPrevented) (this.mainFrame as { url: string }).url = url;
    return event;
  }
  tryAttachWebview(): FakeEvent {
    const event = fakeEvent();
    this.emit('will-attach-webview', event, {} satisfies WebPreferences, { src: 'https://example.com' });
    return event;
  }
}

export class FakeElectron {
  readonly root: string;
  readonly app: FakeApp;
  readonly windows: FakeBrowserWindow[] = [];
  readonly trays: FakeTray[] = [];
  readonly ipcHandlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
  readonly menus: MenuItemOptions[][] = [];
  readonly openedExternally: string[] = [];
  readonly openedPaths: string[] = [];
  readonly messageBoxes: MessageBoxOptions[] = [];
  /** Answers the next dialogs will give, in order (message box button index, or a chosen path, or null for cancel). */
  readonly dialogAnswers: (number | string | null)[] = [];
  readonly shortcuts = new Map<string, () => void>();
  /** Accelerators "another app" already holds. */
  readonly takenShortcuts = new Set<string>();
  displays: Display[] = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
  permissionRequestHandler?: Parameters<ElectronApi['session']['defaultSession']['setPermissionRequestHandler']>[0];
  permissionCheckHandler?: Parameters<ElectronApi['session']['defaultSession']['setPermissionCheckHandler']>[0];
  headersListener?: (details: HeadersReceivedDetails, callback: (response: HeadersReceivedResponse) => void) => void;
  encryptionAvailable = true;
  storageBackend = 'gnome_libsecret';

  constructor(root: string, options: { singleInstanceLock?: boolean } = {}) {
    this.root = root;
    this.app = new FakeApp(this, options.singleInstanceLock ?? true);
  }

  get lastMenuLabels(): string[] {
    return (this.menus.at(-1) ?? []).map((item) => item.label ?? item.role ?? '');
  }

  /** Calls an IPC channel as the given page would. */
  async invoke(channel: string, sender: FakeWebContents, frame: WebFrameMain, ...args: unknown[]): Promise<unknown> {
    const handler = this.ipcHandlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ sender: sender as never, senderFrame: frame }, ...args);
  }

  private nextAnswer(): number | string | null | undefined {
    return this.dialogAnswers.shift();
  }

  api(): ElectronApi {
    const windows = this.windows;
    const trays = this.trays;
    const app = this.app;
    const BrowserWindow = class extends FakeBrowserWindow {
      constructor(options: BrowserWindowOptions) {
        super(options);
        windows.push(this);
        app.emit('web-contents-created', fakeEvent(), this.webContents);
      }
    };
    const Tray = class extends FakeTray {
      constructor(image: unknown) {
        super(image);
        trays.push(this);
      }
    };
    return {
      app: this.app,
      BrowserWindow,
      Tray,
      ipcMain: {
        handle: (channel, listener) => {
          if (this.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
          this.ipcHandlers.set(channel, listener);
        },
        removeHandler: (channel) => void this.ipcHandlers.delete(channel),
      },
      Menu: {
        buildFromTemplate: (template) => ({ items: template }),
        setApplicationMenu: (menu) => void this.menus.push((menu?.items ?? []) as MenuItemOptions[]),
      },
      nativeImage: { createFromPath: (path) => ({ path, isEmpty: () => false }) },
      globalShortcut: {
        register: (accelerator, callback) => {
          if (this.takenShortcuts.has(accelerator) || this.shortcuts.has(accelerator)) return false;
          this.shortcuts.set(accelerator, callback);
          return true;
        },
        unregister: (accelerator) => void this.shortcuts.delete(accelerator),
        unregisterAll: () => this.shortcuts.clear(),
      },
      safeStorage: {
        isEncryptionAvailable: () => this.encryptionAvailable,
        // Not encryption: a reversible scramble standing in for the OS keychain.
        encryptString: (text) => Buffer.from(`v10${Buffer.from(text, 'utf8').toString('base64').split('').reverse().join('')}`, 'utf8'),
        decryptString: (data) => Buffer.from(data.toString('utf8').slice(3).split('').reverse().join(''), 'base64').toString('utf8'),
        getSelectedStorageBackend: () => this.storageBackend,
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler) => void (this.permissionRequestHandler = handler),
          setPermissionCheckHandler: (handler) => void (this.permissionCheckHandler = handler),
          webRequest: { onHeadersReceived: (listener) => void (this.headersListener = listener) },
        },
      },
      shell: {
        openExternal: async (url) => void this.openedExternally.push(url),
        openPath: async (path) => {
          this.openedPaths.push(path);
          return '';
        },
        showItemInFolder: (path) => void this.openedPaths.push(path),
      },
      screen: { getAllDisplays: () => this.displays },
      dialog: {
        showMessageBox: async (_window, options) => {
          this.messageBoxes.push(options);
          const answer = this.nextAnswer();
          return { response: typeof answer === 'number' ? answer : (options.defaultId ?? 0) };
        },
        showSaveDialog: async () => {
          const answer = this.nextAnswer();
          return typeof answer === 'string' ? { canceled: false, filePath: answer } : { canceled: true };
        },
        showOpenDialog: async () => {
          const answer = this.nextAnswer();
          return typeof answer === 'string' ? { canceled: false, filePaths: [answer] } : { canceled: true, filePaths: [] };
        },
        showErrorBox: (title, content) => void this.messageBoxes.push({ title, message: content }),
      },
    };
  }
}

export class FakeApp extends EventEmitter {
  isPackaged = false;
  name = 'ocop-live';
  quitCalls = 0;
  relaunched = 0;
  exitCode: number | undefined;

  constructor(
    private readonly electron: FakeElectron,
    private readonly lock: boolean,
  ) {
    super();
  }
  requestSingleInstanceLock(): boolean {
    return this.lock;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  quit(): void {
    this.quitCalls++;
    const event = fakeEvent();
    this.emit('before-quit', event);
    if (!event.defaultPrevented) this.emit('will-quit', fakeEvent());
  }
  exit(code?: number): void {
    this.exitCode = code ?? 0;
  }
  relaunch(): void {
    this.relaunched++;
  }
  getPath(name: string): string {
    return join(this.electron.root, name);
  }
  setName(name: string): void {
    this.name = name;
  }
  getVersion(): string {
    return '0.0.0-test';
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  loadedUrls: string[] = [];
  shown = 0;
  focused = 0;
  restored = 0;
  minimized = false;
  maximized = false;
  destroyed = false;
  normalBounds: Rectangle;

  constructor(readonly options: BrowserWindowOptions) {
    super();
    this.normalBounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width, height: options.height };
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    (this.webContents.mainFrame as { url: string }).url = url;
    this.emit('ready-to-show');
  }
  show(): void {
    this.shown++;
  }
  focus(): void {
    this.focused++;
  }
  restore(): void {
    this.restored++;
    this.minimized = false;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds(): Rectangle {
    return this.normalBounds;
  }
  close(): void {
    this.emit('close');
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

export class FakeTray extends EventEmitter {
  toolTip = '';
  menu: MenuItemOptions[] = [];
  destroyed = false;
  constructor(readonly image: unknown) {
    super();
  }
  setToolTip(text: string): void {
    this.toolTip = text;
  }
  setContextMenu(menu: { items?: unknown[] } | null): void {
    this.menu = (menu?.items ?? []) as MenuItemOptions[];
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}
