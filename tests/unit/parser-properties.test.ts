import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCatalogCsv } from '../../src/adapters/csv/catalog-csv';
import type { ParseResult } from '../../src/core/parser';
import { readFixture } from '../helpers/fixtures';
import { strictParser } from '../helpers/strict-parser';

// Whatever arrives in a live chat, the parser answers with the contract's
// shape and never throws: fast-check throws junk, emoji, right-to-left text,
// control characters, lone surrogates and decomposed Vietnamese at it.
const catalog = parseCatalogCsv(readFixture('parser-catalog.csv'));
if (!catalog.ok) throw new Error('the parser fixture catalog must load');
const codes = catalog.products.map((p) => p.code);
const parser = strictParser(catalog.products);

const itemSchema = z.object({ code: z.string().min(1), qty: z.number().int().min(1).max(999).nullable() }).strict();
const resultSchema = z
  .object({
    intent: z.enum(['order', 'cancel', 'question', 'contact', 'other']),
    items: z.array(itemSchema),
    phone: z.string().regex(/^0\d{9,10}$/).nullable(),
    askedAbout: z.array(z.string()).optional(),
    review: z.enum(['no-product', 'ambiguous', 'set-quantity', 'part', 'paid', 'restore', 'amount', 'swap', 'vague']).optional(),
    amount: z.number().int().positive().optional(),
    fewer: z.object({ qty: z.number().int().min(1).max(999), unit: z.string().min(1).nullable() }).strict().optional(),
    ambiguous: z.array(z.string()).optional(),
    address: z.string().nullable().optional(),
  })
  .strict();

/** The contract's shape, and its rules between fields (plain throws: thousands of runs). */
function expectContract(result: ParseResult, showcase: string | null): void {
  resultSchema.parse(result);
  const fail = (why: string): never => {
    throw new Error(`${why}: ${JSON.stringify(result)}`);
  };
  if (result.intent !== 'order' && result.intent !== 'cancel' && result.items.length > 0) fail('items outside an order or cancel');
  for (const item of result.items) {
    if (result.intent === 'order' && item.qty === null) fail('an order item without a quantity');
    if (!codes.includes(item.code) && item.code !== showcase) fail('a code neither in the catalog nor on screen');
  }
  if (new Set(result.items.map((item) => item.code)).size !== result.items.length) fail('a product listed twice');
  if (result.fewer !== undefined && (result.intent !== 'cancel' || result.items.length > 0)) fail('a count of something unnamed outside a cancel naming nothing');
}

// Thousands of runs on a shared 2-core machine: give them room.
const SLOW = 60_000;

const VOCABULARY = [
  'chốt', 'lấy', 'mua', 'đặt', 'hủy', 'huỷ', 'bỏ', 'không', 'ko', 'k', 'nữa', 'thôi', 'cho', 'em', 'e', 'mình', 'hỏi', 'giá', 'già',
  'bao', 'nhiêu', 'bn', 'còn', 'có', 'được', 'sao', 'hả', '?', ',', '.', 'tỏi', 'đen', 'mắm', 'ruốc', 'nước', 'bánh', 'tráng', 'trà',
  'bò', 'khô', 'hũ', 'hủ', 'chai', 'bịch', 'gói', 'x2', '×3', '*2', 'sl', ':', '+1', '+2', '1', '2', '12', 'hai', 'ba', 'năm', 'nam',
  'chục', '500g', '150k', '250.000đ', 'TD1', 'td', '-', 'CF1', 'Gia', 'Lai', 'Huy', 'Năm', 'địa', 'chỉ', 'đ/c', 'Hùng', 'Vương',
  'tổ', 'phường', '0912345678', '+84', '912', '345', '678', 'shop', 'ạ', 'nha', 'mỗi', 'loại', '😍', 'سلام', 'שלום',
];
const vietnameseComment = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 14 }).map((words) => words.join(' '));
const showcaseArb = fc.option(fc.constantFrom(...codes, 'td1', ' XS1 ', 'NOPE'), { nil: null });
const parse = (text: string, showcase: string | null): ParseResult => parser.parse(text, { showcase });

describe('the parser on any input', () => {
  it('never throws and always answers in the contract’s shape, for any UTF-16 string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), showcaseArb, (text, showcase) => {
        expectContract(parse(text, showcase), showcase?.trim().toUpperCase() ?? null);
      }),
      { numRuns: 1500 },
    );
  }, SLOW);

  it('survives lone surrogates, control characters and combining marks anywhere', () => {
    const nasty = fc.constantFrom('\uD800', '\uDFFF', '\u0000', '\u0007', '\u001b', '\u200b', '\u200f', '\u202e', '\u0301', '\u0323', '\uFEFF', '\r\n', '\t');
    const mixed = fc.array(fc.oneof(nasty, fc.constantFrom(...VOCABULARY)), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(mixed, showcaseArb, (text, showcase) => {
        expectContract(parse(text, showcase), showcase?.trim().toUpperCase() ?? null);
      }),
      { numRuns: 1500 },
    );
  }, SLOW);

  it('survives emoji, right-to-left scripts and every Unicode plane', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary-ascii', maxLength: 40 }), (a, b) => {
        expectContract(parse(`${a} chốt 2 ${b} تفاصيل עברית 👩‍👩‍👧 ${a}`, 'TD1'), 'TD1');
      }),
      { numRuns: 500 },
    );
  }, SLOW);

  it('answers 10 kB of junk quickly and in shape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 10_000, maxLength: 10_000 }), (junk) => {
        const started = performance.now();
        expectContract(parse(junk, 'TD1'), 'TD1');
        expect(performance.now() - started).toBeLessThan(500);
      }),
      { numRuns: 20 },
    );
    const words = Array.from({ length: 2000 }, (_, i) => VOCABULARY[i % VOCABULARY.length]).join(' ');
    expectContract(parse(words, null), null);
  }, SLOW);

  it('never throws on things that are not strings at all', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x')]) {
      expectContract(parser.parse(value as unknown as string, { showcase: null }), null);
    }
  });

  it('reads chat-like Vietnamese in the contract’s shape', () => {
    fc.assert(
      fc.property(vietnameseComment, showcaseArb, (text, showcase) => {
        expectContract(parse(text, showcase), showcase?.trim().toUpperCase() ?? null);
      }),
      { numRuns: 2000 },
    );
  }, SLOW);

  it('reads decomposed (NFD) text exactly as composed (NFC) text', () => {
    fc.assert(
      fc.property(vietnameseComment, showcaseArb, (text, showcase) => {
        expect(parse(text.normalize('NFD'), showcase)).toEqual(parse(text.normalize('NFC'), showcase));
      }),
      { numRuns: 1000 },
    );
  }, SLOW);

  it('finds a mobile number however its digits are grouped, and never reads it as a quantity', () => {
    const prefix = fc.constantFrom('03', '05', '07', '08', '09');
    const digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 });
    const separator = fc.constantFrom('', ' ', '.', '-');
    fc.assert(
      fc.property(prefix, digits, separator, fc.integer({ min: 1, max: 9 }), fc.boolean(), (start, rest, sep, qty, international) => {
        const local = start + rest.join('');
        const groups = [local.slice(0, 4), local.slice(4, 7), local.slice(7)];
        const written = international ? `+84 ${groups.join(sep).slice(1)}` : groups.join(sep);
        const result = parse(`lấy ${qty} hũ tỏi đen sđt ${written}`, null);
        expect(result.phone).toBe(local);
        expect(result.items).toEqual([{ code: 'TD1', qty }]);
      }),
      { numRuns: 500 },
    );
  }, SLOW);
});
