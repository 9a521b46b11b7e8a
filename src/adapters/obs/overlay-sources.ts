// The overlays as OBS sources. Where OBS has the browser source plugin, each
// overlay is a browser source showing the app's overlay page. Where it does not
// (Debian's and many Linux builds), each overlay is a small scene of native
// sources (colour panels, images, FreeType text) that the app keeps updated.
// Pure: names, places and settings only; obs-scene.ts talks to OBS.
import {
  DESIGN_CANVAS,
  OVERLAY_BOXES,
  OVERLAY_KINDS,
  OVERLAY_LABELS,
  type OverlayKind,
  type OverlayLayoutName,
  type OverlayView,
} from '../../core/overlay';

export const OCOP_SCENE = 'OCOP Live';
export const TEXT_FONT_FACE = 'DejaVu Sans';

/** The nested scene of one overlay (native mode). */
export const nativeSceneName = (kind: OverlayKind): string => `OCOP • ${OVERLAY_LABELS[kind].vi}`;
/** The browser source of one overlay (browser mode). */
export const browserSourceName = (kind: OverlayKind): string => `OCOP • ${OVERLAY_LABELS[kind].vi} (web)`;

/** JSON as OBS takes it in request data. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type NativeInputKind = 'color_source_v3' | 'image_source' | 'text_ft2_source_v2';

export interface NativePart {
  name: string;
  inputKind: NativeInputKind;
  /** Top-left corner on the design canvas. */
  x: number;
  y: number;
  /** Images are fitted inside this box (design pixels). */
  fit?: { w: number; h: number };
}

interface TextStyle {
  size: number;
  bold?: boolean;
  colour: string;
  wrap?: number;
}

const part = (kind: OverlayKind, suffix: string, inputKind: NativeInputKind, x: number, y: number, fit?: { w: number; h: number }): NativePart => ({
  name: `${nativeSceneName(kind)} • ${suffix}`,
  inputKind,
  x,
  y,
  ...(fit ? { fit } : {}),
});

/** Every native source of one overlay, bottom to top. */
export function nativeParts(kind: OverlayKind, layout: OverlayLayoutName): NativePart[] {
  const b = OVERLAY_BOXES[layout][kind];
  switch (kind) {
    case 'card': {
      const side = b.h - 40;
      const textX = b.x + side + 50;
      return [
        part(kind, 'nền', 'color_source_v3', b.x, b.y),
        part(kind, 'ảnh', 'image_source', b.x + 20, b.y + 20, { w: side, h: side }),
        part(kind, 'tên', 'text_ft2_source_v2', textX, b.y + 20),
        part(kind, 'giá', 'text_ft2_source_v2', textX, b.y + 128),
        part(kind, 'bình luận', 'text_ft2_source_v2', textX, b.y + 198),
      ];
    }
    case 'lowerThird':
      return [
        part(kind, 'nền', 'color_source_v3', b.x, b.y),
        part(kind, 'vạch', 'color_source_v3', b.x, b.y),
        part(kind, 'tiêu đề', 'text_ft2_source_v2', b.x + 36, b.y + 8),
        part(kind, 'phụ đề', 'text_ft2_source_v2', b.x + 36, b.y + 52),
      ];
    case 'flashSale':
      return [
        part(kind, 'nền', 'color_source_v3', b.x, b.y),
        part(kind, 'đồng hồ', 'text_ft2_source_v2', b.x + 24, b.y + 14),
        part(kind, 'giá', 'text_ft2_source_v2', b.x + 24, b.y + 72),
      ];
    case 'ticker':
      return [part(kind, 'nền', 'color_source_v3', b.x, b.y), part(kind, 'chữ', 'text_ft2_source_v2', b.x + 20, b.y + 16)];
    case 'payment':
      return [
        part(kind, 'nền', 'color_source_v3', b.x, b.y),
        part(kind, 'mã QR', 'image_source', b.x + Math.round((b.w - 250) / 2), b.y + 14, { w: 250, h: 250 }),
        part(kind, 'chữ', 'text_ft2_source_v2', b.x + 20, b.y + 274),
      ];
    case 'goal':
      return [
        part(kind, 'nền', 'color_source_v3', b.x, b.y),
        part(kind, 'chữ', 'text_ft2_source_v2', b.x + 22, b.y + 12),
        part(kind, 'thanh', 'color_source_v3', b.x + 22, b.y + 64),
        part(kind, 'tiến độ', 'color_source_v3', b.x + 22, b.y + 64),
      ];
  }
}

/** OBS colours are 0xAABBGGRR. */
export function obsColour(hex: string, alpha = 255): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  const [r, g, b] = match ? [match[1], match[2], match[3]].map((p) => parseInt(p ?? '0', 16)) : [255, 255, 255];
  return ((alpha & 0xff) * 0x1000000 + (b ?? 0) * 0x10000 + (g ?? 0) * 0x100 + (r ?? 0)) >>> 0;
}

