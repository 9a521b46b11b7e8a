// The ingest pipeline: every chat comment is stored in the raw chat log,
// parsed with the showcase of the moment it arrived, and acted on by the
// order book, in that order and in the same transaction.
//
// How a chat source uses it (src/adapters/chat/**, the simulator, replay):
//
//     const receipt = await app.context.ingest.submit(message, { sessionId });
//
// - `message` is a ChatMessage (src/core/chat/chat-message.ts), already
//   checked with chatMessageSchema where it came in from the network.
// - `sessionId` is optional: without it the open session is used, and one
//   is started when none is open.
// - The showcase is read when `submit` is called, not when the comment is
//   written, so "+1" orders what was on screen when the buyer typed it.
// - The promise resolves once the comment and everything it caused are
//   committed (durable across a crash of the app: SQLite WAL), with what
//   happened (`status: 'stored'` and the outcome, or `'duplicate'` when this
//   platform message id was stored before: nothing changes then). It rejects
//   only when the comment could not be stored at all.
// - Do not await each comment before submitting the next in a burst: calls
//   made close together share one transaction (group commit), which is what
//   keeps thousands of comments a second fast. Await when you need to know.
//
// Inside: comments queue up; each turn of the event loop takes what queued
// (at most maxBatch) and writes it as one transaction, in arrival order.
import type { Database } from 'better-sqlite3';
import type { ChatMessage } from '../../core/chat/chat-message';
import { planComment } from '../../core/orders/comment-plan';
import type { CommentOutcome } from '../../core/orders/comment-outcome';
import { RepeatFilter, repeatKey } from '../../core/orders/repeat-filter';
import type { CatalogEntry, ParseResult } from '../../core/parser/parse-result';
import type { ChatLogRepository } from '../../adapters/sqlite/chat-log-repository';
import type { ProductRepository } from '../../adapters/sqlite/product-repository';
import type { EventBus } from '../event-bus';
import { AppError } from '../errors';
import { ChangeSet } from './change-set';
import type { LiveStream } from './live-stream';
import type { OrderBook, ProductRequest } from './order-book';
import { ParserHost } from './parser-host';
import { UnitOfWork } from './unit-of-work';

export interface SubmitOptions {
  /** The stream session the comment belongs to; the open session when absent. */
  sessionId?: number;
  /**
   * Whose clock the order book writes for this comment: 'received' (the
   * default) is the app's, 'sent' the comment's own `sentAt`. A replay uses
   * 'sent', so its orders, status changes and stock ledger rows carry the
   * transcript's times, as the showcase timeline does, and its tally is what
   * the live stream would have given.
   */
  clock?: 'received' | 'sent';
}

export interface IngestReceipt {
  /** 'duplicate': this platform message id was stored before; nothing changed. */
  status: 'stored' | 'duplicate';
  chatMessageId: number;
  sessionId: number;
  /** What happened to it: null for a duplicate (see the first copy's outcome). */
  outcome: (CommentOutcome & { orderCode: string | null }) | null;
}

export interface IngestOptions {
  /** Most comments in one transaction; a burst larger than this is cut into several. */
  maxBatch?: number;
  /** The same buyer repeating the same text within this many ms counts once. */
  repeatWindowMs?: number;
  /** Called after each batch commits (the checkpointer keeps the WAL small during a burst). */
  onCommit?: () => void;
  /** Called once everything is written at close (stops helpers such as the checkpointer). */
  onClose?: () => void;
}

interface Pending {
  message: ChatMessage;
  sessionId: number;
  showcase: string | null;
  receivedAt: string;
  /** The order book's time for this comment when it is not the batch's (SubmitOptions.clock). */
  at: string | undefined;
  resolve(receipt: IngestReceipt): void;
  reject(error: unknown): void;
}

export interface IngestDependencies {
  db: Database;
  events: EventBus;
  live: LiveStream;
  orderBook: OrderBook;
  chatLog: ChatLogRepository;
  products: ProductRepository;
  /** Accounts the seller marked as the shop's own (helpers without moderator rights). */
  staff: { has(platform: string, userId: string): boolean };
  now: () => Date;
}

export class IngestService {
  private queue: Pending[] = [];
  private scheduled = false;
  private writing = false;
  private closed = false;
  private readonly idle: (() => void)[] = [];
  private readonly repeats: RepeatFilter;
  private readonly maxBatch: number;
  private readonly parser: ParserHost;
  private readonly unsubscribe: () => void;
  private readonly onClose: (() => void) | undefined;
  private readonly onCommit: (() => void) | undefined;

