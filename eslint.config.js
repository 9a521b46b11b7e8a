// Layering from ARCHITECTURE.md, enforced the VS Code way: the folder a file
// lives in says what it may import. Imports point down only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'worker_threads', 'stream'];
const outsideThings = ['electron', 'better-sqlite3', 'ws', 'obs-websocket-js', 'tmi.js', 'tiktok-live-connector', 'exceljs', 'pdfkit', 'qrcode', 'react', 'react-dom', 'commander'];
const layer = (message, group) => ({ group, message });

const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'assets/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**'],
    rules: restrict(
      layer('core is pure: it imports nothing outside src/core (ARCHITECTURE.md).', [
        '**/adapters/**', '**/app/**', '**/server/**', '**/cli/**', '**/main/**', '**/preload/**', '**/renderer/**',
        ...nodeBuiltins, ...outsideThings,
      ]),
    ),
  },
  {
    files: ['src/adapters/**'],
    rules: restrict(
      layer('adapters may import core only, never the app, servers, CLI or UI.', [
        '**/app/**', '**/server/**', '**/cli/**', '**/main/**', '**/preload/**', '**/renderer/**', 'electron', 'react', 'react-dom',
      ]),
    ),
  },
  {
    files: ['src/app/**'],
    rules: restrict(
      layer('the app service composes core and adapters; it never imports servers, CLI, Electron or UI.', [
        '**/server/**', '**/cli/**', '**/main/**', '**/preload/**', '**/renderer/**', 'electron', 'react', 'react-dom',
      ]),
    ),
  },
  {
    files: ['src/server/**'],
    rules: restrict(
      layer('the server exposes the app service; it never imports CLI, Electron or UI code.', [
        '**/cli/**', '**/main/**', '**/preload/**', '**/renderer/**', 'electron', 'react', 'react-dom',
      ]),
    ),
  },
  {
    files: ['src/preload/**'],
    rules: restrict(
      layer('preload exposes the contract only: no adapters, app internals, servers or Node modules.', [
        '**/adapters/**', '**/app/**', '!**/app/contract', '!**/app/contract/**', '**/server/**', '**/cli/**', '**/main/**',
        '**/renderer/**', ...nodeBuiltins, ...outsideThings.filter((m) => m !== 'electron'),
      ]),
    ),
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      layer('the renderer reaches the app only through the contract and pure core helpers (ARCHITECTURE.md).', [
        '**/adapters/**', '**/app/**', '!**/app/contract', '!**/app/contract/**', '**/server/**', '**/cli/**', '**/main/**',
        '**/preload/**', ...nodeBuiltins, 'electron', 'better-sqlite3', 'ws', 'obs-websocket-js', 'tmi.js', 'exceljs', 'pdfkit',
      ]),
    ),
  },
);
