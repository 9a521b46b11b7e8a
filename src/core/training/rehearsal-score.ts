// Scoring a rehearsal: what the simulated audience really wanted (its ground
// truth) against what ended up in the order book for that practice session.
// Only what depends on the learner earns points: orders that reach the book
// only through them (the run-of-show's product on screen in time for "+1",
// a name two products share settled from the review queue), review entries
// settled right, questions marked answered and how fast, each product of the
// run-of-show on screen in time. Orders the app takes by itself from a name
// or a code earn nothing; spoiling one (or adding an order nobody placed)
// costs points.
import { slotTimings, type RunOfShowSlot, type ShowcaseChange } from './run-of-show';
import { unitsBy } from '../orders/units-by';

export interface ExpectedOrderLine {
  /** The simulated viewer's platform user id. */
  userId: string;
  userName: string;
  code: string;
  /** Net quantity the viewer wanted (after their own changes and cancels). */
  qty: number;
  /** When the viewer first asked for it (ISO). */
  sentAt: string;
  /** 'learner': some of it reaches the book only through the learner; 'app': the parser takes it all by itself. */
  via: 'learner' | 'app';
}

export interface CapturedOrderLine {
  userId: string;
  code: string;
  qty: number;
  createdAt: string;
  cancelled: boolean;
}

export interface RehearsalQuestion {
  ref: string;
  userName: string;
  text: string;
  askedAt: string;
  /** When the learner answered or marked it answered; null when never. */
  answeredAt: string | null;
}

/** A review queue entry: how the learner left it, and what its comment wanted (null: not an order, dismissing is right). */
export interface ReviewOutcome {
  userName: string;
  text: string;
  status: 'open' | 'resolved' | 'dismissed';
  settled: readonly { code: string; qty: number }[];
  wanted: readonly { code: string; qty: number }[] | null;
}

export type MistakeKind = 'missed' | 'wrong-quantity' | 'extra' | 'unanswered' | 'review-open' | 'review-wrong' | 'late-showcase' | 'not-shown';

export interface RehearsalMistake {
  kind: MistakeKind;
  userName: string;
  code?: string;
  expectedQty?: number;
  capturedQty?: number;
  question?: string;
  /** late-showcase: seconds after its slot began. */
  seconds?: number;
}

export type ScorePart = 'orders' | 'review' | 'questions' | 'speed' | 'showcase';

export interface RehearsalScore {
  score: number;
  orders: {
    expected: number;
    captured: number;
    wrongQuantity: number;
    missed: number;
    extra: number;
    medianCaptureSeconds: number | null;
    /** Lines that needed the learner, and how many of those are right (buyer, product, quantity). */
    throughLearner: number;
    capturedThroughLearner: number;
    /** Lines the app takes by itself, and how many of those the learner spoilt. */
    automatic: number;
    spoiltAutomatic: number;
  };
  questions: { asked: number; answered: number; medianAnswerSeconds: number | null; slowestAnswerSeconds: number | null };
  review: { entries: number; settledRight: number; settledWrong: number; open: number };
  showcase: { slots: number; onTime: number; late: number; notShown: number; medianDelaySeconds: number | null };
  /** Points per part, out of its weight; a part with nothing to do is left out and the rest scaled to 100. */
  parts: { part: ScorePart; points: number; max: number }[];
  /** Points taken off for orders nobody placed and app-taken orders the learner spoilt. */
  penalty: number;
  mistakes: RehearsalMistake[];
}

/** Full marks for an answer within this many seconds; nothing after SLOW_SECONDS. */
export const FAST_SECONDS = 30;
export const SLOW_SECONDS = 120;
export const WEIGHTS: Record<ScorePart, number> = { orders: 35, review: 15, questions: 15, speed: 10, showcase: 25 };
const PENALTY = { each: 3, max: 20 } as const;

const seconds = (from: string, to: string) => Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);
const round1 = (value: number) => Math.round(value * 10) / 10;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return round1(value);
}

const lineKey = (userId: string, code: string) => `${userId}\u0000${code.toUpperCase()}`;
const itemsKey = (items: readonly { code: string; qty: number }[]) => {
  return [...unitsBy(items, (item) => item.code.toUpperCase())].sort(([a], [b]) => a.localeCompare(b)).map(([code, qty]) => `${code}×${qty}`).join(',');
};

