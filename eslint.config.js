// Layering from ARCHITECTURE.md, enforced the VS Code way: the folder a file
// lives in says what it may import. Imports point down only.
//
// core, main and cli are allow-lists (the `layering/imports` rule below): a
// folder or package not named is refused, so a new dependency is a decision
// written here, not an accident. What each may use, and why:
//   src/core  only src/core and zod: pure domain that runs anywhere (the
//             renderer bundles parts of it), so no Node, no I/O, no other package.
//   src/cli   core, adapters, app, server and itself, Node and npm packages:
//             it composes the app for the terminal. Never main, preload,
//             renderer, Electron or React.
//   src/main  app, server, adapters, core and itself, plus src/cli/data-dir
//             (the one per-user data folder web mode uses too, so both open
//             the same order book); Node and npm packages. Never other CLI
//             code, preload or renderer, and never `electron` by import:
//             Electron comes in through electron-api.ts (index.electron.ts
//             requires it at run time) so tests can replace it at that boundary.
// The other layers keep block-lists (no-restricted-imports).
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const root = dirname(fileURLToPath(import.meta.url));

const nodeBuiltinNames = new Set(builtinModules);

/** "node:fs" and "fs/promises" are Node's; "@scope/pkg/x" is "@scope/pkg"; "csv-parse/sync" is "csv-parse". */
function packageOf(source) {
  if (source.startsWith('node:')) return { builtin: true, name: source };
  const parts = source.split('/');
  const name = source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return { builtin: nodeBuiltinNames.has(name), name };
}

/** Where a relative import lands, as a project path without extension: "src/core/text/fold". */
function projectPath(filename, source) {
  return relative(root, resolve(dirname(filename), source)).split(sep).join('/').replace(/\.(ts|tsx|js|mjs|cjs)$/, '');
}

const within = (path, folder) => path === folder || path.startsWith(`${folder}/`);

/**
 * Options: folders (project paths a relative import may land in), files (single
 * modules allowed besides), packages ('*' or a list), deniedPackages, builtins
 * (Node's own modules), message.
 */
const importsRule = {
  meta: { type: 'problem', schema: [{ type: 'object', additionalProperties: true }], messages: { refused: '{{message}} ("{{source}}")' } },
  create(context) {
    const { folders = [], files = [], packages = [], deniedPackages = [], builtins = false, message } = context.options[0] ?? {};
    const allowed = (source) => {
      if (source.startsWith('.')) {
        const target = projectPath(context.filename, source);
        return folders.some((folder) => within(target, folder)) || files.includes(target);
      }
      const pkg = packageOf(source);
      if (pkg.builtin) return builtins;
      if (deniedPackages.includes(pkg.name)) return false;
      return packages === '*' || packages.includes(pkg.name);
    };
    const check = (node) => {
      const source = node?.type === 'Literal' ? node.value : undefined;
      if (typeof source === 'string' && !allowed(source)) context.report({ node, messageId: 'refused', data: { message, source } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => node.source && check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
      CallExpression: (node) => node.callee.type === 'Identifier' && node.callee.name === 'require' && check(node.arguments[0]),
    };
  },
};
const layering = { rules: { imports: importsRule } };
const allowOnly = (options) => ({ 'layering/imports': ['error', options] });

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
  { plugins: { layering } },
  {
    files: ['src/core/**'],
    rules: allowOnly({
      folders: ['src/core'],
      packages: ['zod'],
      message: 'core is pure: it imports only src/core and zod (ARCHITECTURE.md); add a pure library to the allow-list in eslint.config.js only after deciding it belongs in core',
    }),
  },
  {
    files: ['src/cli/**'],
    rules: allowOnly({
      folders: ['src/cli', 'src/core', 'src/adapters', 'src/app', 'src/server'],
      packages: '*',
      builtins: true,
      deniedPackages: ['electron', 'react', 'react-dom'],
      message: 'the CLI composes core, adapters, app and server; it never imports the desktop shell, preload, renderer, Electron or React',
    }),
  },
  {
    files: ['src/main/**/*.ts'], // launch.cjs, the development entry, is what hands Electron in
    rules: allowOnly({
      folders: ['src/main', 'src/app', 'src/server', 'src/adapters', 'src/core'],
      files: ['src/cli/data-dir'],
      packages: '*',
      builtins: true,
      deniedPackages: ['electron', 'react', 'react-dom'],
      message: 'the desktop shell uses app, server, adapters, core and src/cli/data-dir only; Electron comes through electron-api.ts, never by import',
    }),
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
