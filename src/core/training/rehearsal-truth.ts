// What a rehearsal's simulated audience really wanted, from the simulator's
// ground truth (ORDER-GRAMMAR.md semantics): orders add up per viewer and
// product; a cancel naming products takes those back (a quantity, or all of
// it), a cancel naming none takes back the viewer's whole open order.
import type { ExpectedOrderLine } from './rehearsal-score';

export interface TruthComment {
  /** The chat message id the comment was sent with. */
  ref: string;
  userId: string;
  userName: string;
  text: string;
  sentAt: string;
  truth: { intent: 'order' | 'cancel' | 'question' | 'contact' | 'other'; items: readonly { code: string; qty: number | null }[] };
}

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
        if (line) line.qty += item.qty ?? 1;
        else lines.set(k, { userId: comment.userId, userName: comment.userName, code: item.code.toUpperCase(), qty: item.qty ?? 1, sentAt: comment.sentAt });
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
