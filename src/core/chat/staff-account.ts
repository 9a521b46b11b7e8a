import { z } from 'zod';
import { platformSchema } from './chat-message';

/**
 * An account the seller marked as the shop's own: a helper who types orders
 * from a personal account without moderator rights (`đã ghi đơn chị Lan 2 hũ`).
 * What it writes is the shop's voice, as a moderator's is: never an order, a
 * cancel or a contact of that account.
 */
export const staffAccountSchema = z.object({
  platform: platformSchema,
  userId: z.string().min(1).max(200),
  /** The name it had when marked, to show in the list. */
  userName: z.string().max(200),
});
export type StaffAccount = z.infer<typeof staffAccountSchema>;
