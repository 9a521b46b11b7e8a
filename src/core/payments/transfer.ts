import { z } from 'zod';

/** Money that came into the seller's account, read from a statement or a notification. */
export const transferSchema = z.object({
  /** Line (statement) or paragraph (notifications) it came from, 1-based, to point the seller at it. */
  line: z.number().int(),
  amount: z.number().int(),
  memo: z.string(),
  /** The bank's transaction id when the source shows one, else ''. */
  reference: z.string(),
  /** ISO-8601 UTC, or null when the source gives no time. */
  at: z.string().nullable(),
});
export type Transfer = z.infer<typeof transferSchema>;

export interface ReadIssue {
  line: number;
  message: string;
  messageEn: string;
}

export type ReadResult = { ok: true; transfers: Transfer[]; skipped: number } | { ok: false; issues: ReadIssue[] };
