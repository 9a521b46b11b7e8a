// The stream being run: which session is open and which product is on
// screen. Both are read on every comment, so they are kept in memory and
// written through to SQLite when they change.
import type { Product } from '../../core/catalog/product';
import type { ProductRepository } from '../../adapters/sqlite/product-repository';
import type { SessionKind, SessionRepository, StreamSession } from '../../adapters/sqlite/session-repository';
import type { ShowcaseRepository } from '../../adapters/sqlite/showcase-repository';
import type { EventBus } from '../event-bus';
import { AppError, notFound } from '../errors';

export interface ShowcaseState {
  sessionId: number;
  product: Product | null;
  at: string;
}

/** "Live 20:15 22/11/2026" in the machine's own time zone: what a seller recognises in a list. */
export function defaultSessionName(at: Date): string {
  const time = at.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false });
  const day = at.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
  return `Live ${time} ${day}`;
}

export class LiveStream {
  /** undefined: not looked up yet; null: no session open. */
  private openId: number | null | undefined;
  private readonly showcaseCodes = new Map<number, string | null>();
  /** Sessions known to exist: every comment names one, and sessions are never deleted. */
  private readonly known = new Set<number>();

  constructor(
    private readonly sessions: SessionRepository,
    private readonly showcases: ShowcaseRepository,
    private readonly products: ProductRepository,
    private readonly events: EventBus,
    private readonly now: () => Date,
  ) {}

  /** The open session, if any. */
  current(): StreamSession | undefined {
    if (this.openId === undefined) this.openId = this.sessions.open()?.id ?? null;
    return this.openId === null ? undefined : this.sessions.get(this.openId);
  }

  /** The open session's id; a comment arriving with none open starts one. */
  currentId(): number {
    if (this.openId === undefined) this.openId = this.sessions.open()?.id ?? null;
    if (this.openId !== null) return this.openId;
    return this.start({}).id;
  }

  get(id: number): StreamSession | undefined {
    return this.sessions.get(id);
  }

  exists(id: number): boolean {
    if (this.known.has(id)) return true;
    if (!this.sessions.get(id)) return false;
    this.known.add(id);
    return true;
  }

  list(limit?: number): StreamSession[] {
    return this.sessions.list(limit);
  }

  /** Starts a session; the one open before ends (one stream at a time). */
  start(options: { name?: string; kind?: SessionKind; notes?: string }): StreamSession {
    const now = this.now();
    const previous = this.current();
    if (previous) this.end(previous.id);
    const session = this.sessions.create(options.name?.trim() || defaultSessionName(now), options.kind ?? 'live', now.toISOString(), options.notes);
    this.openId = session.id;
    this.events.emit('sessionChanged', { change: 'started', session });
    return session;
  }

  end(id: number): StreamSession {
    const session = this.sessions.end(id, this.now().toISOString());
    if (!session) throw notFound('phiên live', 'Stream session');
    if (this.openId === id) this.openId = undefined;
    this.events.emit('sessionChanged', { change: 'ended', session });
    return session;
  }

  /** A replay's session made to span its transcript's times (see SessionRepository.spanReplay). */
  spanReplay(id: number): StreamSession | undefined {
    return this.sessions.spanReplay(id);
  }

  findByName(name: string): StreamSession | undefined {
    return this.sessions.findByName(name);
  }

  /** A session by name for a replay, created (not opened for live comments) when missing. */
  named(name: string, kind: SessionKind): StreamSession {
    return this.sessions.findByName(name) ?? this.sessions.create(name, kind, this.now().toISOString());
  }

  /** The code of the product on screen in a session: what "+1" and "chốt" order. */
  showcaseCode(sessionId: number): string | null {
    let code = this.showcaseCodes.get(sessionId);
    if (code === undefined) {
      code = this.showcases.latest(sessionId)?.productCode ?? null;
      this.showcaseCodes.set(sessionId, code);
    }
    return code;
  }

  showcase(sessionId: number): ShowcaseState {
    const latest = this.showcases.latest(sessionId);
    const product = latest?.productId ? (this.products.get(latest.productId) ?? null) : null;
    return { sessionId, product, at: latest?.shownAt ?? '' };
  }

  /**
   * Puts a product on screen (null hides it). `at` defaults to now; a replay
   * passes the transcript's time, and the same change at the same time is
   * recorded once.
   */
  setShowcase(sessionId: number, productId: number | null, at?: string): ShowcaseState {
    if (!this.sessions.get(sessionId)) throw notFound('phiên live', 'Stream session');
    const product = productId === null ? null : this.products.get(productId);
    if (product === undefined) throw notFound('sản phẩm', 'Product');
    const when = at ?? this.now().toISOString();
    if (Number.isNaN(Date.parse(when))) throw new AppError('INVALID_TIME', `Thời điểm không hợp lệ: ${when}`, `Invalid time: ${when}`, 400);
    const { created } = this.showcases.record(sessionId, product?.id ?? null, when);
    const changed = this.showcaseCodes.get(sessionId) !== (product?.code ?? null);
    this.showcaseCodes.set(sessionId, product?.code ?? null);
    const state = { sessionId, product, at: when };
    if (created || changed) this.events.emit('showcaseChanged', state);
    return state;
  }

  /** A product's code may have changed (catalog edit): read the showcase again when next needed. */
  forgetShowcases(): void {
    this.showcaseCodes.clear();
  }
}
