import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateComments } from '../../../src/adapters/chat/simulator/comment-generator';
import { SimulatorSource } from '../../../src/adapters/chat/simulator/simulator-source';
import { parseCatalogCsv } from '../../../src/adapters/csv/catalog-csv';
import { createParser } from '../../../src/core/parser';
import type { CatalogEntry } from '../../../src/core/parser/parse-result';
import { recordSource } from '../../helpers/source-recorder';

function loadCatalog(path: string): CatalogEntry[] {
  const result = parseCatalogCsv(readFileSync(new URL(path, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('bad fixture');
  return result.products.map((p) => ({ code: p.code, name: p.name, unit: p.unit, aliases: p.aliases }));
}
const catalog = loadCatalog('../../fixtures/catalog-live.csv');
const codes = catalog.map((p) => p.code);
const rotating = (seq: number) => (Math.floor(seq / 40) % 4 === 0 ? null : codes[Math.floor(seq / 40) % codes.length]!);

describe('the comment simulator', () => {
  it('is deterministic: the same seed and catalog give the same comments', () => {
    const a = generateComments({ catalog, seed: 42 }, 500, rotating);
    const b = generateComments({ catalog, seed: 42 }, 500, rotating);
    const c = generateComments({ catalog, seed: 43 }, 500, rotating);
    expect(a).toEqual(b);
    expect(a.map((x) => x.text)).not.toEqual(c.map((x) => x.text));
  });

  it('writes the mix a live chat has: orders, +1 on the showcase, questions, cancels, phones, chit-chat, teen code, no diacritics', () => {
    const comments = generateComments({ catalog, seed: 3 }, 3000, rotating);
    const share = (predicate: (c: (typeof comments)[number]) => boolean) => comments.filter(predicate).length / comments.length;
    expect(share((c) => c.truth.intent === 'order')).toBeGreaterThan(0.4);
    expect(share((c) => c.truth.kind.startsWith('showcase:'))).toBeGreaterThan(0.05);
    expect(share((c) => c.truth.intent === 'question')).toBeGreaterThan(0.1);
    expect(share((c) => c.truth.intent === 'cancel')).toBeGreaterThan(0.02);
    expect(share((c) => c.truth.phone !== null)).toBeGreaterThan(0.03);
    expect(share((c) => c.truth.intent === 'other')).toBeGreaterThan(0.08);
    expect(comments.some((c) => /^\+\d/.test(c.text) && c.showcase !== null)).toBe(true);
    expect(comments.some((c) => /(^| )(e|bn|k)( |$)/.test(c.text))).toBe(true);
    // Without diacritics: Vietnamese words typed in plain ASCII.
    expect(comments.filter((c) => c.truth.intent === 'order' && /^[\x20-\x7e]+$/.test(c.text) && /[a-z]{3,} [a-z]{2,}/.test(c.text)).length).toBeGreaterThan(20);
    // "+1" never appears without a product on screen, and a viewer never repeats their last comment.
    expect(comments.filter((c) => c.truth.kind.startsWith('showcase:') && c.showcase === null)).toHaveLength(0);
    const last = new Map<string, string>();
    for (const c of comments) {
      expect(last.get(c.userId)).not.toBe(c.text);
      last.set(c.userId, c.text);
    }
    // Cancels come from viewers who ordered before.
    const ordered = new Set<string>();
    for (const c of comments) {
      if (c.truth.intent === 'cancel') expect(ordered.has(c.userId)).toBe(true);
      if (c.truth.intent === 'order') ordered.add(c.userId);
    }
  });

  it('gives ground truth the order parser agrees with (ORDER-GRAMMAR.md), on two catalogs', () => {
    for (const path of ['../../fixtures/catalog-live.csv', '../../fixtures/catalog-basic.csv']) {
      const entries = loadCatalog(path);
      const parser = createParser(entries);
      const key = (items: { code: string; qty: number | null }[]) => items.map((i) => `${i.code}:${i.qty ?? 'all'}`).sort().join(',');
      const misses: string[] = [];
      const comments = generateComments({ catalog: entries, seed: 11 }, 2000, (seq) => (seq % 3 === 0 ? null : entries[seq % entries.length]!.code));
      for (const c of comments) {
        const got = parser.parse(c.text, { showcase: c.showcase });
        const same = got.intent === c.truth.intent && (['order', 'cancel'].includes(got.intent) ? key(got.items) === key(c.truth.items) : true) && got.phone === c.truth.phone;
        if (!same) misses.push(`${JSON.stringify(c.text)} want ${c.truth.intent} ${key(c.truth.items)} got ${got.intent} ${key(got.items)}`);
      }
      expect(misses.slice(0, 10), `${misses.length} disagreements on ${path}`).toEqual([]);
    }
  });

  it('emits at the chosen rate as a live source, then ends at its limit', async () => {
    const source = new SimulatorSource({ catalog, ratePerSecond: 200, seed: 5, limit: 100, showcase: () => 'MO1', idPrefix: 'run1' });
    const seen = recordSource(source);
    const started = performance.now();
    source.start();
    await seen.until(() => source.state.kind === 'ended', 5000);
    const elapsed = performance.now() - started;
    expect(seen.messages).toHaveLength(100);
    expect(elapsed).toBeGreaterThan(400);
    expect(elapsed).toBeLessThan(3000); // generous: a loaded CI machine
    expect(seen.messages[0]).toMatchObject({ platform: 'simulator', messageId: 'run1-1' });
    expect(source.generated.map((g) => g.text)).toEqual(seen.messages.map((m) => m.text));
    expect(source.generated.every((g) => g.showcase === 'MO1')).toBe(true);
    expect(seen.kinds()).toEqual(['connecting', 'live', 'ended']);
  });

  it('refuses a rate it cannot keep', () => {
    expect(() => new SimulatorSource({ catalog, ratePerSecond: 0 })).toThrow();
    expect(() => new SimulatorSource({ catalog, ratePerSecond: 100_000 })).toThrow();
  });
});
