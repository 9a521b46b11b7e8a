// `ocop-live serve` on an order book it cannot open: a message a seller can
// act on, in Vietnamese and English, with the file's path, and no stack.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';

const CLI = fileURLToPath(new URL('../../bin/ocop-live.mjs', import.meta.url));
const temp = makeTempDir();
afterAll(() => temp.cleanup());

function serve(dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, 'serve', '--port', '0', '--data-dir', dataDir], { timeout: 20_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

const STACK_LINE = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

describe('ocop-live serve on an order book it cannot open', () => {
  it('written by a newer app: says to update, names the file, leaves it untouched and exits non-zero', async () => {
    const dataDir = join(temp.dir, 'too-new');
    mkdirSync(dataDir);
    const dbPath = join(dataDir, 'ocop-live.db');
    const db = new BetterSqlite3(dbPath);
    db.pragma('user_version = 999');
    db.close();
    const before = readFileSync(dbPath);

    const { code, stdout, stderr } = await serve(dataDir);
    expect(code).not.toBe(0);
    expect(stdout).not.toContain('đang chạy');
    expect(stderr).toContain('Sổ đơn được tạo bởi phiên bản OCOP Live mới hơn');
    expect(stderr).toContain('The order book was written by a newer OCOP Live');
    expect(stderr).toContain(dbPath);
    expect(stderr).toContain('Hãy cập nhật OCOP Live');
    expect(stderr).toContain('Update OCOP Live to the latest version');
    expect(stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
  });

  it('that is damaged: says how to set it aside and restore a backup, names the file, exits non-zero', async () => {
    const dataDir = join(temp.dir, 'damaged');
    mkdirSync(dataDir);
    const dbPath = join(dataDir, 'ocop-live.db');
    writeFileSync(dbPath, Buffer.alloc(8192, 'không phải SQLite '));

    const { code, stderr } = await serve(dataDir);
    expect(code).not.toBe(0);
    expect(stderr).toContain('Tệp sổ đơn bị hỏng hoặc không phải sổ đơn OCOP Live');
    expect(stderr).toContain('The order book file is damaged or not an OCOP Live order book');
    expect(stderr).toContain(`Move ${dbPath}`);
    expect(stderr).toContain(join(dataDir, 'backups'));
    expect(stderr).not.toMatch(STACK_LINE);
  });
});
