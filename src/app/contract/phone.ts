// A phone number typed by the seller (manual orders, a buyer's details), read
// with the parser's own rule (src/core/parser/phone.ts), so a number typed in
// a form and one found in a comment are the same number.
import { z } from 'zod';
import { normalisePhoneDigits } from '../../core/parser/phone';

const NOT_A_PHONE =
  'Số điện thoại không hợp lệ: di động 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09 (máy bàn 11 chữ số bắt đầu bằng 02) / Not a Vietnamese phone number: mobiles have 10 digits starting 03, 05, 07, 08 or 09 (landlines 11 starting 02)';

/** "0912.345.678", "+84 912 345 678" → "0912345678"; anything else is refused. */
export const phoneSchema = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const phone = /^[\d\s.()+-]+$/.test(text) ? normalisePhoneDigits(text.replace(/\D/g, '')) : null;
    if (phone === null) {
      ctx.addIssue({ code: 'custom', message: NOT_A_PHONE });
      return z.NEVER;
    }
    return phone;
  });

/** A phone that may be left empty ('' or null: none). */
export const optionalPhoneSchema = z.union([z.literal('').transform(() => null), phoneSchema]).nullable();
