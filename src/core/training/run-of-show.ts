// A rehearsal's run-of-show: which product the host should be presenting
// when. The simulated audience orders with "+1" / "chốt" what the run-of-show
// says is being presented, so the learner has to put that product on screen
// in time; the first seconds of each slot are the host's introduction, when
// nobody orders it yet (the learner's time to switch).

export interface RunOfShowSlot {
  code: string;
  name: string;
  /** Seconds from the start of the rehearsal. */
  startSecond: number;
  endSecond: number;
  /** Seconds after the start the audience begins ordering it: putting it on screen by then is on time. */
  graceSeconds: number;
}

/** About this long per product: long enough to present it, short enough to move on. */
const SECONDS_PER_SLOT = 75;
const MAX_SLOTS = 6;
const MAX_GRACE_SECONDS = 10;
const GRACE_SHARE = 0.2;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Slots of equal length covering the rehearsal, one product each, in a shuffled order (`random` in [0, 1)). */
export function planRunOfShow(products: readonly { code: string; name: string }[], totalSeconds: number, random: () => number): RunOfShowSlot[] {
  if (products.length === 0 || !(totalSeconds > 0)) return [];
  const count = Math.max(1, Math.min(products.length, MAX_SLOTS, Math.max(2, Math.round(totalSeconds / SECONDS_PER_SLOT))));
  const order = [...products];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const length = totalSeconds / count;
  const grace = round1(Math.min(MAX_GRACE_SECONDS, length * GRACE_SHARE));
  return order.slice(0, count).map((product, index) => ({
    code: product.code.toUpperCase(),
    name: product.name,
    startSecond: round1(index * length),
    endSecond: index === count - 1 ? round1(totalSeconds) : round1((index + 1) * length),
    graceSeconds: grace,
  }));
}

/** The slot running at `second` (the last one after the end), or null before the first or without slots. */
export function slotAt(slots: readonly RunOfShowSlot[], second: number): RunOfShowSlot | null {
  if (slots.length === 0 || second < slots[0]!.startSecond) return null;
  return slots.find((slot) => second < slot.endSecond) ?? slots[slots.length - 1]!;
}

/** The product the audience orders with "+1" at `second`: the slot's, once its introduction is over. */
export function presentedAt(slots: readonly RunOfShowSlot[], second: number): string | null {
  const slot = slotAt(slots, second);
  return slot && second >= slot.startSecond + slot.graceSeconds ? slot.code : null;
}

export interface ShowcaseChange {
  /** Seconds from the start of the rehearsal (negative: before it started). */
  second: number;
  /** The product put on screen; null: hidden. */
  code: string | null;
}

export interface SlotTiming {
  code: string;
  /** Seconds after the slot's start its product was first on screen during it (0: already there); null: never. */
  shownAfterSeconds: number | null;
  /** Share of the slot's points: 1 when on screen within the grace, falling to 0 at the slot's end. */
  credit: number;
}

/** How well the learner kept to the run-of-show, from the showcase changes in time order. */
export function slotTimings(slots: readonly RunOfShowSlot[], changes: readonly ShowcaseChange[]): SlotTiming[] {
  const ordered = [...changes].sort((a, b) => a.second - b.second);
  const onScreenAt = (second: number) => {
    let code: string | null = null;
    for (const change of ordered) {
      if (change.second > second) break;
      code = change.code;
    }
    return code;
  };
  return slots.map((slot) => {
    let shownAfter: number | null = null;
    if (onScreenAt(slot.startSecond) === slot.code) shownAfter = 0;
    else {
      const first = ordered.find((change) => change.second > slot.startSecond && change.second < slot.endSecond && change.code === slot.code);
      if (first) shownAfter = round1(first.second - slot.startSecond);
    }
    const length = slot.endSecond - slot.startSecond;
    let credit = 0;
    if (shownAfter !== null) {
      credit = shownAfter <= slot.graceSeconds ? 1 : Math.max(0, 1 - (shownAfter - slot.graceSeconds) / Math.max(0.001, length - slot.graceSeconds));
    }
    return { code: slot.code, shownAfterSeconds: shownAfter, credit };
  });
}
