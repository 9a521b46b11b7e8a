// Orders over the stream as an evenly spaced series, gaps filled with zeros,
// coarse enough to stay readable on a laptop screen (at most ~240 bars).
import { showcaseAt, type ShowcaseEventFact } from './showcase-bands';

export interface MinuteFact {
  /** "YYYY-MM-DDTHH:MM" in UTC. */
  minute: string;
  orders: number;
}

export interface SeriesPointFact {
  at: string;
  orders: number;
  showcase: string | null;
}

const BUCKETS = [1, 2, 5, 10, 15, 30, 60, 120, 240, 720, 1440];
const MAX_POINTS = 240;
const MINUTE = 60_000;

const minuteStart = (iso: string): number => Math.floor(Date.parse(iso) / MINUTE) * MINUTE;

export function orderSeries(
  minutes: readonly MinuteFact[],
  showcase: readonly ShowcaseEventFact[],
  startedAt: string,
  endedAt: string | null,
): { bucketMinutes: number; points: SeriesPointFact[] } {
  const times = minutes.map((m) => Date.parse(`${m.minute}:00.000Z`));
  const bounds = [minuteStart(startedAt), ...times, ...showcase.map((e) => minuteStart(e.at))].filter((t) => Number.isFinite(t));
  if (endedAt !== null && Number.isFinite(Date.parse(endedAt))) bounds.push(minuteStart(endedAt));
  if (bounds.length === 0) return { bucketMinutes: 1, points: [] };
  const first = Math.min(...bounds);
  const last = Math.max(...bounds);
  const span = Math.floor((last - first) / MINUTE) + 1;
  const bucketMinutes = BUCKETS.find((size) => Math.ceil(span / size) <= MAX_POINTS) ?? BUCKETS.at(-1)!;
  const count = Math.ceil(span / bucketMinutes);
  const sortedShowcase = [...showcase].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const points: SeriesPointFact[] = Array.from({ length: count }, (_, index) => {
    const at = new Date(first + index * bucketMinutes * MINUTE).toISOString();
    return { at, orders: 0, showcase: showcaseAt(sortedShowcase, at) };
  });
  minutes.forEach((minute, index) => {
    const time = times[index];
    if (time === undefined || !Number.isFinite(time)) return;
    const point = points[Math.floor((time - first) / (bucketMinutes * MINUTE))];
    if (!point) return;
    point.orders += minute.orders;
  });
  return { bucketMinutes, points };
}
