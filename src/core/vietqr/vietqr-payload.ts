// VietQR (NAPAS 24/7 transfer, EMVCo merchant-presented QR): the text a bank
// app reads from the code. Fields go in ascending ID order and the payload
// ends with field 63, a CRC over everything before it including "6304".
import { crc16Hex } from './crc16';
import { parseTlv, tlv, type DataObject } from './emv-tlv';
import { findBankByBin } from './banks';
import { stripDiacritics } from './strip-diacritics';

export const NAPAS_GUID = 'A000000727';
export const SERVICE_TO_ACCOUNT = 'QRIBFTTA';
export const SERVICE_TO_CARD = 'QRIBFTTC';
export const MAX_PURPOSE_LENGTH = 25;
const MAX_AMOUNT = 9_999_999_999_999; // field 54 holds at most 13 characters

export interface VietQrInput {
  /** NAPAS BIN of the receiving bank, e.g. 970415. */
  bin: string;
  /** Account number (or card number with service "card"); spaces are ignored. */
  account: string;
  /** Whole đồng. Absent: a static code where the payer types the amount. */
  amount?: number | null;
  /** Transfer memo; diacritics are removed, at most 25 characters. */
  purpose?: string | null;
  service?: 'account' | 'card';
}

export type VietQrField = 'bin' | 'account' | 'amount' | 'purpose' | 'payload';

export interface VietQrIssue {
  field: VietQrField;
  code: string;
  message: string;
  messageEn: string;
}

/** Why a VietQR code cannot be made or read, field by field, in Vietnamese and English. */
export class VietQrError extends Error {
  readonly messageEn: string;
  constructor(readonly issues: VietQrIssue[]) {
    super(issues.map((issue) => issue.message).join('; '));
    this.name = 'VietQrError';
    this.messageEn = issues.map((issue) => issue.messageEn).join('; ');
  }
}

export interface NormalizedVietQr {
  bin: string;
  account: string;
  amount: number | null;
  purpose: string;
  service: 'account' | 'card';
}

/** The memo as banks carry it: no diacritics, single spaces, trimmed. */
export function normalizePurpose(text: string): string {
  return stripDiacritics(text).replace(/\s+/g, ' ').trim();
}

export function validateVietQr(input: VietQrInput): { ok: true; value: NormalizedVietQr } | { ok: false; issues: VietQrIssue[] } {
  const issues: VietQrIssue[] = [];
  const issue = (field: VietQrField, code: string, message: string, messageEn: string) => issues.push({ field, code, message, messageEn });

  const bin = input.bin.trim();
  if (!/^\d{6}$/.test(bin)) {
    issue('bin', 'BIN_FORMAT', `Mã BIN ngân hàng phải gồm đúng 6 chữ số (nhận được "${bin}")`, `The bank BIN must be exactly 6 digits (got "${bin}")`);
  } else if (!findBankByBin(bin)) {
    issue('bin', 'BIN_UNKNOWN', `Không có ngân hàng nào mang mã BIN ${bin} trong danh sách VietQR`, `No bank in the VietQR list has BIN ${bin}`);
  }

  const service = input.service ?? 'account';
  const account = input.account.replace(/[\s.-]/g, '');
  if (account === '') {
    issue('account', 'ACCOUNT_EMPTY', 'Chưa nhập số tài khoản', 'The account number is missing');
  } else if (service === 'card' ? !/^\d{16,19}$/.test(account) : !/^[A-Za-z0-9]{1,19}$/.test(account)) {
    issue(
      'account',
      'ACCOUNT_FORMAT',
      service === 'card'
        ? `Số thẻ phải gồm 16–19 chữ số (nhận được "${account}")`
        : `Số tài khoản chỉ gồm chữ số (hoặc chữ cái không dấu), tối đa 19 ký tự (nhận được "${account}")`,
      service === 'card'
        ? `A card number has 16–19 digits (got "${account}")`
        : `An account number is digits (or plain letters), at most 19 characters (got "${account}")`,
    );
  }

  const amount = input.amount ?? null;
  if (amount !== null) {
    if (!Number.isInteger(amount)) {
      issue('amount', 'AMOUNT_NOT_WHOLE', `Số tiền phải là số nguyên đồng (nhận được ${amount})`, `The amount must be whole đồng (got ${amount})`);
    } else if (amount <= 0) {
      issue('amount', 'AMOUNT_NOT_POSITIVE', 'Số tiền phải lớn hơn 0 đồng', 'The amount must be more than 0 đồng');
    } else if (amount > MAX_AMOUNT) {
      issue('amount', 'AMOUNT_TOO_LARGE', 'Số tiền quá lớn (tối đa 13 chữ số)', 'The amount is too large (13 digits at most)');
    }
  }

  const purpose = normalizePurpose(input.purpose ?? '');
  const badChars = [...new Set([...purpose].filter((char) => char < ' ' || char > '~'))];
  if (badChars.length > 0) {
    issue(
      'purpose',
      'PURPOSE_CHARACTERS',
      `Nội dung chuyển khoản có ký tự ngân hàng không nhận: ${badChars.join(' ')}`,
      `The transfer memo has characters banks do not accept: ${badChars.join(' ')}`,
    );
  } else if (purpose.length > MAX_PURPOSE_LENGTH) {
    issue(
      'purpose',
      'PURPOSE_TOO_LONG',
      `Nội dung chuyển khoản dài ${purpose.length} ký tự; tối đa ${MAX_PURPOSE_LENGTH} ký tự (sau khi bỏ dấu)`,
      `The transfer memo is ${purpose.length} characters long; ${MAX_PURPOSE_LENGTH} at most (without diacritics)`,
    );
  }

  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { bin, account: account.toUpperCase(), amount, purpose, service } };
}

