#!/usr/bin/env node
// `npm run bench [name ...]`: runs every bench/*.bench.ts (or those whose name
// contains one of the arguments), one after another so they do not disturb each
// other's figures. Each prints its figures as JSON lines on stdout.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const filters = process.argv.slice(2);
const benches = readdirSync(join(root, 'bench'))
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.error(`# ${file}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join('bench', file)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    failed += 1;
    console.log(JSON.stringify({ bench: file, error: `exited with ${run.status ?? run.signal}` }));
  }
}
process.exit(failed === 0 ? 0 : 1);