export function scoreRehearsal(input: {
  expected: readonly ExpectedOrderLine[];
  captured: readonly CapturedOrderLine[];
  questions: readonly RehearsalQuestion[];
  reviews?: readonly ReviewOutcome[];
  runOfShow?: { slots: readonly RunOfShowSlot[]; changes: readonly ShowcaseChange[] };
}): RehearsalScore {
  const wanted = new Map<string, { userName: string; code: string; qty: number; sentAt: string; via: 'learner' | 'app' }>();
  for (const line of input.expected) {
    const k = lineKey(line.userId, line.code);
    const previous = wanted.get(k);
    wanted.set(k, {
      userName: line.userName,
      code: line.code.toUpperCase(),
      qty: (previous?.qty ?? 0) + line.qty,
      sentAt: previous && previous.sentAt < line.sentAt ? previous.sentAt : line.sentAt,
      via: previous?.via === 'learner' || line.via === 'learner' ? 'learner' : 'app',
    });
  }
  const got = new Map<string, { qty: number; createdAt: string }>();
  for (const line of input.captured) {
    if (line.cancelled) continue;
    const k = lineKey(line.userId, line.code);
    const previous = got.get(k);
    got.set(k, { qty: (previous?.qty ?? 0) + line.qty, createdAt: previous && previous.createdAt < line.createdAt ? previous.createdAt : line.createdAt });
  }

  const mistakes: RehearsalMistake[] = [];
  const orders = { expected: 0, captured: 0, wrongQuantity: 0, missed: 0, extra: 0, throughLearner: 0, capturedThroughLearner: 0, automatic: 0, spoiltAutomatic: 0 };
  const captureTimes: number[] = [];
  for (const [k, want] of wanted) {
    if (want.qty <= 0) continue;
    orders.expected += 1;
    if (want.via === 'learner') orders.throughLearner += 1;
    else orders.automatic += 1;
    const have = got.get(k);
    if (have && have.qty === want.qty) {
      orders.captured += 1;
      if (want.via === 'learner') orders.capturedThroughLearner += 1;
      captureTimes.push(seconds(want.sentAt, have.createdAt));
      continue;
    }
    if (want.via === 'app') orders.spoiltAutomatic += 1;
    if (!have) {
      orders.missed += 1;
      mistakes.push({ kind: 'missed', userName: want.userName, code: want.code, expectedQty: want.qty, capturedQty: 0 });
    } else {
      orders.wrongQuantity += 1;
      mistakes.push({ kind: 'wrong-quantity', userName: want.userName, code: want.code, expectedQty: want.qty, capturedQty: have.qty });
    }
  }
  for (const [k, have] of got) {
    if ((wanted.get(k)?.qty ?? 0) > 0 || have.qty <= 0) continue;
    orders.extra += 1;
    const [userId, code] = k.split('\u0000') as [string, string];
    const name = input.expected.find((line) => line.userId === userId)?.userName ?? userId;
    mistakes.push({ kind: 'extra', userName: name, code, expectedQty: 0, capturedQty: have.qty });
  }

  const answerTimes: number[] = [];
  for (const question of input.questions) {
    if (question.answeredAt === null) mistakes.push({ kind: 'unanswered', userName: question.userName, question: question.text });
    else answerTimes.push(seconds(question.askedAt, question.answeredAt));
  }
  const asked = input.questions.length;
  const speedOf = (s: number) => Math.min(1, Math.max(0, (SLOW_SECONDS - s) / (SLOW_SECONDS - FAST_SECONDS)));

  const review = { entries: 0, settledRight: 0, settledWrong: 0, open: 0 };
  for (const entry of input.reviews ?? []) {
    review.entries += 1;
    if (entry.status === 'open') {
      review.open += 1;
      mistakes.push({ kind: 'review-open', userName: entry.userName, question: entry.text });
      continue;
    }
    const right = entry.wanted === null ? entry.status === 'dismissed' : entry.status === 'resolved' && itemsKey(entry.settled) === itemsKey(entry.wanted);
    if (right) review.settledRight += 1;
    else {
      review.settledWrong += 1;
      mistakes.push({ kind: 'review-wrong', userName: entry.userName, question: entry.text });
    }
  }

  const slots = input.runOfShow?.slots ?? [];
  const timings = slotTimings(slots, input.runOfShow?.changes ?? []);
  const showcase = { slots: slots.length, onTime: 0, late: 0, notShown: 0, medianDelaySeconds: median(timings.flatMap((t) => (t.shownAfterSeconds === null ? [] : [t.shownAfterSeconds]))) };
  timings.forEach((timing, index) => {
    const slot = slots[index]!;
    if (timing.shownAfterSeconds === null) {
      showcase.notShown += 1;
      mistakes.push({ kind: 'not-shown', userName: '', code: slot.code });
    } else if (timing.shownAfterSeconds <= slot.graceSeconds) showcase.onTime += 1;
    else {
      showcase.late += 1;
      mistakes.push({ kind: 'late-showcase', userName: '', code: slot.code, seconds: timing.shownAfterSeconds });
    }
  });

  const share = (count: number, of: number) => (of === 0 ? null : count / of);
  const shares: Record<ScorePart, number | null> = {
    orders: share(orders.capturedThroughLearner, orders.throughLearner),
    review: share(review.settledRight, review.entries),
    questions: share(answerTimes.length, asked),
    speed: asked === 0 ? null : answerTimes.reduce((sum, s) => sum + speedOf(s), 0) / asked,
    showcase: slots.length === 0 ? null : timings.reduce((sum, t) => sum + t.credit, 0) / slots.length,
  };
  const parts = (Object.keys(WEIGHTS) as ScorePart[])
    .filter((part) => shares[part] !== null)
    .map((part) => ({ part, points: round1(WEIGHTS[part] * shares[part]!), max: WEIGHTS[part] }));
  const max = parts.reduce((sum, p) => sum + p.max, 0);
  const earned = parts.reduce((sum, p) => sum + p.points, 0);
  // Nothing the learner had to do (no order needed them, no question, no run-of-show): nothing to score them on.
  const base = max === 0 ? 0 : (100 * earned) / max;
  const penalty = Math.min(PENALTY.max, PENALTY.each * (orders.extra + orders.spoiltAutomatic));
  const score = Math.max(0, Math.min(100, Math.round(base - penalty)));

  return {
    score,
    orders: { ...orders, medianCaptureSeconds: median(captureTimes) },
    questions: {
      asked,
      answered: answerTimes.length,
      medianAnswerSeconds: median(answerTimes),
      slowestAnswerSeconds: answerTimes.length === 0 ? null : round1(Math.max(...answerTimes)),
    },
    review,
    showcase,
    parts,
    penalty,
    mistakes,
  };
}
