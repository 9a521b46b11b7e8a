// A rehearsal: a practice stream session in which the simulator plays the
// audience at a chosen pace. Its comments go through the real ingest, so the
// learner works in the real Live console (showcase, review queue, manual
// orders); questions are marked answered in the rehearsal panel. Finishing
// scores the session against the simulator's ground truth and keeps the score.
//
// The audience follows a run-of-show (which product is presented when, shown
// in the rehearsal panel): its "+1" and "chốt" are for that product, so the
// learner has to put it on screen in time, or those orders land on the wrong
// product or in the review queue. Some comments only the review queue can
// settle (a name two products share), and there are questions to answer.
//
// A rehearsal never touches a real stream: it refuses to start while a real
// live session is open, and when it finishes or is abandoned (or the app
// closes, or the app a seller works in finds one left behind by a crash)
// every unit of stock its practice orders reserved goes back through the
// order book.
//
// On a machine whose catalog is empty the learner can rehearse with the
// shipped sample catalog: its products are added for the rehearsal only (the
// Live screen needs them to showcase and settle orders) and removed from the
// catalog again with the rest of the practice (soft delete: the practice
// orders keep pointing at them), so the seller's catalog is empty again.
import { randomBytes } from 'node:crypto';
import { CommentGenerator, REHEARSAL_MIX, type SimulatedComment } from '../../adapters/chat/simulator/comment-generator';
import { SeededRandom } from '../../adapters/chat/simulator/seeded-random';
import { capturedLines, reviewEntries, showcaseChanges } from '../../adapters/training/rehearsal-book';
import { LearnerStore } from '../../adapters/training/learner-store';
import { readSampleCatalog } from '../../adapters/training/sample-catalog';
import { expectationsFromTruth, reviewsAgainstTruth, type TruthComment } from '../../core/training/rehearsal-truth';
import { scoreRehearsal, type RehearsalScore } from '../../core/training/rehearsal-score';
import { planRunOfShow, presentedAt, type RunOfShowSlot } from '../../core/training/run-of-show';
import type { CatalogEntry } from '../../core/parser/parse-result';
import type { AppContext } from '../app-context';
import type { SourcePlatform } from '../contract/sources';
import { AppError, notFound } from '../errors';
import { isRealChatPlatform, PLATFORM_LABEL } from '../sources/source-manager';

export interface RehearsalOptions {
  learnerId: number;
  commentsPerMinute: number;
  minutes: number;
  seed?: number;
  /** Rehearse with the shipped sample products, added for this rehearsal only (the catalog must be empty). */
  sampleCatalog?: boolean;
}

export interface RehearsalStatus {
  learnerId: number;
  learnerName: string;
  sessionId: number;
  commentsPerMinute: number;
  minutes: number;
  startedAt: string;
  /** Seconds since the start, by the app's clock, when this status was made. */
  elapsedSeconds: number;
  sent: number;
  planned: number;
  audienceDone: boolean;
  /** The sample products are in the catalog for this rehearsal only. */
  sampleCatalog: boolean;
  runOfShow: RunOfShowSlot[];
  questions: { ref: string; userName: string; text: string; askedAt: string; answeredAt: string | null }[];
}

/** How often the audience checks whether a comment is due (the clock, not this, sets the pace). */
const TICK_MS = 100;

interface Sent {
  ref: string;
  sentAt: string;
  comment: SimulatedComment;
}

interface Run {
  options: RehearsalOptions;
  learnerName: string;
  sessionId: number;
  sampleProductIds: number[];
  startedAt: string;
  startMs: number;
  planned: number;
  /** Milliseconds between comments. */
  spacingMs: number;
  slots: RunOfShowSlot[];
  generator: CommentGenerator;
  idPrefix: string;
  sent: Sent[];
  answered: Map<string, string>;
  pending: Set<Promise<unknown>>;
  timer: NodeJS.Timeout | undefined;
}

// One rehearsal service per app: the Live and Training handlers and the app's close share it.
const services = new WeakMap<AppContext, RehearsalService>();

export function rehearsalServiceOf(ctx: AppContext): RehearsalService {
  let service = services.get(ctx);
  if (!service) {
    service = new RehearsalService(ctx);
    services.set(ctx, service);
  }
  return service;
}

