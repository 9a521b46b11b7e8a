import { describe, expect, it } from 'vitest';
import { invalidInput } from '../../src/app/errors';
import { productFieldsSchema } from '../../src/core/catalog/product';
import { parseCatalogCsv } from '../../src/adapters/csv/catalog-csv';

// Letters only Vietnamese spells with (English text never has them).
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

describe('a product the seller got wrong', () => {
  it('is explained in Vietnamese in message and in English in messageEn', () => {
    const input = { code: 'MO 1', name: ' ', price: -5, stock: 1.5 };
    const parsed = productFieldsSchema.safeParse(input);
    if (parsed.success) throw new Error('the input should be refused');
    const error = invalidInput('createProduct', parsed.error, productFieldsSchema, input);

    expect(error.message).toContain('Mã sản phẩm chỉ gồm chữ không dấu, số, gạch ngang');
    expect(error.message).toContain('Tên sản phẩm không được để trống');
    expect(error.message).toContain('Giá không được âm');
    expect(error.message).toContain('Tồn kho phải là số nguyên');
    expect(error.messageEn).toContain('code: A product code has only letters without accents, digits and hyphens');
    expect(error.messageEn).toContain('name: The product name must not be empty');
    expect(error.messageEn).toContain('price: The price must not be negative');
    expect(error.messageEn).toContain('stock: Stock must be a whole number');
    expect(error.messageEn).not.toMatch(VIETNAMESE_LETTERS);
  });

  it('in a catalog file is explained in English too, line by line', () => {
    const result = parseCatalogCsv('code,name,price,unit,stock,aliases,ocop_stars\nMO 1,Mật ong,150000,chai,10,,4\nCODE-THAT-IS-FAR-TOO-LONG,Trà,90000,hộp,5,,3\n');
    if (result.ok) throw new Error('the file should be refused');
    expect(result.issues.map((issue) => [issue.line, issue.messageEn])).toEqual([
      [2, 'code: A product code has only letters without accents, digits and hyphens'],
      [3, 'code: A product code has at most 20 characters'],
    ]);
    expect(result.issues[0]!.message).toBe('Mã sản phẩm chỉ gồm chữ không dấu, số, gạch ngang');
  });
});
