// Where the desktop app finds its own files, relative to this module. The
// bundler (bin/build-desktop.mjs) keeps import.meta.url pointing at the source
// file's place, so these hold in development, in dist/ and in the packaged app.
import { fileURLToPath } from 'node:url';

export interface DesktopPaths {
  /** The built UI (vite build), served by the local server the window loads. */
  rendererDir: string;
  /** The bundled sandboxed preload. */
  preload: string;
  iconsDir: string;
}

export const desktopPaths: DesktopPaths = {
  rendererDir: fileURLToPath(new URL('../../dist/renderer', import.meta.url)),
  preload: fileURLToPath(new URL('../../dist/preload/index.cjs', import.meta.url)),
  iconsDir: fileURLToPath(new URL('../../assets/icons', import.meta.url)),
};
