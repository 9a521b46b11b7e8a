// Extra HTTP routes of web mode beyond the command API (overlays and the like).
// A feature adds its routes here.
import type { App } from '../app/create-app';
import type { Route } from './http-server';

export function webRoutes(_app: App): Route[] {
  return [];
}
