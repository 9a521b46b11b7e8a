// Events of a live stream that several features share (console, overlays,
// OBS, tally, rehearsal). Owned by the chat-to-orders work; others listen.
// Fields may be added; names and existing fields stay.
import { z } from 'zod';
import { defineEvents } from './define';
import { productSchema } from '../../core/catalog/product';

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
});
export type OrderSummary = z.infer<typeof orderSummarySchema>;

export const liveEvents = defineEvents({
  /** A product went on screen (null: nothing showcased). Drives the product card overlay and resolves "+1". */
  showcaseChanged: z.object({ sessionId: z.number().int().nullable(), product: productSchema.nullable(), at: z.string() }),
  /** An order was created or its items/status changed (chat, manual entry, review fix, seller edit). */
  orderChanged: z.object({ reason: z.string(), order: orderSummarySchema }),
});
