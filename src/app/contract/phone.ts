// A phone number typed by the seller (manual orders, a buyer's details), read
// with the parser's own rule (src/core/parser/phone.ts), so a number typed in
// a form and one found in a comment are the same number.
import { z } from 'zod';
import { normalisePhoneDigits } from '../../core/parser/phone';

const NOT_A_PHONE =
  'Số điện thoại không hợp lệ: di động 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09 (máy bàn 11 chữ số bắt đầu bằng 02) / Not a Vietnamese phone number: mobiles have 10 digits starting 03, 05, 07, 08 or 09 (landlines 11 starting 02)';

/** "0912.345.678", "+84 912 345 678" → "0912345678"; null (with an issue on ctx) when it is not a phone. */
function readPhone(text: string, ctx: z.core.$RefinementCtx): string {
  const phone = /^[\d\s.()+-]+$/.test(text) ? normalisePhoneDigits(text.replace(/\D/g, '')) : null;
  if (phone === null) {
    ctx.addIssue({ code: 'custom', message: NOT_A_PHONE });
    return z.NEVER;
  }
  return phone;
}

export const phoneSchema = z.string().trim().transform(readPhone);

/**
 * A phone that may be left empty ('' or null: none). One transform rather than a union with '',
 * so a wrong number is answered with the message above, not zod's "invalid input".
 */
export const optionalPhoneSchema = z
  .string()
  .trim()
  .nullable()
  .transform((text, ctx) => (text === null || text === '' ? null : readPhone(text, ctx)));
