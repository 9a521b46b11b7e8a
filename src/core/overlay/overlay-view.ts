// The overlays as they should look right now, computed from the saved state
// and the live data (showcased product, orders). Pure: overlay pages and the
// native OBS sources both draw from this one view. Every field is plain text;
// whoever draws it treats it as text, never as markup.
import { z } from 'zod';
import { formatVnd } from '../money/vnd';
import type { Product } from '../catalog/product';
import { OVERLAY_KINDS, type OverlayKind, type OverlayState } from './overlay-state';
import { shortenBuyerName } from './buyer-name';
import { formatCountdown } from './countdown';

const visibleSchema = z.object(Object.fromEntries(OVERLAY_KINDS.map((kind) => [kind, z.boolean()])) as Record<OverlayKind, z.ZodBoolean>);

export const overlayViewSchema = z.object({
  version: z.number().int(),
  /** The app's clock when the view was made (ms), so a page can correct its own clock for the countdown. */
  generatedAt: z.number(),
  theme: z.object({
    primary: z.string(),
    accent: z.string(),
    text: z.string(),
    panel: z.string(),
    panelOpacity: z.number(),
    logoUrl: z.string(),
    shopName: z.string(),
  }),
  visible: visibleSchema,
  card: z
    .object({
      productId: z.number().int(),
      code: z.string(),
      name: z.string(),
      priceText: z.string(),
      unit: z.string(),
      stars: z.number().int().nullable(),
      starsText: z.string(),
      commentText: z.string(),
      imageUrl: z.string(),
    })
    .nullable(),
  lowerThird: z.object({ title: z.string(), subtitle: z.string() }),
  flashSale: z.object({
    running: z.boolean(),
    name: z.string(),
    dealPriceText: z.string(),
    regularPriceText: z.string(),
    endsAt: z.number().nullable(),
    timeLeftText: z.string(),
    quantityLeft: z.number().int(),
    quantityText: z.string(),
  }),
  ticker: z.object({ items: z.array(z.object({ id: z.number().int(), buyer: z.string(), text: z.string() })) }),
  payment: z
    .object({
      qrUrl: z.string(),
      bankName: z.string(),
      account: z.string(),
      accountName: z.string(),
      /** The amount asked for when one order's code is on screen; empty for the shop's static code. */
      amountText: z.string(),
      note: z.string(),
    })
    .nullable(),
  goal: z.object({ label: z.string(), current: z.number(), target: z.number(), percent: z.number(), currentText: z.string(), targetText: z.string() }),
});
export type OverlayView = z.output<typeof overlayViewSchema>;

/** An order as the ticker and goal need it. */
export interface TickerOrder {
  id: number;
  code: string;
  customerName: string;
  items: { code: string; qty: number }[];
  total: number;
  cancelled: boolean;
  createdAt: string;
}

export interface OverlayLive {
  product: Product | null;
  /** Newest first. */
  orders: TickerOrder[];
  salesTotal: number;
  flashProduct: Product | null;
  flashSold: number;
  /** `order`: one buyer's order is being paid on screen (its code and what is still owed). */
  payment: { ready: boolean; bankName: string; order?: { code: string; amount: number; customerName: string } | null };
  urls: { productImage(product: Product): string; logo: string; paymentQr: string };
}

export function starsText(stars: number | null): string {
  if (stars === null || stars <= 0) return '';
  return `${'★'.repeat(stars)}${'☆'.repeat(Math.max(0, 5 - stars))} OCOP ${stars} sao`;
}

export function tickerText(order: TickerOrder): { buyer: string; text: string } {
  const buyer = shortenBuyerName(order.customerName);
  const lines = order.items.filter((item) => item.qty > 0);
  const shown = lines.slice(0, 3).map((item) => `${item.code} x${item.qty}`);
  const more = lines.length > 3 ? ` +${lines.length - 3}` : '';
  return { buyer, text: `${buyer} vừa chốt ${shown.join(', ')}${more}` };
}

export function buildOverlayView(state: OverlayState, live: OverlayLive, now: Date, version: number): OverlayView {
  const product = live.product;
  const card = product
    ? {
        productId: product.id,
        code: product.code,
        name: product.name,
        priceText: formatVnd(product.price),
        unit: product.unit,
        stars: product.ocopStars,
        starsText: starsText(product.ocopStars),
        commentText: `Bình luận: ${product.code} x${state.card.exampleQty}`,
        imageUrl: product.image.trim() === '' ? '' : live.urls.productImage(product),
      }
    : null;

  const sale = state.flashSale;
  const endsAt = sale.endsAt === null ? null : Date.parse(sale.endsAt);
  const running = endsAt !== null && endsAt > now.getTime();
  const quantityLeft = Math.max(0, sale.quantity - live.flashSold);
  const flashName = live.flashProduct?.name ?? product?.name ?? '';
  const flashSale = {
    running,
    name: flashName,
    dealPriceText: sale.dealPrice === null ? '' : formatVnd(sale.dealPrice),
    regularPriceText: live.flashProduct ? formatVnd(live.flashProduct.price) : '',
    endsAt: running ? endsAt : null,
    timeLeftText: running && endsAt !== null ? formatCountdown(endsAt - now.getTime()) : '00:00',
    quantityLeft,
    quantityText: sale.quantity === 0 ? '' : quantityLeft > 0 ? `Còn ${quantityLeft} suất` : 'Hết suất',
  };

  const items = live.orders
    .filter((order) => !order.cancelled)
    .slice(0, state.ticker.maxItems)
    .map((order) => ({ id: order.id, ...tickerText(order) }));

  const paying = live.payment.order ?? null;
  const payment = live.payment.ready
    ? {
        qrUrl: live.urls.paymentQr,
        bankName: live.payment.bankName,
        account: state.payment.account,
        accountName: state.payment.accountName,
        amountText: paying ? formatVnd(paying.amount) : '',
        // A buyer's short name only, like the ticker: never a phone number on stream.
        note: paying ? `Đơn ${paying.code} · ${shortenBuyerName(paying.customerName)}` : 'Quét mã để chuyển khoản',
      }
    : null;

  const target = state.goal.target;
  const current = live.salesTotal;
  const goal = {
    label: state.goal.label,
    current,
    target,
    percent: target > 0 ? Math.min(100, Math.floor((current / target) * 100)) : 0,
    currentText: formatVnd(current),
    targetText: formatVnd(target),
  };

  const theme = state.theme;
  return {
    version,
    generatedAt: now.getTime(),
    theme: {
      primary: theme.primary,
      accent: theme.accent,
      text: theme.text,
      panel: theme.panel,
      panelOpacity: theme.panelOpacity,
      logoUrl: theme.logo.trim() === '' ? '' : live.urls.logo,
      shopName: theme.shopName,
    },
    visible: {
      card: state.visible.card && card !== null,
      lowerThird: state.visible.lowerThird && (state.lowerThird.title !== '' || state.lowerThird.subtitle !== ''),
      // An ended sale leaves the screen by itself: a deal price at 00:00 would promise what is no longer sold.
      flashSale: state.visible.flashSale && running,
      ticker: state.visible.ticker && items.length > 0,
      payment: state.visible.payment && payment !== null,
      goal: state.visible.goal && target > 0,
    },
    card,
    lowerThird: { title: state.lowerThird.title, subtitle: state.lowerThird.subtitle },
    flashSale,
    ticker: { items },
    payment,
    goal,
  };
}
