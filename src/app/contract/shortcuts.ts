// The desktop app's global shortcuts (showcasing while OBS has the focus),
// seen and changed from Settings. Electron owns them, so these commands work
// only in the desktop app; web mode answers DESKTOP_ONLY.
import { z } from 'zod';
import { defineCommands } from './define';

export const globalShortcutActionIds = ['showcaseNext', 'showcasePrevious', 'showcaseHide', 'hideAllOverlays'] as const;
export const globalShortcutActionSchema = z.enum(globalShortcutActionIds);
export type GlobalShortcutActionId = z.output<typeof globalShortcutActionSchema>;

/** An Electron accelerator ("CommandOrControl+Alt+Right"); empty or null turns the shortcut off. */
const acceleratorInput = z.string().trim().max(100).nullable();

export const globalShortcutsSchema = z.object({
  /** shortcuts.json in the app's per-user folder, where the keys are kept. */
  file: z.string(),
  shortcuts: z.array(
    z.object({
      id: globalShortcutActionSchema,
      accelerator: z.string().nullable(),
      /** active, off, taken (another app holds the key), invalid, duplicate (of duplicateOf), unavailable (this build lacks the action). */
      status: z.enum(['active', 'off', 'taken', 'invalid', 'duplicate', 'unavailable']),
      duplicateOf: globalShortcutActionSchema.optional(),
    }),
  ),
});
export type GlobalShortcuts = z.output<typeof globalShortcutsSchema>;

export const setGlobalShortcutsInput = z.object({
  shortcuts: z
    .object(Object.fromEntries(globalShortcutActionIds.map((id) => [id, acceleratorInput])) as Record<GlobalShortcutActionId, typeof acceleratorInput>)
    .partial()
    .strict(),
});
export type GlobalShortcutKeys = z.output<typeof setGlobalShortcutsInput>['shortcuts'];

export const shortcutsCommands = defineCommands({
  getGlobalShortcuts: {
    summary: 'The desktop app’s global shortcuts with the state of each (active, taken by another app…). Desktop app only.',
    input: z.object({}).default({}),
    output: globalShortcutsSchema,
  },
  setGlobalShortcuts: {
    summary: 'Change some global shortcuts (empty or null turns one off); invalid or repeated keys are refused, nothing saved. Desktop app only.',
    input: setGlobalShortcutsInput,
    output: globalShortcutsSchema,
  },
});
