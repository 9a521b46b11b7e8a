import { describe, expect, it } from 'vitest';
import { parseVndAmount } from '../../src/core/payments/amount';
import { parseBankTime } from '../../src/core/payments/bank-time';
import { detectColumns } from '../../src/core/payments/statement-columns';
import { readStatementRows } from '../../src/core/payments/statement';
import { readNotifications } from '../../src/core/payments/notifications';

describe('amounts as banks print them', () => {
  it.each([
    ['+150,000VND', 150_000, 1],
    ['150.000 đ', 150_000, 1],
    ['1,500,000.00', 1_500_000, 1],
    ['1.500.000,00 VND', 1_500_000, 1],
    ['-50.000', 50_000, -1],
    ['(75,000)', 75_000, -1],
    ['200000', 200_000, 1],
    ['+ 99.000 ₫', 99_000, 1],
  ])('reads %s as %i đồng', (text, value, sign) => {
    expect(parseVndAmount(text)).toMatchObject({ value, sign });
  });

  it('refuses text that is not an amount', () => {
    expect(parseVndAmount('abc')).toBeUndefined();
    expect(parseVndAmount('')).toBeUndefined();
    expect(parseVndAmount('1.50.00')).toBeUndefined();
  });
});

describe('bank times', () => {
  it('reads day-first dates in Vietnam time', () => {
    expect(parseBankTime('12/05/2024 20:15:33')).toBe('2024-05-12T13:15:33.000Z');
    expect(parseBankTime('12-05-24 08:05')).toBe('2024-05-12T01:05:00.000Z');
    expect(parseBankTime('2024-05-12')).toBe('2024-05-11T17:00:00.000Z');
    expect(parseBankTime('no date here')).toBeNull();
  });
});

describe('bank statement CSV rows', () => {
  it('finds the header under title lines and reads credits only', () => {
    const rows = [
      ['SAO KÊ TÀI KHOẢN', '', '', '', ''],
      ['Số tài khoản: 0071000123456', '', '', '', ''],
      ['Ngày giao dịch', 'Số tham chiếu', 'Số tiền ghi nợ', 'Số tiền ghi có', 'Nội dung'],
      ['12/05/2024 20:15', 'FT24133001', '', '150,000', 'NGUYEN VAN A chuyen tien DH0042'],
      ['12/05/2024 20:17', 'FT24133002', '50,000', '', 'Phi dich vu'],
      ['12/05/2024 20:20', 'FT24133003', '', '300.000', 'dh 0043 thanh toan'],
      ['Tổng cộng', '', '50,000', '450,000', ''],
    ];
    const columns = detectColumns(rows);
    expect(columns).toMatchObject({ headerIndex: 2, date: 0, reference: 1, debit: 2, credit: 3, memo: 4 });
    const result = readStatementRows(rows);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.transfers).toEqual([
      { line: 4, amount: 150_000, memo: 'NGUYEN VAN A chuyen tien DH0042', reference: 'FT24133001', at: '2024-05-12T13:15:00.000Z' },
      { line: 6, amount: 300_000, memo: 'dh 0043 thanh toan', reference: 'FT24133003', at: '2024-05-12T13:20:00.000Z' },
    ]);
    expect(result.skipped).toBe(2);
  });

  it('reads a signed amount column with English headers and a D/C column', () => {
    const rows = [
      ['Transaction Date', 'Description', 'Amount', 'Debit/Credit', 'Balance'],
      ['2024-05-12 20:15', 'DH0001', '120000', 'C', '5000000'],
      ['2024-05-12 20:16', 'ATM withdrawal', '500000', 'D', '4500000'],
      ['2024-05-12 20:17', 'DH0002', '-80000', '', '4420000'],
    ];
    const result = readStatementRows(rows);
    expect(result.ok && result.transfers.map((t) => [t.memo, t.amount])).toEqual([['DH0001', 120_000]]);
  });

  it('refuses the whole statement when an amount cell cannot be read', () => {
    const rows = [
      ['Ngày', 'Diễn giải', 'Phát sinh có'],
      ['12/05/2024', 'DH0001', '120000'],
      ['12/05/2024', 'DH0002', 'một trăm nghìn'],
    ];
    const result = readStatementRows(rows);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.line).toBe(3);
    expect(result.issues[0]!.message).toContain('một trăm nghìn');
  });

  it('says so when no header can be found', () => {
    const result = readStatementRows([['a', 'b'], ['1', '2']]);
    expect(result.ok).toBe(false);
  });
});

describe('pasted transfer notifications', () => {
  it('reads several bank SMS and app notifications, skipping balances and debits', () => {
    const text = [
      'SD TK 0071000123456 +150,000VND luc 12-05-2024 20:15:33. SD 5,150,000VND. Ref MBVCB.5678.DH0042 chuyen tien',
      '',
      'TK 19031234567890 +300.000 VND 12/05/24 20:20 SD: 2.500.000 VND ND: NGUYEN VAN B chuyen tien DH0043 FT24133123456',
      '',
      'Biến động số dư: TK 1010xxxx; Thời gian: 12/05/2024 20:25; Số tiền: +99,000 VND; Số dư: 1,000,000 VND; Nội dung: Trần Thị Ánh DH0044',
      '',
      'Tài khoản 1234 vừa giảm 50.000 VND lúc 20:30 12/05/2024. Số dư 950.000 VND. Mô tả: phí SMS',
      '',
      'Tài khoản 1234 vừa tăng 120.000 VND lúc 20:31 12/05/2024. Số dư 1.070.000 VND. Mô tả: DH0045 mua mat ong',
      '',
      'Ma OTP cua ban la 123456',
    ].join('\n');
    const result = readNotifications(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.transfers.map((t) => [t.amount, t.memo])).toEqual([
      [150_000, 'MBVCB.5678.DH0042 chuyen tien'],
      [300_000, 'NGUYEN VAN B chuyen tien DH0043 FT24133123456'],
      [99_000, 'Trần Thị Ánh DH0044'],
      [120_000, 'DH0045 mua mat ong'],
    ]);
    expect(result.transfers[0]!.at).toBe('2024-05-12T13:15:33.000Z');
    expect(result.transfers[1]!.reference).toBe('FT24133123456');
    expect(result.transfers[3]!.line).toBe(9);
    expect(result.skipped).toBe(2);
  });

  it('splits messages pasted one per line', () => {
    const text = 'TK 0123xxx789|GD: +150,000VND 12/05/24 20:15 |SD: 1,000,000VND|ND: DH0001 thanh toan\nTK 0123xxx789|GD: +80,000VND 12/05/24 20:16 |SD: 1,080,000VND|ND: DH0002';
    const result = readNotifications(text);
    expect(result.ok && result.transfers.map((t) => [t.line, t.amount, t.memo])).toEqual([
      [1, 150_000, 'DH0001 thanh toan'],
      [2, 80_000, 'DH0002'],
    ]);
  });

  it('says so when nothing in the text is money coming in', () => {
    expect(readNotifications('xin chào\n\nMa OTP 123456').ok).toBe(false);
  });
});