/** The rehearsal running in this app, if any (without creating the service). */
export function runningRehearsal(ctx: AppContext): RehearsalStatus | null {
  return services.get(ctx)?.status() ?? null;
}

/**
 * Gives back what rehearsals left behind: practice orders still holding stock,
 * waits still in line, a practice session still open (a crash, or a rehearsal
 * from before stock was given back). Run when the app a seller works in opens
 * (createApp's recoverCrashedRehearsals) and before a rehearsal starts; never
 * by a command that only visits the book, which cannot tell a crashed
 * rehearsal from one another app is running. A real session is never touched.
 */
export function releaseLeftoverRehearsals(ctx: AppContext): number[] {
  const ids = ctx.db
    .prepare(
      `SELECT s.id FROM stream_sessions s
       WHERE s.kind = 'rehearsal'
         AND (s.ended_at IS NULL
              OR EXISTS (SELECT 1 FROM orders o WHERE o.session_id = s.id AND o.status <> 'cancelled')
              OR EXISTS (SELECT 1 FROM waitlist w WHERE w.session_id = s.id AND w.status = 'waiting'))
       ORDER BY s.id`,
    )
    .pluck()
    .all() as number[];
  for (const id of ids) releaseRehearsalSession(ctx, id);
  return ids;
}

/**
 * Real buyers' comments must never land in a practice session: a real chat
 * source is refused while this app runs a rehearsal, and into a rehearsal's
 * session whoever runs it (another app on the book, or one a crash left open,
 * which the app ends when it next opens). The simulator and transcripts may.
 */
export function refuseRealChatInRehearsal(ctx: AppContext, platform: SourcePlatform, sessionId: number): void {
  if (!isRealChatPlatform(platform)) return;
  const name = PLATFORM_LABEL[platform];
  const running = runningRehearsal(ctx);
  if (running) {
    throw new AppError(
      'REHEARSAL_NO_REAL_CHAT',
      `Đang diễn tập (${running.learnerName}): không kết nối bình luận thật từ ${name}, vì bình luận của người mua thật sẽ lẫn vào buổi tập. Hãy kết thúc hoặc bỏ buổi diễn tập trước, rồi mở phiên live và kết nối lại.`,
      `A rehearsal is running (${running.learnerName}): real chat from ${name} is not connected, as real buyers' comments would mix into the practice. Finish or abandon the rehearsal first, then start the live session and connect again.`,
      409,
      { platform },
    );
  }
  const session = ctx.live.get(sessionId);
  if (session?.kind === 'rehearsal' && session.endedAt === null) {
    throw new AppError(
      'REHEARSAL_NO_REAL_CHAT',
      `Phiên “${session.name}” là một buổi diễn tập: không đưa bình luận thật từ ${name} vào đó. Hãy kết thúc hoặc bỏ buổi diễn tập trong ứng dụng trước (một buổi bị bỏ dở vì máy tắt đột ngột sẽ được kết thúc khi mở lại ứng dụng), hoặc chọn một phiên live khác.`,
      `The session “${session.name}” is a rehearsal: real chat from ${name} does not go into it. Finish or abandon the rehearsal in the app first (one cut short by a crash is ended when the app next opens), or choose another live session.`,
      409,
      { platform, sessionId },
    );
  }
}

/** The session's notes name the learner and, for a sample-catalog rehearsal, the sample products it added. */
const sessionNotes = (learnerId: number, sampleIds: readonly number[]) =>
  `learner ${learnerId}${sampleIds.length > 0 ? `; sample products ${sampleIds.join(',')}` : ''}`;
const sampleIdsIn = (notes: string) => (/sample products ([\d,]+)/.exec(notes)?.[1] ?? '').split(',').filter((id) => id !== '').map(Number);

/**
 * Cancels a practice session's orders and waits through the order book
 * (stock and ledger follow), takes the sample products it added out of the
 * catalog, and ends it: one transaction.
 */
export function releaseRehearsalSession(ctx: AppContext, sessionId: number): void {
  const session = ctx.live.get(sessionId);
  if (!session || session.kind !== 'rehearsal') return;
  const now = ctx.now().toISOString();
  const removed = ctx.db.transaction(() => {
    ctx.orderBook.cancelSession(sessionId);
    const gone = sampleIdsIn(session.notes).filter((id) => ctx.products.delete(id, now) !== undefined);
    if (session.endedAt === null) ctx.live.end(sessionId);
    return gone;
  })();
  if (removed.length > 0) ctx.events.emit('catalogChanged', { reason: 'deleted', productIds: removed });
}

