#!/usr/bin/env node
// Builds the desktop app's main process and preload with esbuild:
//   dist/main/index.mjs     main process (ESM); npm packages stay external
//                           (better-sqlite3 is native and rebuilt for Electron)
//   dist/preload/index.cjs  the sandboxed preload, one self-contained file
//                           (a sandboxed preload can require nothing but electron)
// Source modules find their files (migrations, assets, package.json) relative
// to import.meta.url; the bundle keeps each module's own source location, so
// those paths hold in dist/ and in the packaged app (which ships them).
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Replaces import.meta.url in each bundled source file with that file's own URL, relative to the bundle. */
function sourceImportMetaUrl(outFile, rewritten) {
  return {
    name: 'source-import-meta-url',
    setup(builder) {
      builder.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const fromBundle = relative(dirname(outFile), args.path).split(sep).join('/');
        rewritten.push(relative(ROOT, args.path).split(sep).join('/'));
        const contents = source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`);
        const loader = args.path.endsWith('.tsx') ? 'tsx' : args.path.endsWith('.ts') || args.path.endsWith('.mts') || args.path.endsWith('.cts') ? 'ts' : 'js';
        return { contents, loader };
      });
    },
  };
}

/**
 * The preload needs only the contract's command names: they are read from the
 * contract at build time and inlined, so the privileged preload carries a list
 * of strings instead of the contract's schemas (and zod).
 */
async function readCommandNames(root, outDir) {
  const probe = join(outDir, '.build', `contract-${process.pid}.mjs`);
  await build({ absWorkingDir: root, entryPoints: [join(root, 'src/app/contract.ts')], outfile: probe, bundle: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'error' });
  try {
    const contract = await import(`${pathToFileURL(probe).href}?t=${Date.now()}`);
    return [...contract.commandNames];
  } finally {
    await rm(join(outDir, '.build'), { recursive: true, force: true });
  }
}

function inlineCommandNames(names) {
  return {
    name: 'inline-command-names',
    setup(builder) {
      builder.onResolve({ filter: /\/app\/contract$/ }, (args) =>
        args.importer.includes(`${sep}src${sep}preload${sep}`) ? { path: 'command-names', namespace: 'ocop-contract' } : undefined,
      );
      builder.onLoad({ filter: /.*/, namespace: 'ocop-contract' }, () => ({
        contents: `export const commandNames = Object.freeze(${JSON.stringify(names)});`,
        loader: 'js',
      }));
    },
  };
}

/**
 * @param {{ root?: string, outDir?: string, minify?: boolean }} [options]
 * @returns {Promise<{ main: string, preload: string, rewritten: string[], commandNames: string[] }>}
 */
export async function buildDesktop(options = {}) {
  const root = options.root ?? ROOT;
  const outDir = options.outDir ?? join(root, 'dist');
  const main = join(outDir, 'main', 'index.mjs');
  const preload = join(outDir, 'preload', 'index.cjs');
  const rewritten = [];
  const commandNames = await readCommandNames(root, outDir);
  await Promise.all([
    build({
      absWorkingDir: root,
      entryPoints: [join(root, 'src/main/index.electron.ts')],
      outfile: main,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node22',
      packages: 'external',
      sourcemap: true,
      minify: options.minify ?? false,
      logLevel: 'warning',
      plugins: [sourceImportMetaUrl(main, rewritten)],
    }),
    build({
      absWorkingDir: root,
      entryPoints: [join(root, 'src/preload/index.ts')],
      outfile: preload,
      bundle: true,
      format: 'cjs',
      platform: 'browser',
      target: 'chrome130',
      external: ['electron'],
      plugins: [inlineCommandNames(commandNames)],
      define: { 'process.env.NODE_ENV': '"production"' },
      sourcemap: true,
      minify: options.minify ?? false,
      logLevel: 'warning',
    }),
  ]);
  return { main, preload, rewritten, commandNames };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const result = await buildDesktop({ minify: process.argv.includes('--minify') });
  console.log(`desktop build: ${relative(ROOT, result.main)}, ${relative(ROOT, result.preload)} in ${Date.now() - started} ms`);
}
