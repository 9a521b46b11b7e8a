// What the order book did with one comment, as stored beside it and shown in the feed.
import type { Intent } from '../parser/parse-result';

export const commentActions = [
  'none', // a question, contact details, chatter
  'ordered', // items went into the buyer's order (some may also wait: see detail.waitlisted)
  'waitlisted', // everything asked for is sold out: the buyer waits in line
  'cancelled', // the buyer's order (or part of it) was taken back
  'nothing-to-cancel', // a cancel from a buyer with no open order
  'review', // the parser was unsure: the seller decides
  'duplicate', // the same buyer sent the same text moments ago: counted once
  'error', // stored, but acting on it failed (see the log); the seller can redo it by hand
] as const;
export type CommentAction = (typeof commentActions)[number];

export interface CodeQty {
  code: string;
  qty: number | null;
}

export interface CommentDetail {
  /** Units that joined the waitlist because stock ran out. */
  waitlisted?: { code: string; qty: number }[];
  /** The review queue entry this comment opened. */
  reviewId?: number;
  reviewReason?: string;
  /** With reviewReason 'amount' (`lấy 1 củ mật ong`): the money the buyer named, in đồng, for the seller to turn into a count. */
  amount?: number;
  /** Products a question asked about: feeds auto-showcase. */
  askedAbout?: string[];
  /** A swap (`đổi trà xanh sang trà sen`): what came off the order for the new items (qty null: all of it). */
  swappedOut?: CodeQty[];
  /** The channel's owner or a moderator wrote it: shown, never acted on as an order, a cancel or a buyer's contact. */
  fromShop?: boolean;
}

export interface CommentOutcome {
  intent: Intent;
  items: CodeQty[];
  phone: string | null;
  showcase: string | null;
  action: CommentAction;
  orderId: number | null;
  customerId: number | null;
  detail: CommentDetail;
}
