import { SettingsStore } from '../../adapters/sqlite/settings-store';
import { settingsSchema, type settingsCommands } from '../contract/settings';
import { schemaVersion } from '../../adapters/sqlite/migrate';
import type { HandlersFor } from './define';
import type { AppContext } from '../app-context';

function readSettings(ctx: AppContext) {
  const stored = new SettingsStore(ctx.db).readAll();
  // A value an older or newer app wrote that no longer fits falls back to its default.
  const parsed = settingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

export const settingsHandlers: HandlersFor<typeof settingsCommands> = {
  getSettings: (_input, ctx) => readSettings(ctx),
  updateSettings: (changes, ctx) => {
    const next = settingsSchema.parse({ ...readSettings(ctx), ...changes });
    new SettingsStore(ctx.db).writeMany(next);
    ctx.events.emit('settingsChanged', next);
    return next;
  },
  getAppInfo: (_input, ctx) => ({
    version: ctx.version,
    dataDir: ctx.dataDir,
    databasePath: ctx.databasePath,
    schemaVersion: schemaVersion(ctx.db),
    mode: ctx.mode,
  }),
};
