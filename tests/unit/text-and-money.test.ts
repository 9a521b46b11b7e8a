import { describe, expect, it } from 'vitest';
import { foldVietnamese, foldedIncludes } from '../../src/core/text/fold';
import { formatVnd } from '../../src/core/money/vnd';

describe('Vietnamese text folded for matching', () => {
  it('drops tones and marks, and đ becomes d', () => {
    expect(foldVietnamese('Mật ong ĐÔNG TRÙNG hạ thảo')).toBe('mat ong dong trung ha thao');
  });

  it('treats decomposed (NFD) input like composed text', () => {
    expect(foldVietnamese('Mật ong'.normalize('NFD'))).toBe('mat ong');
  });

  it('lets "mat ong" find "Mật ong", in any word order', () => {
    expect(foldedIncludes('Mật ong hoa cà phê', 'mat ong')).toBe(true);
    expect(foldedIncludes('Mật ong hoa cà phê', 'ca phe mat')).toBe(true);
    expect(foldedIncludes('Mật ong hoa cà phê', 'yen')).toBe(false);
  });
});

describe('prices shown to people', () => {
  it('are whole đồng with dot grouping and the ₫ sign', () => {
    expect(formatVnd(150000)).toBe('150.000 ₫');
    expect(formatVnd(1200000)).toBe('1.200.000 ₫');
    expect(formatVnd(0)).toBe('0 ₫');
  });
});