/** Adds the shipped sample products (inside the caller's transaction) and gives their ids. */
function addSampleProducts(ctx: AppContext): number[] {
  const products = readSampleCatalog();
  ctx.products.import(products, ctx.now().toISOString());
  return products.map((p) => ctx.products.findByCode(p.code)!.id);
}

export class RehearsalService {
  private run: Run | null = null;

  constructor(private readonly ctx: AppContext) {}

  status(): RehearsalStatus | null {
    const run = this.run;
    if (!run) return null;
    return {
      learnerId: run.options.learnerId,
      learnerName: run.learnerName,
      sessionId: run.sessionId,
      commentsPerMinute: run.options.commentsPerMinute,
      minutes: run.options.minutes,
      startedAt: run.startedAt,
      elapsedSeconds: Math.max(0, Math.round((this.ctx.now().getTime() - run.startMs) / 100) / 10),
      sent: run.sent.length,
      planned: run.planned,
      audienceDone: run.sent.length >= run.planned,
      sampleCatalog: run.sampleProductIds.length > 0,
      runOfShow: run.slots,
      questions: run.sent
        .filter((sent) => sent.comment.truth.intent === 'question')
        .map((sent) => ({
          ref: sent.ref,
          userName: sent.comment.userName,
          text: sent.comment.text,
          askedAt: sent.sentAt,
          answeredAt: run.answered.get(sent.ref) ?? null,
        })),
    };
  }

  start(options: RehearsalOptions): RehearsalStatus {
    if (this.run) {
      throw new AppError(
        'REHEARSAL_RUNNING',
        `Đang có buổi diễn tập của ${this.run.learnerName}; hãy kết thúc buổi đó trước.`,
        `${this.run.learnerName}'s rehearsal is running; finish it first.`,
        409,
      );
    }
    const learner = new LearnerStore(this.ctx.db).get(options.learnerId);
    if (!learner) throw notFound('học viên', 'Learner');
    // Real chat still connected: refused rather than cut, since a seller who clicked by mistake mid-stream would lose real orders.
    const realChat = this.ctx.sources.list().filter((view) => isRealChatPlatform(view.platform) && view.state.kind !== 'ended' && view.state.kind !== 'failed');
    if (realChat.length > 0) {
      const names = realChat.map((view) => `${PLATFORM_LABEL[view.platform]} “${view.target}”`).join(', ');
      throw new AppError(
        'REAL_CHAT_CONNECTED',
        `Đang nhận bình luận thật từ ${names}. Buổi diễn tập không tự ngắt các nguồn này, để không bỏ lỡ đơn của người mua thật: hãy ngắt kết nối chúng (hoặc kết thúc phiên live) rồi mới diễn tập.`,
        `Real chat is connected: ${names}. A rehearsal does not disconnect it for you, so no real buyer's order is missed: disconnect those sources (or end the live session), then rehearse.`,
        409,
        { sources: realChat.map((view) => view.id) },
      );
    }
    const open = this.ctx.live.current();
    if (open && open.kind !== 'rehearsal') {
      throw new AppError(
        'LIVE_SESSION_OPEN',
        `Phiên live thật “${open.name}” đang mở. Hãy kết thúc phiên live trước rồi mới diễn tập: buổi diễn tập dùng màn hình Live với khán giả giả lập và không được lẫn vào đơn thật.`,
        `The real live session “${open.name}” is open. End the live first, then rehearse: a rehearsal uses the Live screen with a simulated audience and must not mix with real orders.`,
        409,
      );
    }
    // A practice session left open (a crash): its stock (and any sample products) go back before a new one starts.
    releaseLeftoverRehearsals(this.ctx);
    const existing = this.ctx.products.list();
    if (options.sampleCatalog && existing.length > 0) {
      throw new AppError(
        'CATALOG_NOT_EMPTY',
        `Danh mục đã có ${existing.length} sản phẩm: hãy diễn tập với sản phẩm của bạn (danh mục mẫu chỉ dùng khi danh mục còn trống).`,
        `The catalog already has ${existing.length} product(s): rehearse with your own products (the sample catalog is only for an empty catalog).`,
        409,
      );
    }
    if (!options.sampleCatalog && existing.length === 0) {
      throw new AppError(
        'REHEARSAL_NEEDS_PRODUCTS',
        'Danh mục chưa có sản phẩm nào để khán giả giả lập đặt hàng. Thêm sản phẩm, nhập CSV, hoặc chọn “Dùng danh mục mẫu để diễn tập”.',
        'The catalog has no products for the simulated audience to order. Add products, import a CSV, or choose “Rehearse with the sample catalog”.',
        409,
      );
    }
    const now = this.ctx.now();
    const seed = options.seed ?? (now.getTime() % 1_000_000) + 1;
    const { session, sampleProductIds } = this.ctx.db.transaction(() => {
      const sampleIds = options.sampleCatalog ? addSampleProducts(this.ctx) : [];
      const started = this.ctx.live.start({
        name: `Diễn tập · ${learner.name} · ${now.toISOString().slice(0, 16).replace('T', ' ')}`,
        kind: 'rehearsal',
        notes: sessionNotes(learner.id, sampleIds),
      });
      return { session: started, sampleProductIds: sampleIds };
    })();
    if (sampleProductIds.length > 0) this.ctx.events.emit('catalogChanged', { reason: 'imported', productIds: sampleProductIds });
    const products = this.ctx.products.list();
    const catalog = products.map((p): CatalogEntry => ({ code: p.code, name: p.name, unit: p.unit, aliases: p.aliases }));
    const planned = Math.max(1, Math.round(options.commentsPerMinute * options.minutes));
    const runOfShowRandom = new SeededRandom(seed ^ 0x5eed);
    const run: Run = {
      options,
      learnerName: learner.name,
      sessionId: session.id,
      sampleProductIds,
      startedAt: now.toISOString(),
      startMs: now.getTime(),
      planned,
      spacingMs: 60_000 / options.commentsPerMinute,
      slots: planRunOfShow(products, options.minutes * 60, () => runOfShowRandom.next()),
      generator: new CommentGenerator({ catalog, seed, mix: REHEARSAL_MIX }),
      idPrefix: `reh-${session.id}-${randomBytes(3).toString('hex')}`,
      sent: [],
      answered: new Map(),
      pending: new Set(),
      timer: undefined,
    };
    this.run = run;
    run.timer = setInterval(() => this.tick(run), TICK_MS);
    run.timer.unref();
    this.changed();
    return this.status()!;
  }

