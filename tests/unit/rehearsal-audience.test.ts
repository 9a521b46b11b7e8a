// The rehearsal's simulated audience: "+1" for the product the run-of-show
// presents, orders only the review queue can settle (a name two products
// share, with a hint a person can read), and a truth the parser agrees with
// everywhere else.
import { describe, expect, it } from 'vitest';
import { CommentGenerator, needsLearner, REHEARSAL_MIX, type SimulatedComment } from '../../src/adapters/chat/simulator/comment-generator';
import { createParser } from '../../src/core/parser';
import type { CatalogEntry } from '../../src/core/parser/parse-result';
import { planRunOfShow, presentedAt } from '../../src/core/training/run-of-show';
import { foldVietnamese } from '../../src/core/text/fold';

const catalog: CatalogEntry[] = [
  { code: 'MO1', name: 'Mật ong hoa cà phê 500ml', unit: 'chai', aliases: ['mật ong', 'mật ong cà phê'] },
  { code: 'MO2', name: 'Mật ong rừng U Minh 250ml', unit: 'chai', aliases: ['mật ong', 'mật ong rừng'] },
  { code: 'CF1', name: 'Cà phê Robusta Đắk Lắk 500g', unit: 'gói', aliases: ['cà phê', 'cafe'] },
  { code: 'KG1', name: 'Khô gà lá chanh 200g', unit: 'hũ', aliases: ['khô gà'] },
  { code: 'HD1', name: 'Hạt điều rang muối 500g', unit: 'hũ', aliases: ['hạt điều'] },
];

/** A 10-minute rehearsal at 45 comments a minute, each comment at its time with the run-of-show's product. */
function audience(seed: number): { comments: (SimulatedComment & { at: number })[] } {
  const plan = planRunOfShow(catalog, 600, () => 0.3);
  const generator = new CommentGenerator({ catalog, seed, mix: REHEARSAL_MIX });
  const comments = Array.from({ length: 450 }, (_, i) => {
    const at = (i + 1) * (60_000 / 45);
    return { ...generator.next(presentedAt(plan, at / 1000), at), at };
  });
  return { comments };
}

const key = (items: readonly { code: string; qty: number | null }[]) => items.map((i) => `${i.code}:${i.qty ?? 'all'}`).sort().join(',');

describe('the rehearsal audience', () => {
  it('writes orders only the review queue can settle for a name two products share, with a hint that names one', () => {
    const parser = createParser(catalog);
    const review = audience(5).comments.filter((c) => c.truth.kind === 'review:ambiguous');
    expect(review.length).toBeGreaterThan(10);
    for (const comment of review) {
      const parsed = parser.parse(comment.text, { showcase: comment.showcase });
      expect(parsed).toMatchObject({ intent: 'order', items: [], review: 'ambiguous' });
      const code = comment.truth.items[0]!.code;
      expect(parsed.ambiguous).toContain(code);
      // The hint: a word of the wanted product's name the other one does not have.
      const other = catalog.find((p) => p.code !== code && parsed.ambiguous!.includes(p.code))!;
      const own = foldVietnamese(catalog.find((p) => p.code === code)!.name).split(' ');
      const theirs = new Set(foldVietnamese(other.name).split(' '));
      expect(own.some((word) => !theirs.has(word) && foldVietnamese(comment.text).split(/[^a-z0-9]+/).includes(word)), comment.text).toBe(true);
    }
    expect(new Set(review.map((c) => c.truth.items[0]!.code))).toEqual(new Set(['MO1', 'MO2']));
  });

  it('orders the presented product with "+1" and agrees with the parser on everything else', () => {
    const parser = createParser(catalog);
    const { comments } = audience(9);
    const plus = comments.filter((c) => c.truth.kind.startsWith('showcase:'));
    expect(plus.length / comments.length).toBeGreaterThan(0.2);
    const misses: string[] = [];
    for (const c of comments.filter((c) => c.truth.kind !== 'review:ambiguous')) {
      const got = parser.parse(c.text, { showcase: c.showcase });
      const same = got.intent === c.truth.intent && (['order', 'cancel'].includes(got.intent) ? key(got.items) === key(c.truth.items) : true);
      if (!same) misses.push(`${JSON.stringify(c.text)} on ${c.showcase} want ${c.truth.intent} ${key(c.truth.items)} got ${got.intent} ${key(got.items)}`);
    }
    expect(misses.slice(0, 10), `${misses.length} disagreements`).toEqual([]);
  });

  it('never has a viewer repeat a text within 15 seconds, nor cancel what only the learner can capture', () => {
    const { comments } = audience(13);
    const last = new Map<string, number>();
    const throughLearner = new Map<string, Set<string>>();
    for (const c of comments) {
      const k = `${c.userId}\u0000${c.text}`;
      if (last.has(k)) expect(c.at - last.get(k)!, c.text).toBeGreaterThanOrEqual(15_000);
      last.set(k, c.at);
      const mine = throughLearner.get(c.userId) ?? new Set<string>();
      throughLearner.set(c.userId, mine);
      if (c.truth.intent === 'order' && needsLearner(c.truth.kind)) for (const item of c.truth.items) mine.add(item.code);
      if (c.truth.intent === 'cancel') {
        if (c.truth.items.length === 0) expect(mine.size, c.text).toBe(0);
        for (const item of c.truth.items) expect(mine.has(item.code), c.text).toBe(false);
      }
    }
    expect(comments.some((c) => c.truth.intent === 'cancel')).toBe(true);
  });
});
