// What a rehearsal's simulated audience really wanted, from the simulator's
// ground truth (ORDER-GRAMMAR.md semantics): orders add up per viewer and
// product; a cancel naming products takes those back (a quantity, or all of
// it), a cancel naming none takes back the viewer's whole open order.
// Each line also says whether it reaches the book only through the learner
// (a "+1" on the product the run-of-show presents, a name two products share)
// or the app takes it by itself (a name or a code).
import type { ExpectedOrderLine, ReviewOutcome } from './rehearsal-score';

export interface TruthComment {
  /** The chat message id the comment was sent with. */
  ref: string;
  userId: string;
  userName: string;
  text: string;
  sentAt: string;
  truth: {
    intent: 'order' | 'cancel' | 'question' | 'contact' | 'other';
    items: readonly { code: string; qty: number | null }[];
    /** The simulator's phrasing; `showcase:*` and `review:*` orders need the learner. */
    kind?: string;
  };
}

const throughLearner = (kind: string | undefined) => kind !== undefined && (kind.startsWith('showcase:') || kind.startsWith('review:'));

export interface ExpectedQuestion {
  ref: string;
  userName: string;
  text: string;
  askedAt: string;
}

export function expectationsFromTruth(comments: readonly TruthComment[]): { orders: ExpectedOrderLine[]; questions: ExpectedQuestion[] } {
  const lines = new Map<string, ExpectedOrderLine>();
  const questions: ExpectedQuestion[] = [];
  const key = (userId: string, code: string) => `${userId}\u0000${code.toUpperCase()}`;
  const ordered = [...comments].sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  for (const comment of ordered) {
    const { intent, items } = comment.truth;
    if (intent === 'question') {
      questions.push({ ref: comment.ref, userName: comment.userName, text: comment.text, askedAt: comment.sentAt });
    } else if (intent === 'order') {
      for (const item of items) {
        const k = key(comment.userId, item.code);
        const line = lines.get(k);
        const via = throughLearner(comment.truth.kind) ? 'learner' : 'app';
        if (line) {
          line.qty += item.qty ?? 1;
          if (via === 'learner') line.via = 'learner';
        } else {
          lines.set(k, { userId: comment.userId, userName: comment.userName, code: item.code.toUpperCase(), qty: item.qty ?? 1, sentAt: comment.sentAt, via });
        }
      }
    } else if (intent === 'cancel') {
      const targets =
        items.length > 0
          ? items.map((item) => ({ line: lines.get(key(comment.userId, item.code)), qty: item.qty }))
          : [...lines.values()].filter((line) => line.userId === comment.userId).map((line) => ({ line, qty: null }));
      for (const { line, qty } of targets) if (line) line.qty = qty === null ? 0 : Math.max(0, line.qty - qty);
    }
  }
  return { orders: [...lines.values()], questions };
}

/** A review queue entry of the rehearsal as the learner left it, by the chat message it holds. */
export interface ReviewEntryState {
  ref: string;
  status: 'open' | 'resolved' | 'dismissed';
  /** What the learner settled it as (resolved). */
  items: readonly { code: string; qty: number }[];
}

/** Each review entry with what its comment really wanted: an order's products, or nothing (to be dismissed). */
export function reviewsAgainstTruth(comments: readonly TruthComment[], entries: readonly ReviewEntryState[]): ReviewOutcome[] {
  const byRef = new Map(comments.map((comment) => [comment.ref, comment]));
  return entries.flatMap((entry) => {
    const comment = byRef.get(entry.ref);
    if (!comment) return []; // not the audience's (a comment typed into the session by hand)
    const wanted =
      comment.truth.intent === 'order' ? comment.truth.items.map((item) => ({ code: item.code.toUpperCase(), qty: item.qty ?? 1 })) : null;
    return [{ userName: comment.userName, text: comment.text, status: entry.status, settled: entry.items.map((i) => ({ code: i.code.toUpperCase(), qty: i.qty })), wanted }];
  });
}
