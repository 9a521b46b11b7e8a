// The window comes back where the user left it: size, position and whether it
// was maximized, kept in a small JSON file. A position on a screen that is no
// longer attached is dropped, so the window never opens out of sight.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Display, Rectangle } from './electron-api';

export const DEFAULT_WINDOW = { width: 1280, height: 800 } as const;
export const MIN_WINDOW = { width: 900, height: 600 } as const;

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(MIN_WINDOW.width).max(20_000),
  height: z.number().int().min(MIN_WINDOW.height).max(20_000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.output<typeof windowStateSchema>;

export function readWindowState(path: string): WindowState {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // No file yet, or a damaged one: start from the default size.
  }
  return { ...DEFAULT_WINDOW, maximized: false };
}

export function writeWindowState(path: string, state: WindowState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.tmp`;
  writeFileSync(temp, JSON.stringify(state), { mode: 0o600 });
  renameSync(temp, path);
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The saved bounds if enough of the window (its title bar at least) lies on an attached screen; otherwise size only, centred by the OS. */
export function placeWindow(state: WindowState, displays: readonly Display[]): { x?: number; y?: number; width: number; height: number } {
  const size = { width: state.width, height: state.height };
  if (state.x === undefined || state.y === undefined) return size;
  const bounds = { x: state.x, y: state.y, ...size };
  const titleBar = { x: state.x, y: state.y, width: state.width, height: 40 };
  const visible = displays.some((display) => overlap(titleBar, display.workArea) >= Math.min(state.width * 40, 100 * 40) / 4);
  if (!visible) return size;
  // Shrink to the largest screen when the saved size no longer fits any.
  const largest = displays.reduce<Rectangle | undefined>(
    (best, display) => (!best || display.workArea.width * display.workArea.height > best.width * best.height ? display.workArea : best),
    undefined,
  );
  if (largest) {
    bounds.width = Math.min(bounds.width, Math.max(largest.width, MIN_WINDOW.width));
    bounds.height = Math.min(bounds.height, Math.max(largest.height, MIN_WINDOW.height));
  }
  return bounds;
}
