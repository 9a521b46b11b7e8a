import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildOrderVietQr,
  buildVietQr,
  crc16Hex,
  findBank,
  findBankByBin,
  orderPurpose,
  parseVietQr,
  stripDiacritics,
  validateVietQr,
  VIETQR_BANKS,
  VietQrError,
} from '../../src/core/vietqr';

// Payloads published with working bank-app codes (READMEs and examples of
// public VietQR libraries and payment gateways), byte for byte.
const published = [
  {
    source: 'subiz/vietqr README: VietinBank, 120.000 đ, "ủng hộ lũ lụt"',
    input: { bin: '970415', account: '0011001932418', amount: 120000, purpose: 'ủng hộ lũ lụt' },
    payload: '00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C',
  },
  {
    source: 'payOS checkout response: MBBank virtual account, 2.000 đ, memo 20 chars',
    input: { bin: '970422', account: 'VQRQABRLS0448', amount: 2000, purpose: '18f8746b181045f0a2ce' },
    payload: '00020101021238570010A000000727012700069704220113VQRQABRLS04480208QRIBFTTA5303704540420005802VN6224082018f8746b181045f0a2ce63040FC0',
  },
  {
    source: 'viet_qr_pay (PHP) README: ACB static code',
    input: { bin: '970416', account: '257678859' },
    payload: '00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F',
  },
  {
    source: 'a static MBBank code read from a bank app (published in a VietQR decoder)',
    input: { bin: '970422', account: '0911967363' },
    payload: '00020101021138540010A00000072701240006970422011009119673630208QRIBFTTA53037045802VN63046AD9',
  },
  {
    source: 'a static Agribank code read from a bank app (published in a VietQR decoder)',
    input: { bin: '970405', account: '2208205479380' },
    payload: '00020101021138570010A00000072701270006970405011322082054793800208QRIBFTTA53037045802VN630497A6',
  },
];

