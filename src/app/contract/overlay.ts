// Overlays on the stream (product card, lower third, flash sale, order ticker,
// payment QR, sales goal) and VietQR codes.
import { z } from 'zod';
import { defineCommands, defineEvents } from './define';
import { overlayKindSchema, overlayStatePatchSchema, overlayStateSchema, overlayViewSchema } from '../../core/overlay';

const empty = z.object({}).default({});

const bankSchema = z.object({ bin: z.string(), code: z.string(), shortName: z.string(), name: z.string() });

export const vietQrResultSchema = z.object({
  payload: z.string(),
  purpose: z.string(),
  amount: z.number().int().nullable(),
  /** The QR as an SVG document (text), ready for an <img> through a blob or data URL. */
  svg: z.string(),
  bankName: z.string(),
  account: z.string(),
  accountName: z.string(),
});
export type VietQrResult = z.output<typeof vietQrResultSchema>;

export const overlayCommands = defineCommands({
  getOverlayState: { summary: 'The overlay settings: what is shown, theme, lower third, flash sale, goal, payment account.', input: empty, output: overlayStateSchema },
  updateOverlayState: {
    summary: 'Change some overlay settings; the rest stay as they were. Overlays update at once.',
    input: overlayStatePatchSchema,
    output: overlayStateSchema,
  },
  setOverlayVisible: {
    summary: 'Show or hide one overlay.',
    input: z.object({ kind: overlayKindSchema, visible: z.boolean() }),
    output: overlayStateSchema,
  },
  hideAllOverlays: { summary: 'Hide every overlay at once (the "panic" key).', input: empty, output: overlayStateSchema },
  setOverlayLogo: {
    summary: 'The shop’s logo on the overlays (PNG, JPEG, WebP or GIF, base64, at most 8 MB), kept in the data folder; null removes it.',
    input: z.object({ picture: z.string().max(12_000_000).nullable() }),
    output: overlayStateSchema,
  },
  startFlashSale: {
    summary: 'Start the flash-sale countdown (the showcased product unless one is given) and show it.',
    input: z.object({
      productId: z.number().int().positive().nullable().optional(),
      dealPrice: z.number().int().min(0).max(1_000_000_000),
      quantity: z.number().int().min(0).max(1_000_000).default(0),
      durationSec: z.number().int().min(10).max(24 * 3600).default(300),
    }),
    output: overlayStateSchema,
  },
  showOrderPayment: {
    summary: 'Put one order’s VietQR (what is still owed, the order code as memo) on the payment overlay; null: back to the shop’s code.',
    input: z.object({ orderId: z.number().int().positive().nullable() }),
    output: overlayStateSchema,
  },
  stopFlashSale: { summary: 'Stop the flash-sale countdown and hide it.', input: empty, output: overlayStateSchema },
  getOverlayView: { summary: 'The overlays as they look now (what overlay pages draw).', input: empty, output: overlayViewSchema },
  listBanks: { summary: 'Banks and wallets that take VietQR transfers, with their BINs.', input: empty, output: z.array(bankSchema) },
  makeVietQr: {
    summary: 'A VietQR transfer code: static without an amount, dynamic with one (memo ≤ 25 characters, diacritics removed).',
    input: z.object({
      bin: z.string().trim().min(1).max(20),
      account: z.string().trim().min(1).max(40),
      amount: z.number().int().nullable().optional(),
      purpose: z.string().max(200).optional(),
      accountName: z.string().max(60).optional(),
    }),
    output: vietQrResultSchema,
  },
  orderVietQr: {
    summary: 'The VietQR code for one order, to the saved payment account: amount = total, memo = order code.',
    input: z.object({ code: z.string().trim().min(1).max(25), total: z.number().int().positive(), note: z.string().max(200).optional() }),
    output: vietQrResultSchema,
  },
});

export const overlayEvents = defineEvents({
  /** The overlays' new look; at most one per frame. */
  overlayChanged: overlayViewSchema,
});