  constructor(
    private readonly deps: IngestDependencies,
    options: IngestOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 1000;
    this.onClose = options.onClose;
    this.onCommit = options.onCommit;
    this.repeats = new RepeatFilter(options.repeatWindowMs ?? 10_000);
    this.parser = new ParserHost(() =>
      deps.products.list().map((product): CatalogEntry => ({ code: product.code, name: product.name, unit: product.unit, aliases: product.aliases })),
    );
    this.unsubscribe = deps.events.subscribe((event) => {
      if (event.event !== 'catalogChanged') return;
      // A product added, renamed or given new aliases must be recognised from the next comment on.
      this.parser.catalogChanged();
      deps.live.forgetShowcases();
      // Stock added to a sold-out product goes to the buyers waiting for it.
      if (event.payload.reason !== 'deleted') {
        const productIds = event.payload.productIds;
        deps.orderBook.transact((uow) => deps.orderBook.promote(uow, productIds));
      }
    });
  }

  /** See the top of this file. */
  submit(message: ChatMessage, options: SubmitOptions = {}): Promise<IngestReceipt> {
    if (this.closed) {
      return Promise.reject(new AppError('INGEST_CLOSED', 'Ứng dụng đang đóng; bình luận chưa được lưu.', 'The app is closing; the comment was not stored.', 503));
    }
    let sessionId: number;
    try {
      sessionId = options.sessionId ?? this.deps.live.currentId();
      if (options.sessionId !== undefined && !this.deps.live.exists(options.sessionId)) {
        throw new AppError('SESSION_NOT_FOUND', `Không có phiên live #${options.sessionId}`, `There is no stream session #${options.sessionId}`, 404);
      }
    } catch (error) {
      return Promise.reject(error);
    }
    const showcase = this.deps.live.showcaseCode(sessionId);
    const sent = options.clock === 'sent' ? Date.parse(message.sentAt) : Number.NaN;
    const at = Number.isNaN(sent) ? undefined : new Date(sent).toISOString();
    return new Promise<IngestReceipt>((resolve, reject) => {
      this.queue.push({ message, sessionId, showcase, receivedAt: this.deps.now().toISOString(), at, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves when everything submitted so far is committed. */
  drain(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /** Comments not yet committed. */
  get pending(): number {
    return this.queue.length;
  }

  get repeatWindowMs(): number {
    return this.repeats.windowMs;
  }

  set repeatWindowMs(ms: number) {
    this.repeats.windowMs = Math.max(0, ms);
  }

  /** Writes everything not yet written, here and now, then refuses new comments. Call before closing the database. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    while (this.queue.length > 0 && !this.writing) this.writeNext();
    this.onClose?.();
    this.settleIdle();
  }

  private isIdle(): boolean {
    return this.queue.length === 0 && !this.writing;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate: everything that arrived in this turn of the event loop shares the transaction.
    setImmediate(() => {
      this.scheduled = false;
      if (!this.writing) this.writeNext();
      // One batch per turn: its receipts and events go out before the next batch is written.
      if (this.queue.length > 0) this.schedule();
    });
  }

  /** Writes the oldest queued comments (at most maxBatch) as one transaction. */
  private writeNext(): void {
    const items = this.queue.length <= this.maxBatch ? this.queue : this.queue.slice(0, this.maxBatch);
    this.queue = this.queue.length <= this.maxBatch ? [] : this.queue.slice(this.maxBatch);
    this.writing = true;
    try {
      this.write(items, items.map((item) => this.parser.parse(item.message.text, item.showcase)));
    } finally {
      this.writing = false;
      this.settleIdle();
    }
  }

  /** One group commit: the batch in one transaction, then its events and receipts. */
  private write(items: readonly Pending[], parsed: readonly ParseResult[]): void {
    const changes = new ChangeSet();
    let receipts: (IngestReceipt | Error)[];
    try {
      const uow = new UnitOfWork(this.deps.orderBook.repos, this.deps.orderBook.clock.stamp());
      receipts = this.deps.db
        .transaction(() => {
          const done = items.map((item, i) => this.process(item, parsed[i]!, uow));
          uow.finish();
          return done;
        })
        .immediate();
      this.repeats.commit();
      changes.merge(uow.changes);
      this.onCommit?.();
    } catch (error) {
      this.forgetUncommitted();
      // One comment the order book choked on must not lose the others: each alone now.
      console.error('[ingest] batch failed, retrying one by one:', error);
      receipts = items.map((item, i) => this.processAlone(item, parsed[i]!, changes));
    }
    try {
      this.deps.orderBook.announce(changes);
    } catch (error) {
      console.error('[ingest] announcing a batch failed:', error);
    }
    items.forEach((item, index) => {
      const receipt = receipts[index]!;
      if (receipt instanceof Error) item.reject(receipt);
      else item.resolve(receipt);
    });
  }

  private processAlone(item: Pending, parsed: ParseResult, changes: ChangeSet): IngestReceipt | Error {
    try {
      const uow = new UnitOfWork(this.deps.orderBook.repos, this.deps.orderBook.clock.stamp());
      const receipt = this.deps.db
        .transaction(() => {
          const done = this.process(item, parsed, uow);
          uow.finish();
          return done;
        })
        .immediate();
      this.repeats.commit();
      changes.merge(uow.changes);
      return receipt;
    } catch (error) {
      this.forgetUncommitted();
      console.error(`[ingest] comment ${item.message.platform}/${item.message.messageId} failed:`, error);
    }
    // Store it raw at least, marked as an error, so it is not lost and the seller can act on it by hand.
    try {
      const uow = new UnitOfWork(this.deps.orderBook.repos, this.deps.orderBook.clock.stamp());
      const receipt = this.deps.db
        .transaction(() => {
          const done = this.storeFailed(item, uow);
          uow.finish();
          return done;
        })
        .immediate();
      changes.merge(uow.changes);
      return receipt;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  private forgetUncommitted(): void {
    this.repeats.rollback();
    this.deps.orderBook.repos.customers.forgetRemembered();
  }

  private settleIdle(): void {
    if (!this.isIdle()) return;
    for (const resolve of this.idle.splice(0)) resolve();
  }

  /** Store, then act on the parse, then note the outcome: one comment, inside the batch's transaction. */
  private process(item: Pending, parsed: ParseResult, uow: UnitOfWork): IngestReceipt {
    const { message, sessionId, showcase } = item;
    const { chatLog, orderBook } = this.deps;
    uow.setClock(item.at);
    const { now, changes } = uow;
    const atMs = sentAtMs(message, item.receivedAt);
    const key = repeatKey(message.platform, message.userId, message.text);
    const chatMessageId = chatLog.append(sessionId, message, item.receivedAt);
    if (chatMessageId === undefined) {
      // Seen before (a reconnect or a replay after a crash): nothing changes, but its time
      // still counts for repeats so the comments after it are judged as the first time.
      this.repeats.remember(key, atMs);
      const first = chatLog.find(message.platform, message.messageId)!;
      return { status: 'duplicate', chatMessageId: first.id, sessionId: first.sessionId, outcome: null };
    }

    const { customers, reviews } = orderBook.repos;
    const customerId = customers.forIdentity(message.platform, message.userId, message.userName, now);
    const outcome: CommentOutcome = {
      intent: parsed.intent,
      items: parsed.items.length === 0 ? [] : parsed.items.map((entry) => ({ code: entry.code, qty: entry.qty })),
      phone: parsed.phone ?? parsed.renumbered ?? parsed.landline ?? null,
      showcase,
      action: 'none',
      orderId: null,
      customerId,
      detail: parsed.askedAbout && parsed.askedAbout.length > 0 ? { askedAbout: [...parsed.askedAbout] } : {},
    };
    let orderCode: string | null = null;

    if (this.repeats.check(key, atMs)) {
      outcome.action = 'duplicate';
    } else if (message.fromShop === true || this.deps.staff.has(message.platform, message.userId)) {
      // The shop's own voice (`đã ghi đơn chị Lan 2 hũ`, `admin: chốt 1 chai cho bạn Tuấn`): shown in the feed as read,
      // but no order, cancel or contact of the account that wrote it; the seller acts for the buyer by hand.
      // (A moderator as the platform says, or a helper's own account the seller marked.)
      outcome.detail.fromShop = true;
    } else {
      const address = typeof parsed.address === 'string' ? parsed.address.trim() : '';
      // Both are saved: a comment giving phone and address at once must keep the address too.
      // (a mobile of before 2018 by its number now, and a landline, only where the comment gives no mobile: the seller
      // can still call them)
      const phone = parsed.phone ?? parsed.renumbered ?? parsed.landline ?? null;
      const phoneChanged = phone !== null && customers.savePhone(customerId, phone, now);
      const addressChanged = address !== '' && customers.saveAddress(customerId, address, now);
      const contactChanged = phoneChanged || addressChanged;
      const plan = planComment(parsed);
      if (plan.kind === 'order') {
        const requests: ProductRequest[] = [];
        for (const { code, qty } of plan.items) {
          const product = uow.productByCode(code);
          if (product) requests.push({ product, qty });
        }
        const swapOut = byProductId(uow, plan.swapOut ?? []);
        if (requests.length < plan.items.length || swapOut.length < (plan.swapOut ?? []).length) {
          this.review(outcome, reviews.add(sessionId, chatMessageId, 'unknown-product', now), 'unknown-product', changes);
        } else {
          const request = { sessionId, customerId, items: requests, chatMessageId, source: 'chat' as const, platform: message.platform };
          const result = swapOut.length > 0 ? orderBook.swap(uow, request, swapOut, plan.sameCount === true) : orderBook.add(uow, request);
          if (plan.swapOut) outcome.detail.swappedOut = plan.swapOut.map(({ code, qty }) => ({ code, qty }));
          outcome.action = result.order ? 'ordered' : 'waitlisted';
          outcome.orderId = result.order?.id ?? null;
          orderCode = result.order?.code ?? null;
          if (result.waitlisted.length > 0) outcome.detail.waitlisted = result.waitlisted.map(({ code, qty }) => ({ code, qty }));
        }
      } else if (plan.kind === 'cancel') {
        const cancelled = plan.items === null ? null : byProductId(uow, plan.items);
        const result =
          cancelled !== null && cancelled.length === 0
            ? { orderId: null, orderCode: null, changed: false }
            : orderBook.cancel(uow, { sessionId, customerId, items: cancelled });
        outcome.action = result.changed ? 'cancelled' : 'nothing-to-cancel';
        outcome.orderId = result.orderId;
        orderCode = result.orderCode;
      } else if (plan.kind === 'cancel-units') {
        const showcaseProductId = showcase === null ? null : (uow.productByCode(showcase)?.id ?? null);
        const result = orderBook.cancelUnits(uow, { sessionId, customerId, qty: plan.qty, unit: plan.unit, showcaseProductId });
        if (result === 'unclear') {
          this.review(outcome, reviews.add(sessionId, chatMessageId, 'cancel', now), 'cancel', changes);
        } else {
          outcome.action = result.changed ? 'cancelled' : 'nothing-to-cancel';
          outcome.orderId = result.orderId;
          orderCode = result.orderCode;
          // the feed shows what was taken off, though the comment did not name it
          const product = result.productId === null ? undefined : uow.product(result.productId);
          if (product) outcome.items = [{ code: product.code, qty: plan.qty }];
        }
      } else if (plan.kind === 'review') {
        if (plan.reason === 'amount' && parsed.amount !== undefined) outcome.detail.amount = parsed.amount;
        this.review(outcome, reviews.add(sessionId, chatMessageId, plan.reason, now), plan.reason, changes);
      }
      if (contactChanged) {
        const open = uow.openOrder(sessionId, customerId);
        if (open) changes.order(open.id, 'customer-updated');
      }
    }

    uow.outcome(chatMessageId, outcome);
    // One object serves the feed's event and the receipt.
    const comment = {
      id: chatMessageId,
      sessionId,
      platform: message.platform,
      messageId: message.messageId,
      userId: message.userId,
      userName: message.userName,
      text: message.text,
      sentAt: message.sentAt,
      receivedAt: item.receivedAt,
      ...outcome,
      orderCode,
    };
    changes.comments.push(comment);
    return { status: 'stored', chatMessageId, sessionId, outcome: comment };
  }

  private review(outcome: CommentOutcome, reviewId: number, reason: string, changes: ChangeSet): void {
    outcome.action = 'review';
    outcome.detail.reviewId = reviewId;
    outcome.detail.reviewReason = reason;
    changes.reviews.push({ id: reviewId, change: 'added' });
  }

  /** The comment alone, its outcome 'error': stored even when acting on it failed. */
  private storeFailed(item: Pending, uow: UnitOfWork): IngestReceipt {
    const { chatLog } = this.deps;
    const chatMessageId = chatLog.append(item.sessionId, item.message, item.receivedAt);
    if (chatMessageId === undefined) {
      const first = chatLog.find(item.message.platform, item.message.messageId)!;
      return { status: 'duplicate', chatMessageId: first.id, sessionId: first.sessionId, outcome: null };
    }
    const outcome: CommentOutcome = { intent: 'other', items: [], phone: null, showcase: item.showcase, action: 'error', orderId: null, customerId: null, detail: {} };
    uow.outcome(chatMessageId, outcome);
    uow.changes.comments.push({
      id: chatMessageId,
      sessionId: item.sessionId,
      platform: item.message.platform,
      messageId: item.message.messageId,
      userId: item.message.userId,
      userName: item.message.userName,
      text: item.message.text,
      sentAt: item.message.sentAt,
      receivedAt: item.receivedAt,
      ...outcome,
      orderCode: null,
    });
    return { status: 'stored', chatMessageId, sessionId: item.sessionId, outcome: { ...outcome, orderCode: null } };
  }
}

function sentAtMs(message: ChatMessage, receivedAt: string): number {
  const sent = Date.parse(message.sentAt);
  return Number.isNaN(sent) ? Date.parse(receivedAt) : sent;
}

/** Cancel and swap lines by product id; codes no longer in the catalog are left out (callers compare the counts). */
function byProductId(uow: UnitOfWork, items: readonly { code: string; qty: number | null }[]): { productId: number; qty: number | null }[] {
  return items.flatMap(({ code, qty }) => {
    const product = uow.productByCode(code);
    return product ? [{ productId: product.id, qty }] : [];
  });
}
