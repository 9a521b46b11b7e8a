// Live chat sources of a stream session: connect and disconnect them, see
// each one's state, and keep platform keys and tokens in secure storage
// (values go in, never come back out).
import { z } from 'zod';
import { defineCommands, defineEvents } from './define';

export const sourcePlatformSchema = z.enum(['twitch', 'youtube', 'facebook', 'tiktok', 'simulator', 'replay']);
export type SourcePlatform = z.infer<typeof sourcePlatformSchema>;

const reasonSchema = z.object({ code: z.string(), messageVi: z.string(), messageEn: z.string() });

export const sourceStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('idle') }),
  z.object({ kind: z.literal('connecting') }),
  z.object({ kind: z.literal('live'), via: z.enum(['stream', 'polling']).optional() }),
  z.object({ kind: z.literal('reconnecting'), attempt: z.number().int(), retryInMs: z.number(), nextRetryAt: z.string(), reason: reasonSchema }),
  z.object({ kind: z.literal('ended'), reason: reasonSchema }),
  z.object({ kind: z.literal('failed'), reason: reasonSchema }),
]);
export type SourceStateView = z.infer<typeof sourceStateSchema>;

export const sourceViewSchema = z.object({
  /** `<platform>:<target>@<sessionId>` */
  id: z.string(),
  platform: sourcePlatformSchema,
  target: z.string(),
  sessionId: z.number().int(),
  state: sourceStateSchema,
  connectedAt: z.string(),
  counts: z.object({ comments: z.number().int(), stored: z.number().int(), duplicates: z.number().int(), failed: z.number().int() }),
  lastCommentAt: z.string().nullable(),
  /** TikTok: an unofficial connector that may break when TikTok changes. */
  unofficial: z.boolean(),
});
export type SourceView = z.infer<typeof sourceViewSchema>;

/** Where each platform's key or token is kept. Twitch needs none (anonymous read-only). */
export const sourceSecretKeySchema = z.enum(['youtube.apiKey', 'facebook.accessToken', 'tiktok.signApiKey']);
export type SourceSecretKey = z.infer<typeof sourceSecretKeySchema>;

export const sourceActivitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('like'), userId: z.string(), userName: z.string(), count: z.number(), totalCount: z.number().optional(), at: z.string() }),
  z.object({ kind: z.literal('gift'), userId: z.string(), userName: z.string(), giftName: z.string(), giftId: z.number(), repeatCount: z.number(), at: z.string() }),
  z.object({ kind: z.literal('join'), userId: z.string(), userName: z.string(), at: z.string() }),
]);

export const connectSourceInputSchema = z.object({
  platform: sourcePlatformSchema,
  /** Twitch channel, YouTube video id or link, Facebook Page id or link (or a LiveVideo id), TikTok @name, simulator rate, replay file path. */
  target: z.string().trim().min(1).max(2000),
  /** The session the comments go to; the open one (started if none) when absent. */
  sessionId: z.number().int().positive().optional(),
  /** A key or token to use (and remember in secure storage unless remember is false). */
  secret: z.string().trim().min(1).max(10_000).optional(),
  remember: z.boolean().default(true),
  simulator: z
    .object({ seed: z.number().int().min(0).max(2 ** 31).optional(), limit: z.number().int().positive().max(10_000_000).optional() })
    .optional(),
  replay: z.object({ speed: z.number().positive().max(1000).default(1) }).optional(),
});

export const sourcesCommands = defineCommands({
  listSources: {
    summary: 'Chat sources connected in this run of the app, with their state and counts.',
    input: z.object({ sessionId: z.number().int().positive().optional() }).default({}),
    output: z.array(sourceViewSchema),
  },
  connectSource: {
    summary: 'Start reading live chat from a platform (or the simulator, or a saved transcript) into a stream session.',
    input: connectSourceInputSchema,
    output: sourceViewSchema,
  },
  disconnectSource: {
    summary: 'Stop reading a chat source; comments already stored stay.',
    input: z.object({ id: z.string().min(1).max(2200) }),
    output: sourceViewSchema,
  },
  listSourceSecrets: {
    summary: 'Which platform keys and tokens are saved (never their values).',
    input: z.object({}).default({}),
    output: z.array(z.object({ key: sourceSecretKeySchema, stored: z.boolean() })),
  },
  saveSourceSecret: {
    summary: 'Save a platform key or token in secure storage.',
    input: z.object({ key: sourceSecretKeySchema, value: z.string().trim().min(1).max(10_000) }),
    output: z.object({ key: sourceSecretKeySchema, stored: z.literal(true) }),
  },
  deleteSourceSecret: {
    summary: 'Forget a saved platform key or token.',
    input: z.object({ key: sourceSecretKeySchema }),
    output: z.object({ key: sourceSecretKeySchema, stored: z.literal(false) }),
  },
});

export const sourcesEvents = defineEvents({
  /** A source connected, changed state (connecting, live, reconnecting, ended, failed) or was disconnected. */
  sourceStateChanged: sourceViewSchema,
  /** TikTok likes, gifts and joins: shown, never orders. */
  sourceActivity: z.object({ sourceId: z.string(), platform: sourcePlatformSchema, activity: sourceActivitySchema }),
});
