// Extra HTTP routes of web mode beyond the command API (overlays and the like).
// A feature adds its routes here, and to desktopRoutes too only when the desktop
// window or OBS needs them: every route there is open to any local process.
import type { App } from '../app/create-app';
import type { Route } from './http-server';
import { trainingRoutes } from './training/training-routes';
import { overlayRoutes } from './overlays/overlay-routes';
import { exportRoutes } from './exports/export-routes';
import { backupRoutes } from './exports/backup-routes';

export function webRoutes(app: App): Route[] {
  return [...overlayRoutes(app), ...trainingRoutes(app), ...exportRoutes(app), ...backupRoutes(app)];
}

/**
 * The desktop app's server: overlays for OBS and the lesson pictures its window
 * shows. No downloads of orders or backups: the window saves files over IPC,
 * and any local process could fetch them here.
 */
export function desktopRoutes(app: App): Route[] {
  return [...overlayRoutes(app), ...trainingRoutes(app)];
}