function text(value: string, style: TextStyle): JsonObject {
  const colour = obsColour(style.colour);
  return {
    text: value,
    font: { face: TEXT_FONT_FACE, size: style.size, flags: style.bold ? 1 : 0, style: style.bold ? 'Bold' : 'Book' },
    color1: colour,
    color2: colour,
    antialiasing: true,
    drop_shadow: false,
    outline: false,
    word_wrap: (style.wrap ?? 0) > 0,
    custom_width: style.wrap ?? 0,
  };
}

const colourBox = (hex: string, alpha: number, width: number, height: number): JsonObject => ({
  color: obsColour(hex, alpha),
  width: Math.max(1, Math.round(width)),
  height: Math.max(1, Math.round(height)),
});

/** Files on this machine the image sources show; null shows nothing. */
export interface NativeFiles {
  productImage: string | null;
  paymentQr: string | null;
}

/** The settings of every native source for this view (input name → settings). */
export function nativeSettings(view: OverlayView, files: NativeFiles, layout: OverlayLayoutName): Map<string, JsonObject> {
  const settings = new Map<string, JsonObject>();
  const theme = view.theme;
  const panelAlpha = Math.round((theme.panelOpacity / 100) * 255);
  for (const kind of OVERLAY_KINDS) {
    const b = OVERLAY_BOXES[layout][kind];
    const [first, ...rest] = nativeParts(kind, layout);
    const set = (p: NativePart | undefined, value: JsonObject) => p && settings.set(p.name, value);
    switch (kind) {
      case 'card': {
        const [image, name, price, meta] = rest;
        const card = view.card;
        const wrap = b.w - (b.h - 40) - 80;
        set(first, colourBox(theme.panel, panelAlpha, b.w, b.h));
        set(image, { file: files.productImage ?? '', unload: false, linear_alpha: false });
        set(name, text(card?.name ?? '', { size: 38, bold: true, colour: theme.text, wrap }));
        set(price, text(card ? `${card.priceText}${card.unit ? ` / ${card.unit}` : ''}` : '', { size: 46, bold: true, colour: theme.accent, wrap }));
        set(meta, text(card ? [card.starsText, card.commentText].filter((line) => line !== '').join('\n') : '', { size: 28, colour: theme.text, wrap }));
        break;
      }
      case 'lowerThird': {
        const [bar, title, subtitle] = rest;
        set(first, colourBox(theme.panel, panelAlpha, b.w, b.h));
        set(bar, colourBox(theme.accent, 255, 10, b.h));
        set(title, text(view.lowerThird.title || theme.shopName, { size: 34, bold: true, colour: theme.text, wrap: b.w - 60 }));
        set(subtitle, text(view.lowerThird.subtitle, { size: 24, colour: theme.text, wrap: b.w - 60 }));
        break;
      }
      case 'flashSale': {
        const [clock, prices] = rest;
        const sale = view.flashSale;
        set(first, colourBox('#b71c1c', 240, b.w, b.h));
        set(clock, text(`⚡ FLASH SALE   ${sale.timeLeftText}`, { size: 40, bold: true, colour: '#ffe082' }));
        const lines = [sale.name, [sale.dealPriceText, sale.regularPriceText ? `(giá gốc ${sale.regularPriceText})` : ''].filter(Boolean).join(' '), sale.quantityText];
        set(prices, text(lines.filter((line) => line !== '').join('\n'), { size: 30, colour: '#ffffff', wrap: b.w - 48 }));
        break;
      }
      case 'ticker': {
        const [lines] = rest;
        set(first, colourBox(theme.panel, panelAlpha, b.w, b.h));
        set(lines, text(['Đơn mới', ...view.ticker.items.map((item) => `• ${item.text}`)].join('\n'), { size: 26, colour: theme.text, wrap: b.w - 40 }));
        break;
      }
      case 'payment': {
        const [qr, lines] = rest;
        const payment = view.payment;
        set(first, colourBox('#ffffff', 255, b.w, b.h));
        set(qr, { file: files.paymentQr ?? '', unload: false, linear_alpha: false });
        set(
          lines,
          text(payment ? [payment.bankName, payment.amountText || payment.account, payment.accountName, payment.note].filter((line) => line !== '').join('\n') : '', {
            size: 22,
            colour: '#14231b',
            wrap: b.w - 40,
          }),
        );
        break;
      }
      case 'goal': {
        const [label, track, fill] = rest;
        const goal = view.goal;
        const width = b.w - 44;
        set(first, colourBox(theme.panel, panelAlpha, b.w, b.h));
        set(label, text(`${goal.label}: ${goal.currentText} / ${goal.targetText}`, { size: 26, bold: true, colour: theme.text, wrap: width }));
        set(track, colourBox('#ffffff', 60, width, 30));
        set(fill, colourBox(theme.accent, goal.percent > 0 ? 255 : 0, (width * goal.percent) / 100, 30));
        break;
      }
    }
  }
  return settings;
}

/** Scale from the design canvas to the real one. */
export function canvasFactor(layout: OverlayLayoutName, canvasWidth: number): number {
  return canvasWidth / DESIGN_CANVAS[layout].width;
}