  answer(questionRef: string, answered: boolean): RehearsalStatus {
    const run = this.requireRun();
    if (!run.sent.some((sent) => sent.ref === questionRef)) throw notFound('câu hỏi này trong buổi diễn tập', 'This rehearsal question');
    if (answered) run.answered.set(questionRef, this.ctx.now().toISOString());
    else run.answered.delete(questionRef);
    this.changed();
    return this.status()!;
  }

  /** Stops the audience, waits for its last comments to be stored, scores, keeps the score, then gives the practice stock back. */
  async finish(): Promise<{ id: number; learnerId: number; sessionId: number; at: string; score: RehearsalScore }> {
    const run = this.requireRun();
    const elapsedSeconds = (this.ctx.now().getTime() - run.startMs) / 1000;
    await this.stop(run);
    let result: { id: number; at: string; score: RehearsalScore };
    try {
      result = this.score(run, elapsedSeconds);
    } finally {
      // Scored from the book as the learner left it; only then, and even if scoring failed, do the practice orders give their stock back.
      releaseRehearsalSession(this.ctx, run.sessionId);
      this.changed();
    }
    this.ctx.events.emit('learnerChanged', { learnerId: run.options.learnerId, reason: 'rehearsal' });
    return { id: result.id, learnerId: run.options.learnerId, sessionId: run.sessionId, at: result.at, score: result.score };
  }

