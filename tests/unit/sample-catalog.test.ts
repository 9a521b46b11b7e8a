// The sample catalog shipped for rehearsals on a fresh machine.
import { describe, expect, it } from 'vitest';
import { CommentGenerator, REHEARSAL_MIX } from '../../src/adapters/chat/simulator/comment-generator';
import { readSampleCatalog } from '../../src/adapters/training/sample-catalog';

describe('the sample catalog', () => {
  it('is a valid catalog CSV of eight Vietnamese OCOP products with stock', () => {
    const products = readSampleCatalog();
    expect(products).toHaveLength(8);
    expect(products.map((p) => p.name).join(' | ')).toMatch(/Mật ong[\s\S]*Cà phê[\s\S]*Khô gà[\s\S]*Yến sào[\s\S]*Trà[\s\S]*Hạt điều/);
    for (const product of products) {
      expect(product.price).toBeGreaterThan(0);
      expect(product.stock).toBeGreaterThan(0);
      expect(product.ocopStars).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(products.map((p) => p.code)).size).toBe(8);
  });

  it('has names two products share, so the rehearsal audience can write orders only the review queue settles', () => {
    const catalog = readSampleCatalog().map((p) => ({ code: p.code, name: p.name, unit: p.unit, aliases: p.aliases }));
    const generator = new CommentGenerator({ catalog, seed: 2, mix: REHEARSAL_MIX });
    const wanted = new Set<string>();
    for (let i = 0; i < 600; i += 1) {
      const comment = generator.next(null, i * 4000);
      if (comment.truth.kind === 'review:ambiguous') wanted.add(comment.truth.items[0]!.code);
    }
    expect(wanted).toEqual(new Set(['MO1', 'MO2', 'TR1', 'TR2']));
  });
});
