// Scoring a rehearsal: what the simulated audience really wanted (its ground
// truth) against what ended up in the order book for that practice session,
// and how quickly the learner answered the audience's questions.

export interface ExpectedOrderLine {
  /** The simulated viewer's platform user id. */
  userId: string;
  userName: string;
  code: string;
  /** Net quantity the viewer wanted (after their own changes and cancels). */
  qty: number;
  /** When the viewer first asked for it (ISO). */
  sentAt: string;
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

export interface RehearsalMistake {
  kind: 'missed' | 'wrong-quantity' | 'extra' | 'unanswered';
  userName: string;
  code?: string;
  expectedQty?: number;
  capturedQty?: number;
  question?: string;
}

export interface RehearsalScore {
  score: number;
  orders: { expected: number; captured: number; wrongQuantity: number; missed: number; extra: number; medianCaptureSeconds: number | null };
  questions: { asked: number; answered: number; medianAnswerSeconds: number | null; slowestAnswerSeconds: number | null };
  mistakes: RehearsalMistake[];
}

/** Full marks for an answer within this many seconds; nothing after SLOW_SECONDS. */
export const FAST_SECONDS = 30;
export const SLOW_SECONDS = 120;
const POINTS = { orders: 60, answered: 25, speed: 15, extraPenalty: 5, maxExtraPenalty: 20 } as const;

const seconds = (from: string, to: string) => Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

const lineKey = (userId: string, code: string) => `${userId}\u0000${code.toUpperCase()}`;

export function scoreRehearsal(input: {
  expected: readonly ExpectedOrderLine[];
  captured: readonly CapturedOrderLine[];
  questions: readonly RehearsalQuestion[];
}): RehearsalScore {
  const wanted = new Map<string, { userName: string; code: string; qty: number; sentAt: string }>();
  for (const line of input.expected) {
    const k = lineKey(line.userId, line.code);
    const previous = wanted.get(k);
    wanted.set(k, {
      userName: line.userName,
      code: line.code.toUpperCase(),
      qty: (previous?.qty ?? 0) + line.qty,
      sentAt: previous && previous.sentAt < line.sentAt ? previous.sentAt : line.sentAt,
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
  let expected = 0;
  let captured = 0;
  let wrongQuantity = 0;
  let missed = 0;
  let extra = 0;
  const captureTimes: number[] = [];
  for (const [k, want] of wanted) {
    if (want.qty <= 0) continue;
    expected += 1;
    const have = got.get(k);
    if (!have) {
      missed += 1;
      mistakes.push({ kind: 'missed', userName: want.userName, code: want.code, expectedQty: want.qty, capturedQty: 0 });
    } else if (have.qty !== want.qty) {
      wrongQuantity += 1;
      mistakes.push({ kind: 'wrong-quantity', userName: want.userName, code: want.code, expectedQty: want.qty, capturedQty: have.qty });
    } else {
      captured += 1;
      captureTimes.push(seconds(want.sentAt, have.createdAt));
    }
  }
  for (const [k, have] of got) {
    if ((wanted.get(k)?.qty ?? 0) > 0 || have.qty <= 0) continue;
    extra += 1;
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

  const orderPoints = expected === 0 ? POINTS.orders : (POINTS.orders * captured) / expected;
  const penalty = Math.min(POINTS.maxExtraPenalty, extra * POINTS.extraPenalty);
  const answeredPoints = asked === 0 ? POINTS.answered : (POINTS.answered * answerTimes.length) / asked;
  const speedPoints = asked === 0 ? POINTS.speed : (POINTS.speed * answerTimes.reduce((sum, s) => sum + speedOf(s), 0)) / asked;
  const score = Math.max(0, Math.round(orderPoints + answeredPoints + speedPoints - penalty));

  return {
    score,
    orders: { expected, captured, wrongQuantity, missed, extra, medianCaptureSeconds: median(captureTimes) },
    questions: {
      asked,
      answered: answerTimes.length,
      medianAnswerSeconds: median(answerTimes),
      slowestAnswerSeconds: answerTimes.length === 0 ? null : Math.round(Math.max(...answerTimes) * 10) / 10,
    },
    mistakes,
  };
}
