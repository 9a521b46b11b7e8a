// The desktop app's entry in Electron's main process: hands the real Electron
// module to the shell. Bundled to dist/main/index.mjs (bin/build-desktop.mjs).
import { createRequire } from 'node:module';
import type { ElectronApi } from './electron-api';
import { PRODUCT_NAME, startDesktop } from './desktop';

// Required rather than imported so that type-checking needs no `electron`
// package (see electron-api.ts); the module matches the ElectronApi subset.
const electron = createRequire(import.meta.url)('electron') as ElectronApi;

// Before 'ready', so the per-user folder is named after the product in development too.
electron.app.setName(PRODUCT_NAME);

startDesktop({ electron, captureConsole: true }).catch((error: unknown) => {
  console.error('OCOP Live could not start:', error);
  electron.dialog.showErrorBox(PRODUCT_NAME, `OCOP Live không khởi động được / could not start:\n${error instanceof Error ? error.message : String(error)}`);
  electron.app.exit(1);
});
