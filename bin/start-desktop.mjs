#!/usr/bin/env node
// `npm start`: the Electron desktop app where Electron's binary is installed;
// otherwise one clear line saying so, and that `npm run serve` runs the same app.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
let electronBinary;
try {
  electronBinary = require('electron'); // the package's main export is the binary's path
} catch {
  electronBinary = undefined;
}
if (typeof electronBinary !== 'string') {
  console.error(
    'Chưa cài Electron trên máy này (Electron is not installed here): chạy `npm run serve` để mở cùng ứng dụng trong trình duyệt tại http://127.0.0.1:4545',
  );
  process.exit(1);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const child = spawn(electronBinary, [join(root, 'src/main/launch.cjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
