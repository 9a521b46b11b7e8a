// The text of transfer notifications pasted by the seller (bank SMS, banking
// app pushes), one or many: "SD TK 0071000123456 +150,000VND luc 12-05-2024
// 20:15:33. SD 5,150,000VND. Ref MBVCB.5678.DH0042 chuyen tien".
// Only money coming in counts; balances, debits and other messages are skipped.
import { foldVietnamese } from '../text/fold';
import { parseVndAmount } from './amount';
import { parseBankTime } from './bank-time';
import type { ReadResult, Transfer } from './transfer';

const AMOUNT = /(?<![\p{L}\p{N}.,/-])([+-]\s?)?(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s?(vnđ|vnd|đồng|dong|đ|₫|d\b)?/giu;
const MEMO_MARKER =
  /(?:^|[\s|;.,(])(?:n[ộo]i\s+dung(?:\s+(?:gd|giao\s+d[ịi]ch|ck|chuy[ểe]n\s+kho[ảa]n))?|nd|m[ôo]\s+t[ảa]|di[ễe]n\s+gi[ảa]i|l[ờo]i\s+nh[ắa]n|description|content|remark|ref)\s*[:.]?\s+/giu;
const REFERENCE = /\b(FT[0-9A-Z]{6,})\b|(?:m[ãa]\s*gd|s[ốo]\s*gd|trace|m[ãa]\s*giao\s*d[ịi]ch)\s*[:.]?\s*([0-9A-Z]{4,})/iu;

interface Message {
  text: string;
  line: number;
}

/** Paragraphs split on blank lines; a paragraph holding several one-line messages is split per line. */
function splitMessages(text: string): Message[] {
  const lines = text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
  const paragraphs: Message[] = [];
  let current: { lines: string[]; line: number } | undefined;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      if (current) paragraphs.push({ text: current.lines.join('\n'), line: current.line });
      current = undefined;
      return;
    }
    if (!current) current = { lines: [], line: index + 1 };
    current.lines.push(line);
  });
  if (current) paragraphs.push({ text: current.lines.join('\n'), line: current.line });

  return paragraphs.flatMap((paragraph) => {
    const parts = paragraph.text.split('\n');
    const credited = parts.filter((part) => creditedAmount(part) !== undefined).length;
    if (parts.length < 2 || credited < 2) return [paragraph];
    // Several messages pasted line by line: each starts at a line with money in; others continue it.
    const messages: Message[] = [];
    parts.forEach((part, offset) => {
      const last = messages.at(-1);
      if (creditedAmount(part) !== undefined || !last) messages.push({ text: part, line: paragraph.line + offset });
      else last.text += `\n${part}`;
    });
    return messages;
  });
}

type Kind = 'credit' | 'debit' | 'balance' | 'unknown';

/** What the words just before an amount say it is. */
function kindOf(before: string, sign: string | undefined): Kind {
  const words = foldVietnamese(before);
  if (/(^|[^a-z])(sd|so du|sodu|balance|bal|du cuoi|du kha dung)\b[^a-z]*$/.test(words)) return 'balance';
  if (sign?.trim() === '+') return 'credit';
  if (sign?.trim() === '-') return 'debit';
  if (/\b(giam|tru tien|chuyen di|ghi no|debit)\b/.test(words)) return 'debit';
  if (/(tang|nhan|ghi co|credit|so tien|gd|ps|phat sinh|amount|\+)\W*$/.test(words) || /(tang|nhan duoc|ghi co)/.test(words)) return 'credit';
  return 'unknown';
}

/** The first amount in the text that is money coming in. */
function creditedAmount(text: string): { value: number; start: number; end: number } | undefined {
  let segmentStart = 0;
  for (const match of text.matchAll(AMOUNT)) {
    const start = match.index;
    const end = start + match[0].length;
    const hasCurrency = match[3] !== undefined;
    const hasSign = match[1] !== undefined;
    const before = text.slice(segmentStart, start);
    const boundary = Math.max(before.lastIndexOf(';'), before.lastIndexOf('|'), before.lastIndexOf('\n'), before.lastIndexOf('. '));
    const context = boundary >= 0 ? before.slice(boundary + 1) : before;
    segmentStart = end;
    if (!hasCurrency && !hasSign) continue; // account numbers, dates, times
    const amount = parseVndAmount(match[0]);
    if (!amount) continue;
    const kind = kindOf(context, match[1]);
    if (kind === 'credit' || (kind === 'unknown' && hasCurrency)) return { value: amount.value, start, end };
    if (kind === 'debit') return undefined;
  }
  return undefined;
}

function memoOf(text: string, amount: { start: number; end: number }): string {
  const markers = [...text.matchAll(MEMO_MARKER)];
  const marker = markers.find((m) => m.index >= amount.end) ?? markers.at(-1);
  if (marker) {
    const rest = text.slice(marker.index + marker[0].length);
    return rest.split(/[|;\n]/)[0]!.replace(/\s+/g, ' ').trim();
  }
  return (text.slice(0, amount.start) + ' ' + text.slice(amount.end)).replace(/\s+/g, ' ').trim();
}

export function readNotifications(text: string): ReadResult {
  const transfers: Transfer[] = [];
  let skipped = 0;
  for (const message of splitMessages(text)) {
    const amount = creditedAmount(message.text);
    if (!amount || amount.value === 0) {
      skipped += 1;
      continue;
    }
    const reference = REFERENCE.exec(message.text);
    transfers.push({
      line: message.line,
      amount: amount.value,
      memo: memoOf(message.text, amount),
      reference: (reference?.[1] ?? reference?.[2] ?? '').toUpperCase(),
      at: parseBankTime(message.text.slice(0, amount.start) + ' ' + message.text.slice(amount.end)),
    });
  }
  if (transfers.length === 0) {
    return {
      ok: false,
      issues: [
        {
          line: 1,
          message: 'Không thấy khoản tiền vào nào trong văn bản đã dán (cần số tiền như "+150,000VND" và nội dung chuyển khoản).',
          messageEn: 'No incoming transfer found in the pasted text (an amount like "+150,000VND" and a transfer memo are needed).',
        },
      ],
    };
  }
  return { ok: true, transfers, skipped };
}
