// Which product was on screen from when to when, as bands for the orders chart.

export interface ShowcaseEventFact {
  /** ISO-8601 time the product went on screen (or the screen was cleared). */
  at: string;
  /** Null: nothing showcased from this moment. */
  code: string | null;
  name: string | null;
}

export interface Band {
  code: string;
  name: string;
  from: string;
  to: string;
}

/**
 * One band per stretch a product stayed on screen. Showing the same product
 * again right after counts as one stretch; a stretch still open at the end
 * of the stream ends at `end`.
 */
export function showcaseBands(events: readonly ShowcaseEventFact[], end: string): Band[] {
  const sorted = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const bands: Band[] = [];
  let open: Band | undefined;
  for (const event of sorted) {
    if (open && event.code !== null && event.code.toUpperCase() === open.code.toUpperCase()) continue;
    if (open) {
      open.to = event.at;
      if (Date.parse(open.to) > Date.parse(open.from)) bands.push(open);
      open = undefined;
    }
    if (event.code !== null) open = { code: event.code, name: event.name ?? event.code, from: event.at, to: event.at };
  }
  if (open) {
    open.to = Date.parse(end) > Date.parse(open.from) ? end : open.from;
    if (Date.parse(open.to) > Date.parse(open.from)) bands.push(open);
  }
  return bands;
}

/** The product on screen at `at`, given events sorted by time. */
export function showcaseAt(events: readonly ShowcaseEventFact[], at: string): string | null {
  const time = Date.parse(at);
  let current: string | null = null;
  for (const event of events) {
    if (Date.parse(event.at) > time) break;
    current = event.code;
  }
  return current;
}
