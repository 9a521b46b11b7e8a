import { z } from 'zod';

export const platformSchema = z.enum(['tiktok', 'facebook', 'youtube', 'twitch', 'simulator', 'replay', 'manual']);
export type Platform = z.infer<typeof platformSchema>;

/** One live-chat comment, whatever platform it came from. */
export const chatMessageSchema = z.object({
  platform: platformSchema,
  /** The platform's own message id: the same id twice is the same comment. */
  messageId: z.string().min(1).max(200),
  userId: z.string().min(1).max(200),
  userName: z.string().max(200),
  text: z.string().max(10_000),
  /** When the platform says it was sent (ISO-8601); arrival time when it does not say. */
  sentAt: z.string(),
  /**
   * The platform says the channel's owner or one of its moderators wrote it: the shop's own voice
   * (`đã ghi đơn chị Lan 2 hũ`), shown in the feed but never an order or a cancel of its own.
   */
  fromShop: z.boolean().optional(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;
