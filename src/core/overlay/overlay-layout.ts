// Where each overlay sits, in the pixels of a design canvas: 1920×1080 for a
// landscape stream, 1080×1920 for a vertical one (TikTok). Overlay pages and
// the native OBS sources share these boxes, scaled to the real canvas. The
// vertical boxes keep clear of TikTok's header, right-hand buttons and the
// comment area at the bottom.
import type { OverlayKind } from './overlay-state';

export type OverlayLayoutName = 'landscape' | 'portrait';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const DESIGN_CANVAS: Record<OverlayLayoutName, { width: number; height: number }> = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
};

export const OVERLAY_BOXES: Record<OverlayLayoutName, Record<OverlayKind, Box>> = {
  landscape: {
    goal: { x: 60, y: 40, w: 640, h: 110 },
    flashSale: { x: 1260, y: 40, w: 600, h: 210 }, // as wide as the vertical one: a deal price, the old price and what is left fit on one line
    ticker: { x: 1440, y: 290, w: 420, h: 290 },
    payment: { x: 1500, y: 610, w: 360, h: 430 },
    card: { x: 60, y: 620, w: 820, h: 300 },
    lowerThird: { x: 60, y: 950, w: 1200, h: 90 },
  },
  portrait: {
    goal: { x: 60, y: 170, w: 600, h: 110 },
    flashSale: { x: 60, y: 300, w: 600, h: 210 },
    payment: { x: 690, y: 170, w: 330, h: 400 },
    ticker: { x: 60, y: 530, w: 600, h: 290 },
    card: { x: 60, y: 850, w: 880, h: 300 },
    lowerThird: { x: 60, y: 1170, w: 880, h: 90 },
  },
};

export function layoutForCanvas(width: number, height: number): OverlayLayoutName {
  return height > width ? 'portrait' : 'landscape';
}

/** A design box on a real canvas (e.g. 1280×720 or 720×1280), rounded to whole pixels. */
export function scaleBox(box: Box, layout: OverlayLayoutName, canvasWidth: number): Box {
  const factor = canvasWidth / DESIGN_CANVAS[layout].width;
  return { x: Math.round(box.x * factor), y: Math.round(box.y * factor), w: Math.round(box.w * factor), h: Math.round(box.h * factor) };
}
