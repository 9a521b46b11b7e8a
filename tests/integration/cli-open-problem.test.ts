// `tally`, `replay` and `listen` on an order book they cannot open say what is
// wrong and what to do, in Vietnamese and English, as `serve` does: real CLI
// processes on real files, no Node stack.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/fixtures';
import { makeTempDir } from '../helpers/temp-dir';

const CLI = fileURLToPath(new URL('../../bin/ocop-live.mjs', import.meta.url));
const temp = makeTempDir('ocop-open-problem-');
afterAll(() => temp.cleanup());

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

const STACK_LINE = /^\s+at .+/m;

/** Each command with the arguments that make it open the book at `db`. */
const COMMANDS: Record<string, (db: string) => string[]> = {
  tally: (db) => ['tally', '--db', db],
  replay: (db) => ['replay', fixturePath('tally-transcript.jsonl'), '--catalog', fixturePath('catalog-live.csv'), '--db', db],
  listen: (db) => ['listen', '--source', 'simulator:5', '--limit', '3', '--db', db],
};

function tooNewBook(name: string): string {
  const dir = join(temp.dir, `too-new-${name}`);
  mkdirSync(dir);
  const path = join(dir, 'book.db');
  const db = new BetterSqlite3(path);
  db.pragma('user_version = 999');
  db.close();
  return path;
}

function damagedBook(name: string): string {
  const dir = join(temp.dir, `damaged-${name}`);
  mkdirSync(dir);
  const path = join(dir, 'book.db');
  // Random bytes, not even an SQLite header.
  writeFileSync(path, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 251)));
  return path;
}

describe.each(Object.keys(COMMANDS))('ocop-live %s on an order book it cannot open', (name) => {
  it('written by a newer app: says to update, names the file and the --db way out, leaves it untouched, exits non-zero, no stack', async () => {
    const db = tooNewBook(name);
    const before = readFileSync(db);
    const { code, stdout, stderr } = await cli(COMMANDS[name]!(db));
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('Sổ đơn được tạo bởi phiên bản OCOP Live mới hơn');
    expect(stderr).toContain('The order book was written by a newer OCOP Live');
    expect(stderr).toContain(`Tệp sổ đơn / Order book file: ${db}`);
    expect(stderr).toContain('Hãy cập nhật OCOP Live');
    expect(stderr).toContain('Update OCOP Live to the latest version');
    expect(stderr).toContain('Or name another order book file: `--db FILE`.');
    expect(stderr).not.toContain('--data-dir');
    expect(stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('that is damaged: says how to set it aside and restore a backup, names the file, exits non-zero, no stack', async () => {
    const db = damagedBook(name);
    const { code, stderr } = await cli(COMMANDS[name]!(db));
    expect(code).not.toBe(0);
    expect(stderr).toContain('Tệp sổ đơn bị hỏng hoặc không phải sổ đơn OCOP Live');
    expect(stderr).toContain('The order book file is damaged or not an OCOP Live order book');
    expect(stderr).toContain(`Move ${db}`);
    expect(stderr).toContain(join(db, '..', 'backups'));
    expect(stderr).not.toMatch(STACK_LINE);
  });
});
