// Global shortcuts for showcasing while OBS (or the platform's live page) has
// the focus. The keys live in shortcuts.json in the app's per-user folder; a
// key another app already holds, one used twice, or one that is not a valid
// Electron accelerator is reported, never silently dropped.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { GlobalShortcut } from './electron-api';
import { isActionAvailable, showcaseActionIds, type ShowcaseActionId } from './showcase-actions';

export type ShortcutConfig = Record<ShowcaseActionId, string | null>;

export const defaultShortcuts: ShortcutConfig = {
  showcaseNext: 'CommandOrControl+Alt+Right',
  showcasePrevious: 'CommandOrControl+Alt+Left',
  showcaseHide: 'CommandOrControl+Alt+Down',
  hideAllOverlays: 'CommandOrControl+Alt+H',
};

const MODIFIERS: Record<string, string> = {
  command: 'command',
  cmd: 'command',
  control: 'control',
  ctrl: 'control',
  commandorcontrol: 'commandorcontrol',
  cmdorctrl: 'commandorcontrol',
  alt: 'alt',
  option: 'alt',
  altgr: 'altgr',
  shift: 'shift',
  super: 'super',
  meta: 'super',
};
const KEY_ALIASES: Record<string, string> = { esc: 'escape', return: 'enter' };
const NAMED_KEYS = new Set([
  'plus', 'space', 'tab', 'capslock', 'numlock', 'scrolllock', 'backspace', 'delete', 'insert', 'enter', 'up', 'down', 'left',
  'right', 'home', 'end', 'pageup', 'pagedown', 'escape', 'volumeup', 'volumedown', 'volumemute', 'medianexttrack',
  'mediaprevioustrack', 'mediastop', 'mediaplaypause', 'printscreen', 'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
]);

function normalizeKey(key: string): string | undefined {
  const lower = KEY_ALIASES[key.toLowerCase()] ?? key.toLowerCase();
  if (/^[a-z0-9]$/.test(lower)) return lower;
  if (/^f([1-9]|1\d|2[0-4])$/.test(lower)) return lower;
  if (/^num[0-9]$/.test(lower)) return lower;
  if (NAMED_KEYS.has(lower)) return lower;
  if (/^[)!@#$%^&*(:;:+=<,_\->.?/~`{\][|\\}"']$/.test(key)) return key;
  return undefined;
}

/**
 * The accelerator in a canonical form (modifiers sorted, aliases resolved) to
 * compare two keys, or undefined when it is not valid for a global shortcut:
 * one key, and at least one modifier unless it is F13–F24 or a media key
 * (a bare letter would stop that letter working in every other app).
 */
export function canonicalAccelerator(accelerator: string): string | undefined {
  const parts = accelerator.split('+');
  // "Plus" is spelled out, so an empty part means a stray "+".
  if (parts.some((part) => part.trim() === '')) return undefined;
  const modifiers = new Set<string>();
  const keys: string[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    const modifier = MODIFIERS[part.toLowerCase()];
    if (modifier) modifiers.add(modifier);
    else {
      const key = normalizeKey(part);
      if (!key) return undefined;
      keys.push(key);
    }
  }
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  const bareAllowed = /^f(1[3-9]|2[0-4])$/.test(key) || key.startsWith('media') || key.startsWith('volume');
  if (modifiers.size === 0 && !bareAllowed) return undefined;
  return [...[...modifiers].sort(), key].join('+');
}

const configSchema = z.object(
  Object.fromEntries(showcaseActionIds.map((id) => [id, z.string().trim().max(100).nullable().optional()])) as Record<
    ShowcaseActionId,
    z.ZodOptional<z.ZodNullable<z.ZodString>>
  >,
);

export interface LoadedShortcuts {
  config: ShortcutConfig;
  /** Set when the file exists but cannot be read as shortcuts; the defaults are used meanwhile. */
  problem?: string;
}

export function loadShortcutConfig(path: string): LoadedShortcuts {
  if (!existsSync(path)) return { config: { ...defaultShortcuts } };
  try {
    const parsed = configSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) return { config: { ...defaultShortcuts }, problem: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
    const config = { ...defaultShortcuts };
    for (const id of showcaseActionIds) {
      const value = parsed.data[id];
      if (value !== undefined) config[id] = value === '' ? null : value;
    }
    return { config };
  } catch (error) {
    return { config: { ...defaultShortcuts }, problem: (error as Error).message };
  }
}

/** Writes the file with the defaults when it is missing, so there is something to edit. */
export function ensureShortcutFile(path: string): void {
  if (existsSync(path)) return;
  writeShortcutFile(path, defaultShortcuts);
}

/** The keys as the file keeps them (null: off), readable and editable by hand. */
export function writeShortcutFile(path: string, config: ShortcutConfig): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
}

export type ShortcutProblem =
  | { id: ShowcaseActionId; accelerator: string; problem: 'invalid' }
  | { id: ShowcaseActionId; accelerator: string; problem: 'duplicate'; duplicateOf: ShowcaseActionId };

/** What can be known without registering: keys that are not valid accelerators, and one key for two actions. */
export function checkShortcutConfig(config: ShortcutConfig): ShortcutProblem[] {
  const seen = new Map<string, ShowcaseActionId>();
  const problems: ShortcutProblem[] = [];
  for (const id of showcaseActionIds) {
    const accelerator = config[id];
    if (accelerator === null) continue;
    const canonical = canonicalAccelerator(accelerator);
    if (!canonical) {
      problems.push({ id, accelerator, problem: 'invalid' });
      continue;
    }
    const first = seen.get(canonical);
    if (first) problems.push({ id, accelerator, problem: 'duplicate', duplicateOf: first });
    else seen.set(canonical, id);
  }
  return problems;
}

export type ShortcutStatus =
  | { id: ShowcaseActionId; accelerator: string | null; status: 'active' | 'off' | 'taken' | 'invalid' | 'unavailable' }
  | { id: ShowcaseActionId; accelerator: string; status: 'duplicate'; duplicateOf: ShowcaseActionId };

export function hasConflict(statuses: readonly ShortcutStatus[]): boolean {
  return statuses.some((s) => s.status === 'taken' || s.status === 'duplicate' || s.status === 'invalid');
}

export class ShortcutRegistry {
  private registered: string[] = [];

  constructor(
    private readonly globalShortcut: GlobalShortcut,
    private readonly run: (id: ShowcaseActionId) => void,
  ) {}

  /** Replaces every shortcut this registry holds with `config`; returns what became of each. */
  apply(config: ShortcutConfig): ShortcutStatus[] {
    this.clear();
    const seen = new Map<string, ShowcaseActionId>();
    return showcaseActionIds.map((id): ShortcutStatus => {
      const accelerator = config[id];
      if (accelerator === null) return { id, accelerator, status: 'off' };
      const canonical = canonicalAccelerator(accelerator);
      if (!canonical) return { id, accelerator, status: 'invalid' };
      const first = seen.get(canonical);
      if (first) return { id, accelerator, status: 'duplicate', duplicateOf: first };
      seen.set(canonical, id);
      if (!isActionAvailable(id)) return { id, accelerator, status: 'unavailable' };
      let ok = false;
      try {
        ok = this.globalShortcut.register(accelerator, () => this.run(id));
      } catch {
        ok = false;
      }
      if (!ok) return { id, accelerator, status: 'taken' };
      this.registered.push(accelerator);
      return { id, accelerator, status: 'active' };
    });
  }

  clear(): void {
    for (const accelerator of this.registered) this.globalShortcut.unregister(accelerator);
    this.registered = [];
  }
}
