// Errors cross every boundary as { code, message, messageEn }: a human
// sentence in Vietnamese first, English second; never a stack trace.
import { z } from 'zod';
import { inEnglish } from '../core/text/bilingual';

// Messages from schema checks come in Vietnamese first (zod ships the locale).
z.config(z.locales.vi());

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 426 | 500 | 503;

export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly messageEn: string,
    readonly status: ErrorStatus = 400,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toJSON(): { code: string; message: string; messageEn: string; details?: unknown } {
    return { code: this.code, message: this.message, messageEn: this.messageEn, ...(this.details === undefined ? {} : { details: this.details }) };
  }
}

const describeIssues = (error: z.ZodError, translate: (message: string) => string = (message) => message) =>
  error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'input'}: ${translate(issue.message)}`)
    .join('; ');

/** A 400 naming every field that is wrong, in Vietnamese and (re-checked with the English locale) in English. */
export function invalidInput(command: string, error: z.ZodError, schema?: z.ZodType, input?: unknown): AppError {
  const english = schema?.safeParse(input, { error: z.locales.en().localeError });
  // A message the schema spells out itself stays Vietnamese in the English re-check; inEnglish() has its English.
  const englishText = english && !english.success ? describeIssues(english.error, inEnglish) : describeIssues(error, inEnglish);
  return new AppError(
    'INVALID_INPUT',
    `Dữ liệu gửi cho lệnh "${command}" không hợp lệ: ${describeIssues(error)}`,
    `Invalid input for "${command}": ${englishText}`,
    400,
    error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })),
  );
}

export function notFound(what: string, whatEn: string): AppError {
  return new AppError('NOT_FOUND', `Không tìm thấy ${what}`, `${whatEn} not found`, 404);
}

export function internalError(): AppError {
  return new AppError(
    'INTERNAL',
    'Có lỗi ngoài dự kiến trong ứng dụng; dữ liệu đã lưu vẫn an toàn. Xem nhật ký để biết chi tiết.',
    'An unexpected error happened in the app; saved data is safe. See the log for details.',
    500,
  );
}
