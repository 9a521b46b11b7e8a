import { z } from 'zod';
import { defineCommands, defineEvents } from './define';

export const languageSchema = z.enum(['vi', 'en']);
export type Language = z.infer<typeof languageSchema>;

/** Preferences a user sets once and expects remembered. Secrets never live here. */
export const settingsSchema = z.object({
  language: languageSchema.default('vi'),
});
export type Settings = z.output<typeof settingsSchema>;

export const settingsCommands = defineCommands({
  getSettings: { summary: 'The saved preferences.', input: z.object({}).default({}), output: settingsSchema },
  updateSettings: {
    summary: 'Change some preferences; the rest stay as they were.',
    input: settingsSchema.partial(),
    output: settingsSchema,
  },
  getAppInfo: {
    summary: 'Version, data folder and database schema of the running app.',
    input: z.object({}).default({}),
    output: z.object({ version: z.string(), dataDir: z.string(), databasePath: z.string(), schemaVersion: z.number().int(), mode: z.enum(['web', 'electron', 'test']) }),
  },
});

export const settingsEvents = defineEvents({
  settingsChanged: settingsSchema,
});
