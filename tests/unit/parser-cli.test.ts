import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/fixtures';

// `ocop-live parse` as the scoring script and a seller's own scripts run it:
// JSON lines in on stdin, one result per line out on stdout.
const bin = fileURLToPath(new URL('../../bin/ocop-live.mjs', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runParse(catalog: string, input: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'parse', '--catalog', catalog], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const lines = (text: string): unknown[] =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);

describe('ocop-live parse', () => {
  it('writes one result per comment, in order, with the comment’s id', async () => {
    const input = [
      { id: 'a1', user: 'u1', text: 'chốt 2 hũ tỏi đen sđt 0912 345 678' },
      { id: 'a2', user: 'u2', text: '+1', showcase: 'CF1' },
      { id: 'a3', user: 'u3', text: 'tỏi đen giá bao nhiêu' },
      { id: 'a4', user: 'u4', text: 'lấy 2 trà' },
    ]
      .map((c) => JSON.stringify(c))
      .join('\r\n');
    const run = await runParse(fixturePath('parser-catalog.csv'), `${input}\n`);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([
      { id: 'a1', intent: 'order', items: [{ code: 'TD1', qty: 2 }], phone: '0912345678' },
      { id: 'a2', intent: 'order', items: [{ code: 'CF1', qty: 1 }], phone: null },
      { id: 'a3', intent: 'question', items: [], phone: null, askedAbout: ['TD1'] },
      { id: 'a4', intent: 'order', items: [], phone: null, review: 'ambiguous', ambiguous: ['TX1', 'TS1'] },
    ]);
  }, 60_000);

  it('answers a bad line with an error object and a message, and goes on', async () => {
    const input = ['{"id":"b1","user":"u","text":"chốt 1 tỏi đen"}', 'not json at all', '{"id":"b3","user":"u"}', '', '{"id":"b4","user":"u","text":"hủy đơn"}'].join('\n');
    const run = await runParse(fixturePath('parser-catalog.csv'), `${input}\n`);
    expect(run.code).toBe(0);
    const out = lines(run.stdout) as { id: unknown; error?: string; line?: number; intent?: string }[];
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: 'b1', intent: 'order' });
    expect(out[1]).toMatchObject({ id: null, line: 2 });
    expect(out[1]?.error).toContain('JSON');
    expect(out[2]).toMatchObject({ id: 'b3', line: 3 });
    expect(out[2]?.error).toContain('text');
    expect(out[3]).toMatchObject({ id: 'b4', intent: 'cancel' });
    expect(run.stderr).toContain('dòng 2');
    expect(run.stderr).toContain('dòng 3');
  }, 60_000);

  it('refuses a broken catalog, listing its bad lines, with a non-zero exit', async () => {
    const run = await runParse(fixturePath('catalog-broken.csv'), '{"id":"c1","user":"u","text":"+1"}\n');
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/dòng 3/);
    expect(run.stderr).toMatch(/dòng 4/);
    expect(run.stderr).toMatch(/dòng 5/);
  }, 60_000);

  it('refuses a catalog file that is not there', async () => {
    const run = await runParse(fixturePath('no-such-catalog.csv'), '');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('no-such-catalog.csv');
  }, 60_000);

  it('streams a large input through, every line answered', async () => {
    const count = 30_000;
    const input = Array.from({ length: count }, (_, i) => JSON.stringify({ id: i, user: `u${i % 50}`, text: i % 2 ? `lấy ${1 + (i % 9)} hũ tỏi đen` : 'chào shop' })).join('\n');
    const run = await runParse(fixturePath('parser-catalog.csv'), `${input}\n`);
    expect(run.code).toBe(0);
    const out = lines(run.stdout) as { id: number; intent: string; items: { qty: number }[] }[];
    expect(out).toHaveLength(count);
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: count }, (_, i) => i));
    expect(out[7]).toMatchObject({ intent: 'order', items: [{ code: 'TD1', qty: 8 }] });
  }, 120_000);
});
