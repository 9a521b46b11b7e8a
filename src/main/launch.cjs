// `npm start` runs this in Electron (bin/start-desktop.mjs): it builds the main
// process and preload (esbuild, under a second) and the UI when it is missing,
// then runs the same bundle the packaged app runs (dist/main/index.mjs).
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file: Electron's entry point in development */
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { app, dialog } = require('electron');

const root = join(__dirname, '..', '..');
// Named before 'ready', so the per-user folder is "OCOP Live" as in the packaged app.
app.setName('OCOP Live');
// Tests (and anyone trying the app without touching their real profile) can point the per-user folder elsewhere.
if (process.env.OCOP_LIVE_USER_DATA_DIR) app.setPath('userData', process.env.OCOP_LIVE_USER_DATA_DIR);

function buildRenderer() {
  if (existsSync(join(root, 'dist', 'renderer', 'index.html'))) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build:renderer', '--silent'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error('`npm run build:renderer` failed');
}

(async () => {
  buildRenderer();
  const { buildDesktop } = await import(pathToFileURL(join(root, 'bin', 'build-desktop.mjs')).href);
  await buildDesktop({ root });
  await import(pathToFileURL(join(root, 'dist', 'main', 'index.mjs')).href);
})().catch((error) => {
  console.error(error);
  dialog.showErrorBox('OCOP Live', `OCOP Live không khởi động được / could not start:\n${error && error.message ? error.message : String(error)}`);
  app.exit(1);
});