  /** The practice against the audience's ground truth, kept in the learner's history. */
  private score(run: Run, elapsedSeconds: number): { id: number; at: string; score: RehearsalScore } {
    const comments: TruthComment[] = run.sent.map(({ ref, sentAt, comment }) => ({
      ref,
      userId: comment.userId,
      userName: comment.userName,
      text: comment.text,
      sentAt,
      truth: { intent: comment.truth.intent, items: comment.truth.items, kind: comment.truth.kind },
    }));
    const expected = expectationsFromTruth(comments);
    const viewers = [...new Map(comments.map((c) => [c.userId, { userId: c.userId, userName: c.userName }])).values()];
    const { db } = this.ctx;
    const score = scoreRehearsal({
      expected: expected.orders,
      captured: capturedLines(db, run.sessionId, viewers),
      questions: expected.questions.map((q) => ({ ...q, answeredAt: run.answered.get(q.ref) ?? null })),
      reviews: reviewsAgainstTruth(comments, reviewEntries(db, run.sessionId)),
      // A product whose turn had not come when the learner finished is not held against them.
      runOfShow: { slots: run.slots.filter((slot) => slot.startSecond + slot.graceSeconds <= elapsedSeconds), changes: showcaseChanges(db, run.sessionId, run.startedAt) },
    });
    const at = this.ctx.now().toISOString();
    const id = new LearnerStore(db).addRehearsal(run.options.learnerId, run.sessionId, score, at);
    return { id, at, score };
  }

  /** Stops without a score: the audience leaves, the practice orders give their stock back, the session ends. */
  async abandon(): Promise<{ sessionId: number }> {
    const run = this.requireRun();
    await this.stop(run);
    releaseRehearsalSession(this.ctx, run.sessionId);
    this.changed();
    return { sessionId: run.sessionId };
  }

  /**
   * The app is closing: the audience stops at once, nothing is scored. The
   * comments already sent are written by the ingest's own close, after which
   * the app gives the practice stock back (releaseRehearsal of the session
   * returned here, null when nothing was rehearsing).
   */
  closeNow(): number | null {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const run = this.run;
    this.run = null;
    if (run?.timer) clearInterval(run.timer);
    return run?.sessionId ?? null;
  }

  /** Sends every comment due by the app's clock, each stamped with its own time on the rehearsal's schedule. */
  private tick(run: Run): void {
    if (this.run !== run) return;
    const due = Math.min(run.planned, Math.floor((this.ctx.now().getTime() - run.startMs) / run.spacingMs));
    if (due <= run.sent.length) return;
    while (run.sent.length < due) {
      const atMs = run.startMs + (run.sent.length + 1) * run.spacingMs;
      const comment = run.generator.next(presentedAt(run.slots, (atMs - run.startMs) / 1000), atMs);
      const sent: Sent = { ref: `${run.idPrefix}-${comment.seq}`, sentAt: new Date(atMs).toISOString(), comment };
      run.sent.push(sent);
      const submitted = this.ctx.ingest
        .submit(
          { platform: 'simulator', messageId: sent.ref, userId: comment.userId, userName: comment.userName, text: comment.text, sentAt: sent.sentAt },
          { sessionId: run.sessionId },
        )
        .catch((error: unknown) => {
          // The app is closing (or the book cannot be written): the audience stops rather than shouting into the void.
          console.error('[rehearsal] a simulated comment was not stored', error);
          if (run.timer) clearInterval(run.timer);
        });
      run.pending.add(submitted);
      void submitted.finally(() => run.pending.delete(submitted));
    }
    if (run.sent.length >= run.planned && run.timer) clearInterval(run.timer);
    this.changed();
  }

  /** The audience stops and its last comments are stored; the run is over. */
  private async stop(run: Run): Promise<void> {
    if (run.timer) clearInterval(run.timer);
    if (this.run === run) this.run = null;
    await Promise.all([...run.pending]);
  }

  private requireRun(): Run {
    if (!this.run) throw new AppError('NO_REHEARSAL', 'Không có buổi diễn tập nào đang chạy.', 'No rehearsal is running.', 409);
    return this.run;
  }

  private lastEmit = 0;
  private timer: NodeJS.Timeout | undefined;

  /** At most a few updates a second: a busy audience must not flood the UI. */
  private changed(): void {
    const emit = () => {
      this.timer = undefined;
      this.lastEmit = Date.now();
      this.ctx.events.emit('rehearsalChanged', { rehearsal: this.status() });
    };
    if (this.timer) return;
    const wait = Math.max(0, 250 - (Date.now() - this.lastEmit));
    if (wait === 0) emit();
    else this.timer = setTimeout(emit, wait);
  }
}
