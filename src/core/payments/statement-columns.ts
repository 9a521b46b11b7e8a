// A bank statement exported as CSV: which column is which. Vietnamese banks
// name their columns many ways ("Số tiền ghi có", "Phát sinh Có", "Credit",
// "Nội dung", "Diễn giải", "Mô tả") and put title lines above the header, so
// the header is found by its words, not by its position.
import { foldVietnamese } from '../text/fold';

export interface StatementColumns {
  headerIndex: number;
  date?: number;
  credit?: number;
  debit?: number;
  /** One signed amount column (when there is no credit/debit pair). */
  amount?: number;
  /** A "Nợ/Có" (D/C) column saying which way a signed-less amount went. */
  direction?: number;
  memo: number;
  reference?: number;
}

type Role = 'balance' | 'direction' | 'credit' | 'debit' | 'reference' | 'date' | 'memo' | 'amount';

const words = (header: string): string[] => foldVietnamese(header).split(/[^a-z0-9]+/).filter(Boolean);
const hasPhrase = (tokens: string[], phrase: string): boolean => ` ${tokens.join(' ')} `.includes(` ${phrase} `);

/** What a header cell names, most specific first; undefined when it names nothing we use. */
export function headerRole(header: string): Role | undefined {
  const t = words(header);
  if (t.length === 0) return undefined;
  const any = (...phrases: string[]) => phrases.some((phrase) => hasPhrase(t, phrase));
  if (any('so du', 'balance', 'du cuoi', 'du dau')) return 'balance';
  if ((t.includes('no') && t.includes('co')) || any('cr dr', 'dr cr', 'd c', 'c d', 'debit credit', 'credit debit', 'loai giao dich', 'loai gd', 'type')) return 'direction';
  if (any('ghi co', 'phat sinh co', 'ps co', 'tien vao', 'so tien vao', 'credit', 'credit amount', 'co', 'tien den')) return 'credit';
  if (any('ghi no', 'phat sinh no', 'ps no', 'tien ra', 'so tien ra', 'debit', 'debit amount', 'no', 'tien di')) return 'debit';
  if (any('so tham chieu', 'tham chieu', 'ma giao dich', 'ma gd', 'so giao dich', 'so gd', 'so but toan', 'but toan', 'so ct', 'so chung tu', 'reference', 'ref', 'ref no', 'transaction id', 'trans id', 'ma tham chieu', 'id')) return 'reference';
  if (any('ngay', 'thoi gian', 'date', 'time', 'ngay gd', 'ngay giao dich', 'ngay hieu luc', 'posting date', 'value date', 'transaction date')) return 'date';
  if (any('noi dung', 'dien giai', 'mo ta', 'description', 'details', 'chi tiet', 'narrative', 'remark', 'remarks', 'memo', 'noi dung giao dich', 'noi dung chuyen khoan', 'content')) return 'memo';
  if (any('so tien', 'amount', 'phat sinh', 'gia tri', 'tien')) return 'amount';
  return undefined;
}

/** The header row among the first lines of the file, and its columns; undefined when none looks like one. */
export function detectColumns(rows: readonly (readonly string[])[], lookAhead = 40): StatementColumns | undefined {
  for (let index = 0; index < Math.min(rows.length, lookAhead); index += 1) {
    const row = rows[index]!;
    const found = new Map<Role, number>();
    row.forEach((cell, column) => {
      const role = headerRole(cell);
      if (role && !found.has(role)) found.set(role, column);
    });
    const memo = found.get('memo');
    const hasMoney = found.has('credit') || found.has('amount');
    if (memo === undefined || !hasMoney) continue;
    return {
      headerIndex: index,
      date: found.get('date'),
      credit: found.get('credit'),
      debit: found.get('debit'),
      amount: found.has('credit') ? undefined : found.get('amount'),
      direction: found.get('direction'),
      memo,
      reference: found.get('reference'),
    };
  }
  return undefined;
}
