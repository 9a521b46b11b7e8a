import type { shortcutsCommands } from '../contract/shortcuts';
import type { AppContext, DesktopHost } from '../app-context';
import { AppError } from '../errors';
import type { HandlersFor } from './define';

function desktopShortcuts(ctx: AppContext): DesktopHost['shortcuts'] {
  if (!ctx.desktop) {
    throw new AppError(
      'DESKTOP_ONLY',
      'Phím tắt toàn cục chỉ có trong ứng dụng máy tính (Electron), không có khi chạy dạng web.',
      'Global shortcuts exist only in the desktop app (Electron), not in web mode.',
      409,
    );
  }
  return ctx.desktop.shortcuts;
}

export const shortcutsHandlers: HandlersFor<typeof shortcutsCommands> = {
  getGlobalShortcuts: (_input, ctx) => desktopShortcuts(ctx).get(),
  setGlobalShortcuts: ({ shortcuts }, ctx) => desktopShortcuts(ctx).set(shortcuts),
};
