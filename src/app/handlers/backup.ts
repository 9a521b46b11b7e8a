import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  BACKUP_EXTENSION,
  BackupFileError,
  defaultBackupName,
  inspectBackupFile,
  listBackupFiles,
  restoreBackup,
  writeBackup,
} from '../../adapters/sqlite/order-book-backup';
import { loadMigrations } from '../../adapters/sqlite/migrate';
import type { backupCommands } from '../contract/backup';
import { AppError } from '../errors';
import type { AppContext } from '../app-context';
import type { HandlersFor } from './define';

export const backupFolder = (ctx: Pick<AppContext, 'dataDir'>): string => join(ctx.dataDir, 'backups');

/** The reasons a backup file is refused, in words a seller can act on. */
export function backupFileProblem(error: BackupFileError): AppError {
  const path = error.path;
  switch (error.reason) {
    case 'missing':
      return new AppError('BACKUP_NOT_FOUND', `Không tìm thấy tệp sao lưu ${path}`, `Backup file not found: ${path}`, 404);
    case 'not-a-database':
    case 'not-an-order-book':
      return new AppError(
        'BACKUP_INVALID',
        `Tệp ${path} không phải bản sao lưu sổ đơn OCOP Live; sổ đơn hiện tại không bị thay đổi.`,
        `${path} is not an OCOP Live order book backup; the current order book was not changed.`,
        422,
        { reason: error.reason },
      );
    case 'damaged':
      return new AppError(
        'BACKUP_DAMAGED',
        `Tệp sao lưu ${path} bị hỏng (kiểm tra toàn vẹn không đạt); hãy chọn bản sao lưu khác. Sổ đơn hiện tại không bị thay đổi.`,
        `The backup ${path} is damaged (integrity check failed); choose another backup. The current order book was not changed.`,
        422,
      );
    case 'too-new':
      return new AppError(
        'BACKUP_TOO_NEW',
        `Bản sao lưu ${path} được tạo bởi phiên bản OCOP Live mới hơn; hãy cập nhật ứng dụng rồi khôi phục lại.`,
        `The backup ${path} was made by a newer OCOP Live; update the app, then restore it.`,
        409,
      );
  }
}

/** The dated name, with -2, -3… when a backup was already made within the same second (a double click). */
function freeDefaultName(folder: string, at: Date): string {
  const first = join(folder, defaultBackupName(at));
  const stem = first.slice(0, -BACKUP_EXTENSION.length);
  let candidate = first;
  for (let n = 2; existsSync(candidate); n++) candidate = `${stem}-${n}${BACKUP_EXTENSION}`;
  return candidate;
}

function knownSchema(): number {
  return loadMigrations().at(-1)?.id ?? 0;
}

function translate<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof BackupFileError) throw backupFileProblem(error);
    throw error;
  }
}

function samePath(a: string, b: string): boolean {
  const norm = (p: string) => (process.platform === 'win32' ? resolve(p).toLowerCase() : resolve(p));
  return norm(a) === norm(b);
}

// One backup or restore at a time per app: a restore must not race a backup of the book it replaces.
const busy = new WeakSet<AppContext>();
async function exclusive<T>(ctx: AppContext, work: () => Promise<T>): Promise<T> {
  if (busy.has(ctx)) {
    throw new AppError('BACKUP_BUSY', 'Đang sao lưu hoặc khôi phục; hãy đợi xong rồi thử lại.', 'A backup or restore is already running; wait for it to finish.', 409);
  }
  busy.add(ctx);
  try {
    return await work();
  } finally {
    busy.delete(ctx);
  }
}

export const backupHandlers: HandlersFor<typeof backupCommands> = {
  createBackup: ({ destination, overwrite }, ctx) =>
    exclusive(ctx, async () => {
      const target = destination ?? freeDefaultName(backupFolder(ctx), ctx.now());
      if ([ctx.databasePath, `${ctx.databasePath}-wal`, `${ctx.databasePath}-shm`].some((live) => samePath(live, target))) {
        throw new AppError('BACKUP_OVER_LIVE', 'Không thể sao lưu đè lên chính sổ đơn đang dùng; hãy chọn tệp khác.', 'A backup cannot overwrite the order book in use; choose another file.', 400);
      }
      if (!overwrite && existsSync(target)) {
        throw new AppError('BACKUP_EXISTS', `Tệp ${target} đã có; hãy chọn tên khác.`, `${target} already exists; choose another name.`, 409);
      }
      return writeBackup(ctx.db, target);
    }),
  listBackups: (_input, ctx) => ({ folder: backupFolder(ctx), backups: listBackupFiles(backupFolder(ctx)) }),
  inspectBackup: ({ path }) => translate(() => inspectBackupFile(path, knownSchema())),
  restoreBackup: ({ path }, ctx) =>
    exclusive(ctx, async () => {
      if (samePath(path, ctx.databasePath)) {
        throw new AppError('BACKUP_IS_LIVE', 'Đây là sổ đơn đang dùng, không phải bản sao lưu.', 'That is the order book in use, not a backup.', 400);
      }
      let result;
      try {
        result = await restoreBackup(ctx.db, ctx.databasePath, path, { keepDir: backupFolder(ctx), at: ctx.now() });
      } catch (error) {
        if (error instanceof BackupFileError) throw backupFileProblem(error);
        throw error;
      }
      ctx.events.emit('orderBookRestored', { path, previousCopy: result.previousCopy, at: ctx.now().toISOString() });
      return result;
    }),
};
