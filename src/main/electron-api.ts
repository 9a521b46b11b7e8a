// The part of Electron's main-process API the shell uses, declared here rather
// than imported from the `electron` package: its binary (and, on Node 20, the
// package itself) is missing on the build machines, and tests pass a stand-in
// Electron at this boundary. index.electron.ts hands in the real module.
// Signatures follow Electron 45's documentation, narrowed to what we call.

export interface ElectronEvent {
  preventDefault(): void;
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WebPreferences {
  preload?: string;
  contextIsolation?: boolean;
  sandbox?: boolean;
  nodeIntegration?: boolean;
  nodeIntegrationInWorker?: boolean;
  nodeIntegrationInSubFrames?: boolean;
  webSecurity?: boolean;
  allowRunningInsecureContent?: boolean;
  experimentalFeatures?: boolean;
  webviewTag?: boolean;
  navigateOnDragDrop?: boolean;
  safeDialogs?: boolean;
  spellcheck?: boolean;
  devTools?: boolean;
  enableWebSQL?: boolean;
  disableBlinkFeatures?: string;
}

export interface BrowserWindowOptions {
  x?: number;
  y?: number;
  width: number;
  height: number;
  minWidth?: number;
  minHeight?: number;
  show?: boolean;
  title?: string;
  icon?: string;
  backgroundColor?: string;
  webPreferences: WebPreferences;
}

/** A frame in the main process; `parent` is null for a window's top frame. */
export interface WebFrameMain {
  url: string;
  parent: WebFrameMain | null;
}

export interface HeadersReceivedDetails {
  url: string;
  resourceType?: string;
  responseHeaders?: Record<string, string[]>;
}

export interface HeadersReceivedResponse {
  cancel?: boolean;
  responseHeaders?: Record<string, string[]>;
}

export interface Session {
  setPermissionRequestHandler(
    handler: (
      webContents: WebContents | null,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: WebContents | null, permission: string, requestingOrigin: string) => boolean): void;
  webRequest: {
    onHeadersReceived(listener: (details: HeadersReceivedDetails, callback: (response: HeadersReceivedResponse) => void) => void): void;
  };
}

export interface WebContents {
  readonly id: number;
  readonly mainFrame: WebFrameMain;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: ElectronEvent, url: string) => void): this;
  on(event: 'will-attach-webview', listener: (event: ElectronEvent, webPreferences: WebPreferences, params: Record<string, string>) => void): this;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void;
  send(channel: string, ...args: unknown[]): void;
  getURL(): string;
  reload(): void;
  isDestroyed(): boolean;
}

export interface BrowserWindow {
  readonly webContents: WebContents;
  loadURL(url: string): Promise<void>;
  show(): void;
  focus(): void;
  restore(): void;
  maximize(): void;
  isMinimized(): boolean;
  isMaximized(): boolean;
  isDestroyed(): boolean;
  getNormalBounds(): Rectangle;
  close(): void;
  on(event: 'close' | 'closed' | 'resize' | 'move' | 'maximize' | 'unmaximize', listener: () => void): this;
  once(event: 'ready-to-show', listener: () => void): this;
}

export type BrowserWindowConstructor = new (options: BrowserWindowOptions) => BrowserWindow;

export interface IpcMainInvokeEvent {
  readonly sender: WebContents;
  readonly senderFrame: WebFrameMain | null;
}

export interface IpcMain {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface MenuItemOptions {
  label?: string;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
  role?: string;
  accelerator?: string;
  /** false: show the accelerator without binding it (global shortcuts already do). */
  registerAccelerator?: boolean;
  enabled?: boolean;
  visible?: boolean;
  submenu?: MenuItemOptions[];
  click?: () => void;
}

export interface Menu {
  readonly items?: unknown[];
}

export interface MenuStatic {
  buildFromTemplate(template: MenuItemOptions[]): Menu;
  setApplicationMenu(menu: Menu | null): void;
}

export interface NativeImage {
  isEmpty(): boolean;
}

export interface NativeImageStatic {
  createFromPath(path: string): NativeImage;
}

export interface Tray {
  setToolTip(toolTip: string): void;
  setContextMenu(menu: Menu | null): void;
  on(event: 'click', listener: () => void): this;
  destroy(): void;
  isDestroyed(): boolean;
}

export type TrayConstructor = new (image: NativeImage | string) => Tray;

export interface GlobalShortcut {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
  unregisterAll(): void;
}

export interface SafeStorage {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keyring was found and encryption is only obfuscation. */
  getSelectedStorageBackend?(): string;
}

export interface Shell {
  openExternal(url: string): Promise<void>;
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
}

export interface Display {
  workArea: Rectangle;
}

export interface Screen {
  getAllDisplays(): Display[];
}

export interface MessageBoxOptions {
  type?: 'none' | 'info' | 'error' | 'question' | 'warning';
  title?: string;
  message: string;
  detail?: string;
  buttons?: string[];
  defaultId?: number;
  cancelId?: number;
  noLink?: boolean;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Dialog {
  showMessageBox(window: BrowserWindow | undefined, options: MessageBoxOptions): Promise<{ response: number }>;
  showSaveDialog(
    window: BrowserWindow | undefined,
    options: { title?: string; defaultPath?: string; filters?: FileFilter[] },
  ): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(
    window: BrowserWindow | undefined,
    options: { title?: string; defaultPath?: string; filters?: FileFilter[]; properties?: ('openFile' | 'openDirectory')[] },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showErrorBox(title: string, content: string): void;
}

export type AppPathName = 'userData' | 'logs' | 'documents' | 'temp';

export interface ElectronApp {
  readonly isPackaged: boolean;
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance' | 'window-all-closed' | 'activate' | 'will-quit', listener: () => void): this;
  on(event: 'before-quit', listener: (event: ElectronEvent) => void): this;
  on(event: 'web-contents-created', listener: (event: ElectronEvent, contents: WebContents) => void): this;
  whenReady(): Promise<void>;
  quit(): void;
  exit(exitCode?: number): void;
  relaunch(): void;
  getPath(name: AppPathName): string;
  setName(name: string): void;
  getVersion(): string;
}

export interface ElectronApi {
  app: ElectronApp;
  BrowserWindow: BrowserWindowConstructor;
  ipcMain: IpcMain;
  Menu: MenuStatic;
  Tray: TrayConstructor;
  nativeImage: NativeImageStatic;
  globalShortcut: GlobalShortcut;
  safeStorage: SafeStorage;
  session: { readonly defaultSession: Session };
  shell: Shell;
  screen: Screen;
  dialog: Dialog;
}
