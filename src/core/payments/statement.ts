// Rows of a bank statement (already split into cells) → the money that came in.
// Money going out and summary lines are skipped; a cell that should hold an
// amount but does not stops the whole import, so nothing half-read is applied.
import { foldVietnamese } from '../text/fold';
import { parseVndAmount } from './amount';
import { parseBankTime } from './bank-time';
import { detectColumns } from './statement-columns';
import type { ReadIssue, ReadResult, Transfer } from './transfer';

const SUMMARY_WORDS = ['tong', 'total', 'cong', 'so du', 'opening', 'closing', 'ending', 'beginning'];
const CREDIT_MARKS = new Set(['c', 'co', 'cr', 'credit', '+', 'ghi co', 'tien vao', 'nhan']);
const DEBIT_MARKS = new Set(['d', 'no', 'dr', 'debit', '-', 'ghi no', 'tien ra', 'chuyen']);

const cell = (row: readonly string[], index: number | undefined): string => (index === undefined ? '' : (row[index] ?? '').trim());

/** `lines[i]` is the file line row i starts on (for messages); defaults to i + 1. */
export function readStatementRows(rows: readonly (readonly string[])[], lines?: readonly number[]): ReadResult {
  const columns = detectColumns(rows);
  if (!columns) {
    return {
      ok: false,
      issues: [
        {
          line: 1,
          message: 'Không tìm thấy dòng tiêu đề của sao kê (cần cột nội dung/diễn giải và cột số tiền/ghi có).',
          messageEn: 'No statement header found (a description column and an amount/credit column are needed).',
        },
      ],
    };
  }
  const transfers: Transfer[] = [];
  const issues: ReadIssue[] = [];
  let skipped = 0;
  for (let index = columns.headerIndex + 1; index < rows.length; index += 1) {
    const row = rows[index]!;
    const line = lines?.[index] ?? index + 1;
    const firstText = foldVietnamese(row.find((value) => value.trim() !== '')?.trim() ?? '');
    if (firstText === '' || SUMMARY_WORDS.some((word) => firstText.startsWith(word))) {
      skipped += 1;
      continue;
    }
    const moneyText = cell(row, columns.credit ?? columns.amount);
    if (moneyText === '' || /^[-–]$/.test(moneyText)) {
      skipped += 1; // a debit line of a credit/debit statement
      continue;
    }
    const amount = parseVndAmount(moneyText);
    if (!amount) {
      issues.push({
        line,
        message: `Dòng ${line}: "${moneyText}" không phải số tiền.`,
        messageEn: `Line ${line}: "${moneyText}" is not an amount.`,
      });
      continue;
    }
    const direction = foldVietnamese(cell(row, columns.direction));
    const goesOut = amount.sign < 0 || DEBIT_MARKS.has(direction) || (direction !== '' && !CREDIT_MARKS.has(direction) && direction.startsWith('n'));
    if (goesOut || amount.value === 0) {
      skipped += 1;
      continue;
    }
    transfers.push({
      line,
      amount: amount.value,
      memo: cell(row, columns.memo),
      reference: cell(row, columns.reference),
      at: parseBankTime(cell(row, columns.date)),
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, transfers, skipped };
}
