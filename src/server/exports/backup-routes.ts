// The whole order book as a download, for web mode, so the seller can keep a
// copy off the laptop (a USB stick):
//   GET /export/backup            a fresh backup, made for this download and not kept
//   GET /export/backup?file=NAME  one of the backups in the data folder's backups/ (a name listBackups gives)
// Both go through the app's backup commands, so a download never races a restore.
// Only web mode mounts these; the desktop app saves backups from its File menu.
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import type { App } from '../../app/create-app';
import { AppError, invalidInput } from '../../app/errors';
import { BACKUP_EXTENSION, defaultBackupName } from '../../adapters/sqlite/order-book-backup';
import type { Route } from '../http-server';

const querySchema = z.object({
  // A bare file name: a path of any kind finds nothing.
  file: z
    .string()
    .max(255)
    .regex(/^[^/\\]+$/)
    .refine((name) => name.endsWith(BACKUP_EXTENSION))
    .optional(),
});

async function sendFile(res: ServerResponse, path: string, filename: string): Promise<void> {
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': String(statSync(path).size),
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  await pipeline(createReadStream(path), res);
}

export function backupRoutes(app: App): Route[] {
  return [
    {
      method: 'GET',
      path: '/export/backup',
      async handle(req, res) {
        const params = Object.fromEntries(new URL(req.url ?? '/', 'http://127.0.0.1').searchParams);
        const parsed = querySchema.safeParse(params);
        if (!parsed.success) throw invalidInput('export/backup', parsed.error, querySchema, params);
        const { file } = parsed.data;
        if (file) {
          const { backups } = await app.call('listBackups', {});
          const found = backups.find((backup) => basename(backup.path) === file);
          if (!found) throw new AppError('BACKUP_NOT_FOUND', `Không có bản sao lưu ${file}`, `No backup named ${file}`, 404);
          return sendFile(res, found.path, file);
        }
        const folder = mkdtempSync(join(tmpdir(), 'ocop-live-download-'));
        try {
          const made = await app.call('createBackup', { destination: join(folder, defaultBackupName(app.context.now())) });
          await sendFile(res, made.path, basename(made.path));
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
      },
    },
  ];
}
