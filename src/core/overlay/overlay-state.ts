// What the seller sets for the overlays and the app remembers: which overlay
// is on screen, the theme, the lower third, the flash sale, the sales goal and
// the account buyers pay to. Live data (showcased product, orders) is not here.
import { z } from 'zod';

export const OVERLAY_KINDS = ['card', 'lowerThird', 'flashSale', 'ticker', 'payment', 'goal'] as const;
export const overlayKindSchema = z.enum(OVERLAY_KINDS);
export type OverlayKind = z.infer<typeof overlayKindSchema>;

export const OVERLAY_LABELS: Record<OverlayKind, { vi: string; en: string }> = {
  card: { vi: 'Thẻ sản phẩm', en: 'Product card' },
  lowerThird: { vi: 'Dòng chữ dưới', en: 'Lower third' },
  flashSale: { vi: 'Flash sale', en: 'Flash sale' },
  ticker: { vi: 'Đơn mới', en: 'Order ticker' },
  payment: { vi: 'Mã QR thanh toán', en: 'Payment QR' },
  goal: { vi: 'Mục tiêu doanh số', en: 'Sales goal' },
};

// Colours end up in CSS and in OBS: only plain hex, nothing that could carry markup.
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Màu phải có dạng #RRGGBB');

// Each section: every field required here; defaults live in DEFAULT_OVERLAY_STATE,
// so a patch that leaves a field out never resets it.
const sections = {
  visible: z.object(Object.fromEntries(OVERLAY_KINDS.map((kind) => [kind, z.boolean()])) as Record<OverlayKind, z.ZodBoolean>),
  theme: z.object({
    primary: colour,
    accent: colour,
    text: colour,
    panel: colour,
    /** 0–100: how opaque the panels are. */
    panelOpacity: z.number().int().min(0).max(100),
    /** A local image file (PNG, JPG, SVG, WebP); empty for none. */
    logo: z.string().trim().max(1000),
    shopName: z.string().trim().max(60),
  }),
  lowerThird: z.object({ title: z.string().trim().max(120), subtitle: z.string().trim().max(160) }),
  card: z.object({ exampleQty: z.number().int().min(1).max(99) }),
  flashSale: z.object({
    productId: z.number().int().positive().nullable(),
    dealPrice: z.number().int().min(0).max(1_000_000_000).nullable(),
    quantity: z.number().int().min(0).max(1_000_000),
    durationSec: z.number().int().min(10).max(24 * 3600),
    startedAt: z.string().nullable(),
    endsAt: z.string().nullable(),
  }),
  goal: z.object({ target: z.number().int().min(0).max(100_000_000_000), label: z.string().trim().max(60) }),
  payment: z.object({
    bin: z.string().trim().regex(/^(\d{6})?$/, 'Mã BIN gồm 6 chữ số'),
    account: z.string().trim().max(19),
    accountName: z.string().trim().max(60),
  }),
  ticker: z.object({ maxItems: z.number().int().min(1).max(10) }),
  autoShowcase: z.object({
    enabled: z.boolean(),
    /** How many different buyers must ask about one product within the window. */
    threshold: z.number().int().min(2).max(50),
    windowSec: z.number().int().min(10).max(600),
  }),
};

export const overlayStateSchema = z.object(sections);
export type OverlayState = z.output<typeof overlayStateSchema>;
export type OverlayTheme = OverlayState['theme'];
export type PaymentAccountSettings = OverlayState['payment'];

export const paymentAccountSchema = sections.payment;

/** Any sections, any of their fields: what is left out stays as it was. */
export const overlayStatePatchSchema = z.object(
  Object.fromEntries(Object.entries(sections).map(([key, schema]) => [key, schema.partial().optional()])) as {
    [K in keyof typeof sections]: z.ZodOptional<ReturnType<(typeof sections)[K]['partial']>>;
  },
);
export type OverlayStatePatch = z.input<typeof overlayStatePatchSchema>;

export const DEFAULT_OVERLAY_STATE: OverlayState = {
  visible: { card: true, lowerThird: false, flashSale: false, ticker: true, payment: false, goal: false },
  theme: { primary: '#1f7a4d', accent: '#f4b400', text: '#ffffff', panel: '#0f2a1d', panelOpacity: 88, logo: '', shopName: '' },
  lowerThird: { title: '', subtitle: '' },
  card: { exampleQty: 2 },
  flashSale: { productId: null, dealPrice: null, quantity: 0, durationSec: 300, startedAt: null, endsAt: null },
  goal: { target: 0, label: 'Mục tiêu hôm nay' },
  payment: { bin: '', account: '', accountName: '' },
  ticker: { maxItems: 4 },
  autoShowcase: { enabled: false, threshold: 3, windowSec: 60 },
};

type SectionKey = keyof OverlayState;
const sectionKeys = Object.keys(sections) as SectionKey[];

/** Applies a patch section by section; the result is checked whole. */
export function applyOverlayPatch(state: OverlayState, patch: z.output<typeof overlayStatePatchSchema>): OverlayState {
  const next: Record<string, unknown> = {};
  for (const key of sectionKeys) {
    const changes = Object.fromEntries(Object.entries(patch[key] ?? {}).filter(([, value]) => value !== undefined));
    next[key] = { ...state[key], ...changes };
  }
  return overlayStateSchema.parse(next);
}

/** A saved state that an older or newer app wrote: each section that still fits is kept, the rest are defaults. */
export function readOverlayState(stored: unknown): OverlayState {
  const source = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const result: Record<string, unknown> = {};
  for (const key of sectionKeys) {
    const saved = source[key];
    const merged = saved && typeof saved === 'object' ? { ...DEFAULT_OVERLAY_STATE[key], ...saved } : DEFAULT_OVERLAY_STATE[key];
    const parsed = sections[key].safeParse(merged);
    result[key] = parsed.success ? parsed.data : structuredClone(DEFAULT_OVERLAY_STATE[key]);
  }
  return result as OverlayState;
}
