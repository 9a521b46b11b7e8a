// A VietQR per order: the amount is the order total and the memo carries the
// order code, so a transfer can be matched to its order by reading the memo.
import { buildVietQr, MAX_PURPOSE_LENGTH, normalizePurpose, VietQrError } from './vietqr-payload';

export interface PaymentAccount {
  bin: string;
  account: string;
  /** Shown next to the code so buyers see who they pay (e.g. "NGUYEN THI LAN"). */
  accountName: string;
}

/** "DH0042" plus as much of the note as fits in 25 characters, cut at a word. */
export function orderPurpose(orderCode: string, note = ''): string {
  const code = normalizePurpose(orderCode);
  const words = normalizePurpose(note).split(' ').filter((word) => word !== '');
  let purpose = code;
  for (const word of words) {
    if (`${purpose} ${word}`.length > MAX_PURPOSE_LENGTH) break;
    purpose = `${purpose} ${word}`;
  }
  return purpose;
}

export interface OrderQr {
  payload: string;
  purpose: string;
  amount: number;
}

export function buildOrderVietQr(account: PaymentAccount, order: { code: string; total: number }, note = ''): OrderQr {
  const purpose = orderPurpose(order.code, note);
  if (purpose.length > MAX_PURPOSE_LENGTH || purpose === '') {
    throw new VietQrError([
      {
        field: 'purpose',
        code: 'ORDER_CODE_TOO_LONG',
        message: `Mã đơn "${order.code}" không vừa nội dung chuyển khoản (tối đa ${MAX_PURPOSE_LENGTH} ký tự)`,
        messageEn: `Order code "${order.code}" does not fit the transfer memo (${MAX_PURPOSE_LENGTH} characters at most)`,
      },
    ]);
  }
  return { payload: buildVietQr({ bin: account.bin, account: account.account, amount: order.total, purpose }), purpose, amount: order.total };
}