/** The payload text of a VietQR code; throws VietQrError naming every field that is wrong. */
export function buildVietQr(input: VietQrInput): string {
  const checked = validateVietQr(input);
  if (!checked.ok) throw new VietQrError(checked.issues);
  const { bin, account, amount, purpose, service } = checked.value;
  const merchant =
    tlv('00', NAPAS_GUID) + tlv('01', tlv('00', bin) + tlv('01', account)) + tlv('02', service === 'card' ? SERVICE_TO_CARD : SERVICE_TO_ACCOUNT);
  const body =
    tlv('00', '01') +
    tlv('01', amount === null ? '11' : '12') + // 11 static (payer types the amount), 12 dynamic
    tlv('38', merchant) +
    tlv('53', '704') +
    (amount === null ? '' : tlv('54', String(amount))) +
    tlv('58', 'VN') +
    (purpose === '' ? '' : tlv('62', tlv('08', purpose)));
  const withCrcHeader = `${body}6304`;
  return withCrcHeader + crc16Hex(withCrcHeader);
}

export interface ParsedVietQr extends NormalizedVietQr {
  dynamic: boolean;
  currency: string;
  country: string;
  crc: string;
}

const unreadable = (why: string, whyEn: string) =>
  new VietQrError([{ field: 'payload', code: 'PAYLOAD_INVALID', message: `Mã VietQR không đọc được: ${why}`, messageEn: `Unreadable VietQR code: ${whyEn}` }]);

const field = (objects: DataObject[], id: string) => objects.find((object) => object.id === id)?.value;

/** Reads a VietQR payload back (checks the CRC and the NAPAS fields). */
export function parseVietQr(payload: string): ParsedVietQr {
  const text = payload.trim();
  if (!/^[\x20-\x7e]+$/.test(text)) throw unreadable('có ký tự ngoài ASCII', 'it has non-ASCII characters');
  const crcAt = text.length - 8;
  if (crcAt < 0 || text.slice(crcAt, crcAt + 4) !== '6304') throw unreadable('thiếu trường CRC (63) ở cuối', 'the CRC field (63) is not at the end');
  const crc = text.slice(crcAt + 4).toUpperCase();
  const expected = crc16Hex(text.slice(0, crcAt + 4));
  if (crc !== expected) throw unreadable(`CRC sai (${crc}, đúng là ${expected})`, `wrong CRC (${crc}, expected ${expected})`);
  const root = parseTlv(text.slice(0, crcAt));
  if (!root) throw unreadable('độ dài các trường không khớp', 'field lengths do not add up');
  if (field(root, '00') !== '01') throw unreadable('trường 00 phải là 01', 'field 00 must be 01');
  const merchant = parseTlv(field(root, '38') ?? '');
  if (!merchant || field(merchant, '00') !== NAPAS_GUID) throw unreadable('không phải mã chuyển khoản NAPAS (trường 38)', 'not a NAPAS transfer code (field 38)');
  const beneficiary = parseTlv(field(merchant, '01') ?? '');
  const bin = beneficiary ? field(beneficiary, '00') : undefined;
  const account = beneficiary ? field(beneficiary, '01') : undefined;
  if (!bin || !account) throw unreadable('thiếu BIN hoặc số tài khoản', 'the BIN or the account is missing');
  const serviceCode = field(merchant, '02');
  const additional = parseTlv(field(root, '62') ?? '');
  const amountText = field(root, '54');
  return {
    bin,
    account,
    amount: amountText === undefined ? null : Number(amountText),
    purpose: additional ? (field(additional, '08') ?? '') : '',
    service: serviceCode === SERVICE_TO_CARD ? 'card' : 'account',
    dynamic: field(root, '01') === '12',
    currency: field(root, '53') ?? '',
    country: field(root, '58') ?? '',
    crc,
  };
}