describe('VietQR payloads', () => {
  it('computes CRC-16/CCITT-FALSE with the standard check value', () => {
    expect(crc16Hex('123456789')).toBe('29B1');
  });

  it.each(published)('builds exactly the published payload ($source)', ({ input, payload }) => {
    expect(buildVietQr(input)).toBe(payload);
  });

  it.each(published)('reads back the published payload ($source)', ({ input, payload }) => {
    const parsed = parseVietQr(payload);
    expect(parsed.bin).toBe(input.bin);
    expect(parsed.account).toBe(input.account);
    expect(parsed.amount).toBe(input.amount ?? null);
    expect(parsed.dynamic).toBe(input.amount !== undefined);
    expect(parsed.currency).toBe('704');
    expect(parsed.country).toBe('VN');
  });

  it('puts the fields in ascending ID order with the CRC last, over everything up to "6304"', () => {
    const payload = buildVietQr({ bin: '970436', account: '1234567890', amount: 99000, purpose: 'DH0001' });
    const ids: string[] = [];
    for (let at = 0; at < payload.length; ) {
      ids.push(payload.slice(at, at + 2));
      at += 4 + Number(payload.slice(at + 2, at + 4));
    }
    expect(ids).toEqual(['00', '01', '38', '53', '54', '58', '62', '63']);
    expect(payload.slice(-8, -4)).toBe('6304');
    expect(payload.slice(-4)).toBe(crc16Hex(payload.slice(0, -4)));
  });

  it('makes a static code (01=11, no field 54) when there is no amount', () => {
    const payload = buildVietQr({ bin: '970436', account: '1234567890' });
    expect(payload.startsWith('000201010211')).toBe(true);
    expect(parseVietQr(payload).amount).toBeNull();
  });

  it('removes diacritics from the memo and keeps its case', () => {
    expect(stripDiacritics('Đặc sản Ổi Đông Dư')).toBe('Dac san Oi Dong Du');
    const parsed = parseVietQr(buildVietQr({ bin: '970436', account: '1', amount: 1000, purpose: '  Mật   ong ĐẶC BIỆT ' }));
    expect(parsed.purpose).toBe('Mat ong DAC BIET');
  });

  it('refuses a memo longer than 25 characters after diacritics are removed, saying how long it is', () => {
    const result = validateVietQr({ bin: '970436', account: '1', amount: 1000, purpose: 'Thanh toán đơn hàng mật ong 2 hũ' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.field).toBe('purpose');
    expect(result.issues[0]?.message).toContain('32 ký tự');
    expect(result.issues[0]?.messageEn).toContain('25 at most');
  });

  it('names every wrong field at once, in Vietnamese and English', () => {
    let caught: unknown;
    try {
      buildVietQr({ bin: '97041', account: '12 34-x!', amount: 12.5, purpose: 'mua 🍯' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(VietQrError);
    const error = caught as VietQrError;
    expect(error.issues.map((issue) => issue.field)).toEqual(['bin', 'account', 'amount', 'purpose']);
    expect(error.message).toContain('6 chữ số');
    expect(error.messageEn).toContain('whole đồng');
  });

  it('rejects an unknown BIN, a zero amount and an empty account', () => {
    const result = validateVietQr({ bin: '123456', account: ' ', amount: 0 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.code)).toEqual(['BIN_UNKNOWN', 'ACCOUNT_EMPTY', 'AMOUNT_NOT_POSITIVE']);
  });

  it('detects a payload whose CRC does not match', () => {
    const payload = published[0]!.payload.replace('120000', '180000');
    expect(() => parseVietQr(payload)).toThrow(/CRC/);
  });

  it('round-trips any valid account, amount and memo', () => {
    const bins = VIETQR_BANKS.map((bank) => bank.bin);
    fc.assert(
      fc.property(
        fc.constantFrom(...bins),
        fc.stringMatching(/^[0-9]{6,19}$/),
        fc.option(fc.integer({ min: 1, max: 5_000_000_000 }), { nil: null }),
        fc.stringMatching(/^([A-Za-z0-9]{1,10}( [A-Za-z0-9]{1,10})?)?$/),
        (bin, account, amount, purpose) => {
          const parsed = parseVietQr(buildVietQr({ bin, account, amount, purpose }));
          expect(parsed).toMatchObject({ bin, account, amount, purpose });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the bank list', () => {
  it('has unique six-digit BINs and finds banks by BIN, code or short name', () => {
    const bins = VIETQR_BANKS.map((bank) => bank.bin);
    expect(new Set(bins).size).toBe(bins.length);
    expect(bins.every((bin) => /^\d{6}$/.test(bin))).toBe(true);
    expect(findBankByBin('970436')?.shortName).toBe('Vietcombank');
    expect(findBank('icb')?.bin).toBe('970415');
    expect(findBank('Techcombank')?.bin).toBe('970407');
    expect(findBank('mbbank')?.bin).toBe('970422');
    expect(findBank('nope')).toBeUndefined();
  });
});

describe('per-order VietQR', () => {
  const account = { bin: '970415', account: '0011001932418', accountName: 'NGUYEN THI LAN' };

  it('carries the order code and the total', () => {
    const qr = buildOrderVietQr(account, { code: 'DH0042', total: 245000 });
    const parsed = parseVietQr(qr.payload);
    expect(parsed.purpose).toBe('DH0042');
    expect(parsed.amount).toBe(245000);
  });

  it('adds as much of a note as fits in 25 characters, cut at a word', () => {
    expect(orderPurpose('DH0042', 'Mật ong Sun Bee Đắk Lắk')).toBe('DH0042 Mat ong Sun Bee');
    expect(orderPurpose('DH0042', 'Mật ong Sun Bee Đắk Lắk').length).toBeLessThanOrEqual(25);
  });

  it('refuses an order code that cannot fit the memo', () => {
    expect(() => buildOrderVietQr(account, { code: 'X'.repeat(26), total: 1000 })).toThrow(VietQrError);
  });
});
