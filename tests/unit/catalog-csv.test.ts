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

  it('with a row that has more cells than the header (an unquoted comma in a description) is refused whole, naming the line and saying to quote the cell', () => {
    const csv = [
      'code,name,price,unit,stock,aliases,ocop_stars,description,image',
      'MO1,Mật ong hoa cà phê,150000,chai,60,mật ong,4,Thơm,',
      'XS1,Xoài sấy dẻo,85000,gói,40,xoài sấy,3,Ngon, ngọt, thơm',
      'CF2,Cà phê Robusta,120000,gói,50,cà phê,3,,',
    ].join('\n');
    const result = parseCatalogCsv(csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ line: 3 });
    expect(result.issues[0]!.message).toMatch(/Dòng 3 có 10 ô, nhiều hơn 9 cột[\s\S]*dấu ngoặc kép/);
    expect(result.issues[0]!.messageEn).toMatch(/Line 3 has 10 cells, more than the 9 columns[\s\S]*double quotes/);
  });

  it('with the same cell quoted keeps the whole description', () => {
    const csv = 'code,name,price,unit,stock,aliases,ocop_stars,description,image\nXS1,Xoài sấy dẻo,85000,gói,40,xoài sấy,3,"Ngon, ngọt, thơm",\n';
    const result = parseCatalogCsv(csv);
    expect(result.ok && result.products[0]?.description).toBe('Ngon, ngọt, thơm');
  });

  it('in semicolons with an extra cell names the semicolon, and lists the row beside the file’s other mistakes', () => {
    const csv = 'code;name;price;unit;stock;aliases;ocop_stars\nTN1;Trà;120000;hộp;10;trà;5;Ngon; thơm\nTN2;;90000;hộp;10;;3\n';
    const result = parseCatalogCsv(csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.line)).toEqual([2, 3]);
    expect(result.issues[0]!.message).toContain('dấu chấm phẩy');
    expect(result.issues[0]!.messageEn).toContain('semicolon');
  });

  it('with empty cells past the header (trailing separators) loses nothing and is read', () => {
    const result = parseCatalogCsv('code,name,price,unit,stock,aliases,ocop_stars\nTN1,Trà,120000,hộp,10,trà,5,,,\n');
    expect(result.ok).toBe(true);
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
