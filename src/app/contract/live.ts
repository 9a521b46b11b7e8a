// Events of a live stream that several features share (console, overlays,
// OBS, tally, rehearsal). Owned by the chat-to-orders work; others listen.
// Fields may be added; names and existing fields stay.
import { z } from 'zod';
import { defineCommands, defineEvents } from './define';
import { productSchema } from '../../core/catalog/product';
import { chatMessageSchema, platformSchema } from '../../core/chat/chat-message';
import { staffAccountSchema } from '../../core/chat/staff-account';
import { commentActions } from '../../core/orders/comment-outcome';

export const orderLineSchema = z.object({
  code: z.string(),
  name: z.string(),
  qty: z.number().int(),
  unitPrice: z.number().int(),
});

export const orderSummarySchema = z.object({
  id: z.number().int(),
  code: z.string(),
  sessionId: z.number().int().nullable(),
  customerId: z.number().int(),
  customerName: z.string(),
  status: z.enum(['pending', 'confirmed', 'paid', 'packed', 'shipped', 'delivered', 'cancelled']),
  items: z.array(orderLineSchema),
  total: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The buyer's phone, when any comment of theirs gave one. */
  customerPhone: z.string().nullable().optional(),
  /** 'chat' from comments (and the review queue), 'manual' from the manual entry. */
  source: z.enum(['chat', 'manual']).optional(),
  platform: z.string().nullable().optional(),
});
export type OrderSummary = z.infer<typeof orderSummarySchema>;

export const intentSchema = z.enum(['order', 'cancel', 'question', 'contact', 'other']);

export const sessionSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(['live', 'rehearsal', 'replay']),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  notes: z.string(),
});
export type StreamSessionView = z.infer<typeof sessionSchema>;

/** One comment as the feed shows it: what was said, what the parser made of it, what the order book did. */
export const liveCommentSchema = z.object({
  id: z.number().int(),
  sessionId: z.number().int(),
  platform: platformSchema,
  messageId: z.string(),
  userId: z.string(),
  userName: z.string(),
  text: z.string(),
  sentAt: z.string(),
  receivedAt: z.string(),
  /** null only for a comment stored before a crash cut its processing short. */
  intent: intentSchema.nullable(),
  items: z.array(z.object({ code: z.string(), qty: z.number().int().nullable() })),
  phone: z.string().nullable(),
  /** The product on screen when it arrived. */
  showcase: z.string().nullable(),
  action: z.enum(commentActions).nullable(),
  orderId: z.number().int().nullable(),
  orderCode: z.string().nullable(),
  customerId: z.number().int().nullable(),
  detail: z.object({
    waitlisted: z.array(z.object({ code: z.string(), qty: z.number().int() })).optional(),
    reviewId: z.number().int().optional(),
    reviewReason: z.string().optional(),
    /** Products a question asked about (the parser's askedAbout): feeds auto-showcase. */
    askedAbout: z.array(z.string()).optional(),
    /** A swap: what came off the order for the new items (qty null: all of it). */
    swappedOut: z.array(z.object({ code: z.string(), qty: z.number().int().nullable() })).optional(),
    /** The channel's owner or a moderator wrote it: never an order of its own. */
    fromShop: z.boolean().optional(),
  }),
});
export type LiveComment = z.infer<typeof liveCommentSchema>;

export const showcaseStateSchema = z.object({ sessionId: z.number().int().nullable(), product: productSchema.nullable(), at: z.string() });

export const ingestReceiptSchema = z.object({
  status: z.enum(['stored', 'duplicate']),
  chatMessageId: z.number().int(),
  sessionId: z.number().int(),
  outcome: liveCommentSchema
    .pick({ intent: true, items: true, phone: true, showcase: true, action: true, orderId: true, orderCode: true, customerId: true, detail: true })
    .nullable(),
});

const sessionIdInput = z.number().int().positive().optional();

export const liveCommands = defineCommands({
  getLiveState: {
    summary: 'The open stream session (if any), the product on screen, and the repeat window.',
    input: z.object({}).default({}),
    output: z.object({ session: sessionSchema.nullable(), showcase: showcaseStateSchema.nullable(), repeatWindowSeconds: z.number() }),
  },
  startSession: {
    summary: 'Start a stream session (the open one ends). Comments arriving with no session open start one by themselves.',
    input: z.object({ name: z.string().trim().max(200).optional(), kind: z.enum(['live', 'rehearsal']).default('live'), notes: z.string().max(2000).optional() }),
    output: sessionSchema,
  },
  endSession: {
    summary: 'End a stream session (the open one when no id is given).',
    input: z.object({ id: sessionIdInput }),
    output: sessionSchema,
  },
  listSessions: {
    summary: 'Stream sessions, newest first.',
    input: z.object({ limit: z.number().int().min(1).max(1000).default(100) }),
    output: z.array(sessionSchema),
  },
  setShowcase: {
    summary: 'Put a product on screen (null hides it): "+1" and "chốt" then order it. Emits showcaseChanged.',
    input: z.object({ productId: z.number().int().positive().nullable(), sessionId: sessionIdInput }),
    output: showcaseStateSchema,
  },
  listComments: {
    summary: 'The latest comments of a session with what each did, newest first; beforeId pages back.',
    input: z.object({
      sessionId: sessionIdInput,
      beforeId: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(5000).default(500),
      intent: intentSchema.optional(),
    }),
    output: z.array(liveCommentSchema),
  },
  submitComment: {
    summary: 'Ingest one chat comment (a simulator, a helper typing, a test): stored, parsed, acted on.',
    input: z.object({ message: chatMessageSchema, sessionId: sessionIdInput }),
    output: ingestReceiptSchema,
  },
  setRepeatWindow: {
    summary: 'How many seconds a buyer repeating the same text counts once (default 10; 0 counts every comment).',
    input: z.object({ seconds: z.number().min(0).max(3600) }),
    output: z.object({ seconds: z.number() }),
  },
  listStaff: {
    summary: 'Accounts marked as the shop’s own (helpers typing from their own accounts without moderator rights).',
    input: z.object({}).default({}),
    output: z.array(staffAccountSchema),
  },
  setStaff: {
    summary: 'Mark (staff: true) or unmark an account as the shop’s own: from its next comment, what it writes makes no order, cancel or contact. Emits staffChanged.',
    input: staffAccountSchema.extend({ staff: z.boolean() }),
    output: z.array(staffAccountSchema),
  },
});

export const liveEvents = defineEvents({
  /** A product went on screen (null: nothing showcased). Drives the product card overlay and resolves "+1". */
  showcaseChanged: showcaseStateSchema,
  /** An order was created or its items/status changed (chat, manual entry, review fix, seller edit). */
  orderChanged: z.object({ reason: z.string(), order: orderSummarySchema }),
  /** Comments just committed (one event per group commit, in arrival order), each with its intent and outcome. */
  commentsIngested: z.object({ comments: z.array(liveCommentSchema) }),
  /** A stream session started or ended. */
  sessionChanged: z.object({ change: z.enum(['started', 'ended']), session: sessionSchema }),
  /** The accounts marked as the shop's own changed. */
  staffChanged: z.object({ staff: z.array(staffAccountSchema) }),
});
