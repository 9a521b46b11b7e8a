import { describe, expect, it } from 'vitest';
import { parseCatalogCsv } from '../../src/adapters/csv/catalog-csv';
import type { ParseResult } from '../../src/core/parser';
import { readFixture } from '../helpers/fixtures';
import { strictParser } from '../helpers/strict-parser';

// The labelled comments in tests/fixtures/parser-comments.jsonl, grouped by the
// rule of ORDER-GRAMMAR.md each one exercises, against their own catalog.
interface Labelled {
  id: string;
  rule: string;
  text: string;
  showcase?: string;
  expect: Pick<ParseResult, 'intent' | 'items' | 'phone'> & Partial<Pick<ParseResult, 'review' | 'askedAbout' | 'address'>>;
}

const catalog = parseCatalogCsv(readFixture('parser-catalog.csv'));
if (!catalog.ok) throw new Error('the parser fixture catalog must load');
const parser = strictParser(catalog.products);
const cases = readFixture('parser-comments.jsonl')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Labelled);

const byRule = new Map<string, Labelled[]>();
for (const c of cases) byRule.set(c.rule, [...(byRule.get(c.rule) ?? []), c]);

describe('the labelled comment fixtures', () => {
  it('cover every rule with plenty of comments', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(byRule.size).toBeGreaterThanOrEqual(12);
  });

  for (const [rule, group] of byRule) {
    describe(rule, () => {
      it.each(group.map((c) => [c.id, c.text, c] as const))('%s: %j reads as labelled', (_id, _text, c) => {
        const got = parser.parse(c.text, { showcase: c.showcase ?? null });
        const { intent, items, phone, ...extra } = c.expect;
        expect({ intent: got.intent, items: got.items, phone: got.phone }).toEqual({ intent, items, phone });
        if (extra.review !== undefined) expect(got.review).toBe(extra.review);
        if (extra.askedAbout !== undefined) expect(got.askedAbout).toEqual(extra.askedAbout);
        if (extra.address !== undefined) expect(got.address).toBe(extra.address);
      });
    });
  }
});
