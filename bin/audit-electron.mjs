#!/usr/bin/env node
// `npm run audit:electron`: Electronegativity (Doyensec's Electron security
// scanner) over src/. Fails when it finds anything of medium or high severity;
// lower findings are listed. A finding we accept is marked where it stands
// with an `eng-disable <CHECK>` comment and the reason next to it.
//
// It runs offline by design, so it gives the same answer on every machine:
// the scanner would otherwise fetch translations of its messages and, for
// AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, Electron's release list. That check
// reads the Electron version from a package.json, which src/ has none of;
// the version we ship is passed in instead (package.json's optionalDependencies).
import { createRequire, Module } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const scannerMain = require.resolve('@doyensec/electronegativity');

// The scanner's HTTP client, answered "offline" at once instead of waiting on DNS.
const gotPath = createRequire(scannerMain).resolve('got');
const offline = () => Promise.reject(Object.assign(new Error('offline by design'), { code: 'OFFLINE' }));
offline.head = offline;
Module._cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { default: offline }) };

const run = require(scannerMain);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const electronVersion = String(pkg.optionalDependencies?.electron ?? pkg.devDependencies?.electron ?? '').replace(/^[^\d]*/, '');
const input = join(root, process.argv[2] ?? 'src');

// The scanner prints a line when its translations cannot be fetched; that is expected here.
const log = console.log;
console.log = (...args) => {
  if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
};
let result;
try {
  result = await run({ input, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: ['AvailableSecurityFixesGlobalCheck'] }, false);
} finally {
  console.log = log;
}

const MEDIUM = 2;
const rows = result.issues.map((issue) => ({
  severity: issue.severity.name,
  value: issue.severity.value,
  id: issue.id,
  where: `${issue.file}:${issue.location.line}`,
  note: issue.manualReview ? 'review' : '',
}));
const blocking = rows.filter((row) => row.value >= MEDIUM);
const fatal = result.errors.filter((error) => !error.tolerable);

console.log(`Electronegativity over ${input.replace(`${root}/`, '')} (Electron ${electronVersion}): ${result.atomicChecks} atomic and ${result.globalChecks} global checks`);
for (const row of rows) console.log(`  ${row.severity.padEnd(13)} ${row.id.padEnd(36)} ${row.where} ${row.note}`);
for (const error of fatal) console.log(`  NOT SCANNED   ${error.file}: ${error.message.split('\n')[0]}`);
const counts = Object.fromEntries(['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((name) => [name, rows.filter((row) => row.severity === name).length]));
console.log(`  findings: ${JSON.stringify(counts)}; files not parsed: ${fatal.length}`);
if (blocking.length > 0 || fatal.length > 0) {
  console.error('audit:electron failed: fix the findings above, or accept one with an `eng-disable <CHECK>` comment on its line and say why.');
  process.exit(1);
}
console.log('audit:electron passed: nothing of medium or high severity.');
