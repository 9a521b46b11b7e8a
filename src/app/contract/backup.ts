// Backup and restore of the whole order book as one file, for the desktop
// app's File menu and web mode alike. A restore is destructive, so it takes an
// explicit confirmation after the UI has shown what the file holds
// (inspectBackup), and always keeps a copy of the book it replaces.
import { z } from 'zod';
import { defineCommands, defineEvents } from './define';

/** An absolute path on this machine: /…, C:\…, C:/… or \\server\share\…. */
const absolutePath = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, { error: 'cần đường dẫn đầy đủ (an absolute path is needed)' });

export const backupSummarySchema = z.object({
  path: z.string(),
  bytes: z.number().int(),
  schemaVersion: z.number().int(),
  modifiedAt: z.string(),
  counts: z.object({
    products: z.number().int(),
    customers: z.number().int(),
    orders: z.number().int(),
    chatMessages: z.number().int(),
    streamSessions: z.number().int(),
    payments: z.number().int(),
  }),
});
export type BackupSummary = z.output<typeof backupSummarySchema>;

export const backupCommands = defineCommands({
  createBackup: {
    summary: 'Save the whole order book as one file (default: a dated file in the data folder’s backups/).',
    input: z.object({ destination: absolutePath.optional(), overwrite: z.boolean().default(false) }),
    output: backupSummarySchema,
  },
  listBackups: {
    summary: 'Backups in the data folder’s backups/ folder, newest first.',
    input: z.object({}).default({}),
    output: z.object({
      folder: z.string(),
      backups: z.array(z.object({ path: z.string(), bytes: z.number().int(), modifiedAt: z.string() })),
    }),
  },
  inspectBackup: {
    summary: 'Check a backup file and tell what it holds, without changing anything (show this before restoring).',
    input: z.object({ path: absolutePath }),
    output: backupSummarySchema,
  },
  restoreBackup: {
    summary: 'Replace the order book with a backup (confirm: true required). The current book is kept as a copy first.',
    input: z.object({ path: absolutePath, confirm: z.literal(true) }),
    output: z.object({ restored: backupSummarySchema, previousCopy: z.string(), migrated: z.array(z.number().int()) }),
  },
});

export const backupEvents = defineEvents({
  /** The order book was replaced by a backup: every screen reloads what it shows. */
  orderBookRestored: z.object({ path: z.string(), previousCopy: z.string(), at: z.string() }),
});
