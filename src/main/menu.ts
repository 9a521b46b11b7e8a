// The native menu, in the app's language. The Live menu shows the global
// shortcuts next to their actions (they are bound globally, not by the menu).
import type { MenuItemOptions } from './electron-api';
import type { DesktopStrings } from './desktop-strings';
import type { ShortcutConfig } from './shortcuts';
import type { ShowcaseActionId } from './showcase-actions';

export interface MenuHandlers {
  backup(): void;
  restore(): void;
  openDataFolder(): void;
  openLogFolder(): void;
  runAction(id: ShowcaseActionId): void;
  showShortcuts(): void;
  editShortcuts(): void;
  reloadShortcuts(): void;
  about(): void;
  /** Only on the "cannot open the order book" screen. */
  retry?(): void;
}

export interface MenuOptions {
  strings: DesktopStrings;
  platform: NodeJS.Platform;
  /** The order book is open: backup and the Live menu make sense. */
  appReady: boolean;
  devTools: boolean;
  shortcuts: ShortcutConfig;
  handlers: MenuHandlers;
}

const separator: MenuItemOptions = { type: 'separator' };

export function buildMenuTemplate(options: MenuOptions): MenuItemOptions[] {
  const { strings: t, handlers, appReady } = options;
  const shortcut = (id: ShowcaseActionId): Pick<MenuItemOptions, 'accelerator' | 'registerAccelerator'> => {
    const accelerator = options.shortcuts[id];
    return accelerator ? { accelerator, registerAccelerator: false } : {};
  };
  const template: MenuItemOptions[] = [];
  if (options.platform === 'darwin') template.push({ role: 'appMenu' });
  template.push({
    label: t.file,
    submenu: [
      { label: t.backup, enabled: appReady, click: handlers.backup },
      { label: t.restore, click: handlers.restore },
      separator,
      { label: t.openDataFolder, click: handlers.openDataFolder },
      { label: t.openLogFolder, click: handlers.openLogFolder },
      ...(handlers.retry ? [separator, { label: t.retry, click: handlers.retry }] : []),
      separator,
      { label: t.quit, role: 'quit' },
    ],
  });
  template.push({
    label: t.edit,
    submenu: [
      { label: t.undo, role: 'undo' },
      { label: t.redo, role: 'redo' },
      separator,
      { label: t.cut, role: 'cut' },
      { label: t.copy, role: 'copy' },
      { label: t.paste, role: 'paste' },
      { label: t.selectAll, role: 'selectAll' },
    ],
  });
  template.push({
    label: t.view,
    submenu: [
      { label: t.reload, role: 'reload' },
      separator,
      { label: t.resetZoom, role: 'resetZoom' },
      { label: t.zoomIn, role: 'zoomIn' },
      { label: t.zoomOut, role: 'zoomOut' },
      separator,
      { label: t.fullscreen, role: 'togglefullscreen' },
      ...(options.devTools ? [{ label: t.devTools, role: 'toggleDevTools' }] : []),
    ],
  });
  if (appReady) {
    template.push({
      label: t.live,
      submenu: [
        { label: t.showcaseNext, ...shortcut('showcaseNext'), click: () => handlers.runAction('showcaseNext') },
        { label: t.showcasePrevious, ...shortcut('showcasePrevious'), click: () => handlers.runAction('showcasePrevious') },
        { label: t.showcaseHide, ...shortcut('showcaseHide'), click: () => handlers.runAction('showcaseHide') },
        { label: t.hideAllOverlays, ...shortcut('hideAllOverlays'), click: () => handlers.runAction('hideAllOverlays') },
        separator,
        { label: t.shortcuts, click: handlers.showShortcuts },
        { label: t.editShortcuts, click: handlers.editShortcuts },
        { label: t.reloadShortcuts, click: handlers.reloadShortcuts },
      ],
    });
  }
  template.push({ label: t.window, submenu: [{ label: t.minimize, role: 'minimize' }] });
  template.push({ label: t.help, submenu: [{ label: t.about, click: handlers.about }] });
  return template;
}
