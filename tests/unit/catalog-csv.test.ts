import { describe, expect, it } from 'vitest';
import { catalogToCsv, detectDelimiter, parseCatalogCsv } from '../../src/adapters/csv/catalog-csv';
import { parseVndAmount } from '../../src/core/catalog/catalog-rows';
import { readFixture } from '../helpers/fixtures';

describe('a catalog CSV file', () => {
  it('gives every product with its aliases, stars and description', () => {
    const result = parseCatalogCsv(readFixture('catalog-basic.csv'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.products.map((p) => p.code)).toEqual(['MO1', 'CF2', 'KS1', 'BT3']);
    expect(result.products[0]).toMatchObject({
      name: 'Mật ong rừng U Minh 500ml',
      price: 180000,
      unit: 'chai',
      stock: 30,
      aliases: ['mật ong', 'mat ong', 'mật ong rừng'],
      ocopStars: 4,
      description: 'Mật ong khai thác tự nhiên',
    });
    expect(result.products[3]?.ocopStars).toBeNull();
  });

  it('written by Excel in a Vietnamese locale (BOM, semicolons, grouped price) reads the same', () => {
    const text = readFixture('catalog-semicolon-bom.csv');
    expect(detectDelimiter(text)).toBe(';');
    const result = parseCatalogCsv(text);
    expect(result).toEqual({
      ok: true,
      products: [expect.objectContaining({ code: 'TN1', name: 'Trà Shan tuyết Hà Giang 100g', price: 120000, ocopStars: 5 })],
    });
  });

  it('with mistakes is refused whole, every mistake listed by its line', () => {
    const result = parseCatalogCsv(readFixture('catalog-broken.csv'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byLine = result.issues.map((issue) => [issue.line, issue.column]);
    expect(byLine).toEqual([
      [3, 'name'],
      [4, 'price'],
      [5, 'code'],
    ]);
    expect(result.issues[2]?.message).toContain('trùng với dòng 2');
  });

  it('missing a required column names the column', () => {
    const result = parseCatalogCsv('code,name,price\nA1,Trà,1000\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.column)).toEqual(['unit', 'stock', 'aliases', 'ocop_stars']);
  });

  it('with an unclosed quote is refused with the line it broke at', () => {
    const result = parseCatalogCsv('code,name,price,unit,stock,aliases,ocop_stars\nA1,"Trà,1000,hộp,1,,3\n');
    expect(result.ok).toBe(false);
  });

  it('exported and imported again gives the same products', () => {
    const first = parseCatalogCsv(readFixture('catalog-basic.csv'));
    if (!first.ok) throw new Error('fixture should parse');
    const again = parseCatalogCsv(catalogToCsv(first.products));
    expect(again).toEqual(first);
  });
});

describe('a price written by a seller', () => {
  it.each([
    ['150000', 150000],
    ['150.000', 150000],
    ['1,200,000', 1200000],
    ['150 000 ₫', 150000],
    ['45000đ', 45000],
  ])('"%s" is %d đồng', (text, amount) => expect(parseVndAmount(text)).toBe(amount));

  it.each(['', 'abc', '15.5', '150k', '-100'])('"%s" is not a price', (text) => expect(parseVndAmount(text)).toBeNull());
});
