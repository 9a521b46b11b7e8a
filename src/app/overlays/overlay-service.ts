// The overlays' live side: keeps the seller's overlay settings, follows the
// showcase and the orders through the app's events, and publishes one view
// (overlayChanged) that overlay pages and the OBS sync draw from.
import { isAbsolute, join, extname } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { Product } from '../../core/catalog/product';
import type {
  overlayStatePatchSchema} from '../../core/overlay';
import {
  applyOverlayPatch,
  AskTracker,
  buildOverlayView,
  readOverlayState,
  type OverlayKind,
  type OverlayState,
  type OverlayView,
  type TickerOrder
} from '../../core/overlay';
import { buildOrderVietQr, buildVietQr, findBankByBin, VietQrError } from '../../core/vietqr';
import { qrPng, qrSvg } from '../../adapters/qr/qr-image';
import { SettingsStore } from '../../adapters/sqlite/settings-store';
import { DealSalesQuery } from '../../adapters/sqlite/deal-sales-query';
import type { StockedProduct } from '../../adapters/sqlite/stock-repository';
import { flashSalePrice } from '../../core/orders/flash-sale-price';
import type { UnitPricing } from '../ingest/order-book';
import type { ProductRepository } from '../../adapters/sqlite/product-repository';
import type { EventBus } from '../event-bus';
import type { LiveComment, OrderSummary } from '../contract/live';
import { AppError } from '../errors';
import { unitsBy } from '../../core/orders/units-by';
import type { z } from 'zod';

const STATE_KEY = 'overlay.state';
const FRAME_MS = 16;
const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
};

export interface LocalImage {
  path: string;
  contentType: string;
}

export interface OverlayServiceDeps {
  db: Database;
  dataDir: string;
  events: EventBus;
  products: ProductRepository;
  now(): Date;
  /** Puts a product on screen in a session (auto-showcase); absent: auto-showcase stays off. */
  showcase?(productCode: string, sessionId: number): void;
}

interface PaymentQr {
  payload: string;
  svg: string;
  png: Buffer;
}

const RECENT_ORDERS_KEPT = 500;

/** One buyer's order being paid on screen: `amount` is what it still owes, `paid` what was paid before. */
interface PayingOrder {
  orderId: number;
  code: string;
  amount: number;
  paid: number;
  customerName: string;
}

export class OverlayService implements UnitPricing {
  private state: OverlayState;
  private product: Product | null = null;
  private sessionId: number | null = null;
  /** Recent orders of the session (the ticker), bounded: see recordOrder. */
  private readonly orders = new Map<number, TickerOrder>();
  /** Each standing order's total, for the goal bar, without keeping whole orders. */
  private readonly totals = new Map<number, number>();
  private salesTotal = 0;
  private version = 0;
  private lastEmit = 0;
  private pendingEmit: ReturnType<typeof setTimeout> | undefined;
  private saleTimer: ReturnType<typeof setTimeout> | undefined;
  private paymentQr: Promise<PaymentQr | null> = Promise.resolve(null);
  private paymentReady = false;
  /** One buyer's order being paid on screen, or null for the shop's static code. */
  private paying: PayingOrder | null = null;
  private readonly viewListeners = new Set<(view: OverlayView) => void>();
  private readonly unsubscribe: () => void;
  private readonly store: SettingsStore;
  private readonly asks = new AskTracker();
  private readonly dealSales: DealSalesQuery;

  constructor(private readonly deps: OverlayServiceDeps) {
    this.store = new SettingsStore(deps.db);
    this.dealSales = new DealSalesQuery(deps.db);
    this.state = readOverlayState(this.store.readAll()[STATE_KEY]);
    this.product = this.lastShowcasedProduct();
    this.refreshPaymentQr();
    this.armSaleTimer();
    this.unsubscribe = deps.events.subscribe((event) => {
      if (event.event === 'showcaseChanged') {
        this.followSession(event.payload.sessionId);
        this.product = event.payload.product;
        // Showcasing a product puts its card up, even after "hide all": that is what the seller pressed the key for.
        if (this.product !== null && !this.state.visible.card) this.setVisible('card', true);
        else this.changed();
      } else if (event.event === 'orderChanged') {
        this.recordOrder(event.payload.order);
        const order = event.payload.order;
        // Paid (or dropped): the buyer's code leaves the screen; a changed total gets a new code.
        if (this.paying?.orderId === order.id) {
          if (order.status !== 'pending' && order.status !== 'confirmed') this.showOrderPayment(null);
          else if (order.total - this.paying.paid !== this.paying.amount) this.showOrderPayment({ ...this.paying, amount: order.total - this.paying.paid });
        }
      } else if (event.event === 'commentsIngested') {
        this.followQuestions(event.payload.comments);
      }
    });
  }

  getState(): OverlayState {
    return structuredClone(this.state);
  }

  update(patch: z.output<typeof overlayStatePatchSchema>): OverlayState {
    const next = applyOverlayPatch(this.state, patch);
    const paymentChanged = JSON.stringify(next.payment) !== JSON.stringify(this.state.payment);
    if (paymentChanged && next.payment.account !== '') this.checkPaymentAccount(next.payment);
    this.state = next;
    this.store.writeMany({ [STATE_KEY]: next });
    if (paymentChanged) this.refreshPaymentQr();
    this.armSaleTimer();
    this.changed();
    return this.getState();
  }

  setVisible(kind: OverlayKind, visible: boolean): OverlayState {
    return this.update({ visible: { [kind]: visible } });
  }

  hideAll(): OverlayState {
    return this.update({ visible: { card: false, lowerThird: false, flashSale: false, ticker: false, payment: false, goal: false } });
  }

  startFlashSale(input: { productId?: number | null; dealPrice: number; quantity: number; durationSec: number }): OverlayState {
    const productId = input.productId ?? this.product?.id ?? null;
    if (productId !== null && !this.deps.products.get(productId)) {
      throw new AppError('NOT_FOUND', 'Không tìm thấy sản phẩm cho flash sale', 'Product for the flash sale not found', 404);
    }
    const now = this.deps.now();
    return this.update({
      flashSale: {
        productId,
        dealPrice: input.dealPrice,
        quantity: input.quantity,
        durationSec: input.durationSec,
        startedAt: now.toISOString(),
        endsAt: new Date(now.getTime() + input.durationSec * 1000).toISOString(),
      },
      visible: { flashSale: true },
    });
  }

  /**
   * Puts one order's VietQR (what is still owed, its code as the memo) on the payment overlay and shows it;
   * null goes back to the shop's static code. It goes back by itself once the order is paid or cancelled.
   */
  showOrderPayment(order: PayingOrder | null): OverlayState {
    if (order !== null) {
      const { bin, account } = this.state.payment;
      if (bin === '' || account === '') {
        throw new AppError(
          'PAYMENT_ACCOUNT_MISSING',
          'Chưa có tài khoản nhận tiền: nhập ngân hàng và số tài khoản trong phần Nội dung lớp phủ',
          'No receiving account yet: enter the bank and account number under Overlay content',
          409,
        );
      }
    }
    this.paying = order;
    this.refreshPaymentQr();
    if (order !== null && !this.state.visible.payment) return this.setVisible('payment', true);
    this.changed();
    return this.getState();
  }

  stopFlashSale(): OverlayState {
    return this.update({ flashSale: { endsAt: null }, visible: { flashSale: false } });
  }

  /** The order book's price of the moment: the flash sale's deal price while it runs and units are left. */
  unitPrice(product: StockedProduct, now: string): number {
    return flashSalePrice(this.state.flashSale, product, Date.parse(now), () => this.dealUnitsSold());
  }

  /** Units sold at the running (or last) sale's deal price: what the screen counts down from. */
  private dealUnitsSold(): number {
    const sale = this.state.flashSale;
    if (sale.productId === null || sale.dealPrice === null || sale.startedAt === null) return 0;
    return this.dealSales.unitsSold(sale.productId, sale.dealPrice, sale.startedAt);
  }

  view(): OverlayView {
    const state = this.state;
    const sale = state.flashSale;
    const flashProduct = sale.productId === null ? null : (this.deps.products.get(sale.productId) ?? null);
    // Counted only while the sale runs: an ended one is off screen, and each view would read the book for nothing.
    const running = sale.endsAt !== null && Date.parse(sale.endsAt) > this.deps.now().getTime();
    const flashSold = flashProduct && running ? this.dealUnitsSold() : 0;
    const orders = [...this.orders.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
    const salesTotal = this.salesTotal;
    return buildOverlayView(
      state,
      {
        product: this.product,
        orders,
        salesTotal,
        flashProduct,
        flashSold,
        payment: { ready: this.paymentReady, bankName: findBankByBin(state.payment.bin)?.shortName ?? '', order: this.paying },
        urls: {
          // Only a picture on this machine gets an address; a web address stays unloaded.
          productImage: (product) =>
            this.localImage(product.image) ? `/overlays/product-image/${product.id}?v=${encodeURIComponent(product.updatedAt)}` : '',
          logo: `/overlays/logo?v=${encodeURIComponent(state.theme.logo)}`,
          paymentQr: `/overlays/payment-qr.svg?v=${encodeURIComponent(`${state.payment.bin}-${state.payment.account}-${this.paying?.code ?? ''}-${this.paying?.amount ?? ''}`)}`,
        },
      },
      this.deps.now(),
      this.version,
    );
  }

  /** Called with each new view (at most one per frame); returns an unsubscribe. */
  onView(listener: (view: OverlayView) => void): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  /** The showcased product right now (the OBS sync needs its image file). */
  currentProduct(): Product | null {
    return this.product;
  }

  async paymentQrImage(): Promise<PaymentQr | null> {
    return this.paymentQr;
  }

  /** A product's image when it is a file on this machine; web addresses are never fetched (overlays stay offline). */
  productImage(productId: number): LocalImage | null {
    const product = this.deps.products.get(productId);
    return product ? this.localImage(product.image) : null;
  }

  logoImage(): LocalImage | null {
    return this.localImage(this.state.theme.logo);
  }

  close(): void {
    this.unsubscribe();
    clearTimeout(this.pendingEmit);
    clearTimeout(this.saleTimer);
    this.viewListeners.clear();
  }

  private localImage(reference: string): LocalImage | null {
    const text = reference.trim();
    if (text === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.startsWith('data:')) return null;
    const path = text.startsWith('file://') ? new URL(text).pathname : isAbsolute(text) ? text : join(this.deps.dataDir, text);
    const contentType = IMAGE_TYPES[extname(path).toLowerCase()];
    if (!contentType || !existsSync(path) || !statSync(path).isFile()) return null;
    return { path, contentType };
  }

  private lastShowcasedProduct(): Product | null {
    const row = this.deps.db.prepare('SELECT session_id, product_id FROM showcase_events ORDER BY shown_at DESC, id DESC LIMIT 1').get() as
      | { session_id: number | null; product_id: number | null }
      | undefined;
    if (!row) return null;
    this.sessionId = row.session_id;
    return row.product_id === null ? null : (this.deps.products.get(row.product_id) ?? null);
  }

  /** A new stream session starts the ticker and the goal from zero. */
  private followSession(sessionId: number | null): void {
    if (sessionId === null || sessionId === this.sessionId) return;
    this.sessionId = sessionId;
    this.orders.clear();
    this.totals.clear();
    this.salesTotal = 0;
  }

  /** Auto-showcase: counts who asks about what, and puts up the product many ask about. */
  private followQuestions(comments: readonly LiveComment[]): void {
    let sessionId: number | null = null;
    for (const comment of comments) {
      // The parser's askedAbout when the comment carries it; a question naming products otherwise.
      const asked = comment.detail.askedAbout ?? (comment as LiveComment & { askedAbout?: string[] }).askedAbout;
      const codes = asked ?? (comment.intent === 'question' ? comment.items.map((item) => item.code) : []);
      if (codes.length === 0) continue;
      this.asks.record(`${comment.platform}:${comment.userId}`, codes, this.deps.now().getTime());
      sessionId = comment.sessionId;
    }
    const rules = this.state.autoShowcase;
    if (sessionId === null || !rules.enabled || !this.deps.showcase) return;
    const endsAt = this.state.flashSale.endsAt;
    const saleRunning = endsAt !== null && Date.parse(endsAt) > this.deps.now().getTime();
    const code = this.asks.pick(this.deps.now().getTime(), rules, this.product?.code ?? null, saleRunning);
    if (code === null) return;
    const show = this.deps.showcase;
    const session = sessionId;
    // After the ingest that told us has finished its own work.
    setTimeout(() => {
      try {
        show(code, session);
      } catch (error) {
        console.error('[overlays] auto-showcase failed:', error);
      }
    }, 0);
  }

  private recordOrder(order: OrderSummary): void {
    if (order.sessionId !== null) {
      if (this.sessionId === null) this.sessionId = order.sessionId;
      else if (order.sessionId !== this.sessionId) return; // an edit to an older stream's order
    }
    this.orders.set(order.id, {
      id: order.id,
      code: order.code,
      customerName: order.customerName,
      // The ticker names products, not prices: a product sold at two prices (a flash sale) is one entry.
      items: [...unitsBy(order.items, (item) => item.code)].map(([code, qty]) => ({ code, qty })),
      total: order.total,
      cancelled: order.status === 'cancelled',
      createdAt: order.createdAt,
    });
    const total = order.status === 'cancelled' ? 0 : order.total;
    this.salesTotal += total - (this.totals.get(order.id) ?? 0);
    this.totals.set(order.id, total);
    this.forgetOldOrders();
    this.changed();
  }

  /**
   * A long stream has hundreds of thousands of orders; each view sorts what is kept, so keep the
   * most recent (the flash sale counts from the order book, not from these). Maps iterate in insertion order.
   */
  private forgetOldOrders(): void {
    for (const id of this.orders.keys()) {
      if (this.orders.size <= RECENT_ORDERS_KEPT) break;
      this.orders.delete(id);
    }
  }

  private checkPaymentAccount(payment: OverlayState['payment']): void {
    try {
      buildVietQr({ bin: payment.bin, account: payment.account });
    } catch (error) {
      if (error instanceof VietQrError) throw new AppError('VIETQR_INVALID', error.message, error.messageEn, 422, error.issues);
      throw error;
    }
  }

  private refreshPaymentQr(): void {
    const { bin, account } = this.state.payment;
    this.paymentReady = false;
    if (bin === '' || account === '') {
      this.paymentQr = Promise.resolve(null);
      return;
    }
    let payload: string;
    try {
      payload = this.paying ? buildOrderVietQr(this.state.payment, { code: this.paying.code, total: this.paying.amount }).payload : buildVietQr({ bin, account });
    } catch {
      this.paymentQr = Promise.resolve(null);
      return;
    }
    this.paymentReady = true;
    this.paymentQr = Promise.all([qrSvg(payload), qrPng(payload, { width: 480 })]).then(([svg, png]) => ({ payload, svg, png }));
  }

  /** Ends the countdown on time even when nothing else happens. */
  private armSaleTimer(): void {
    clearTimeout(this.saleTimer);
    const endsAt = this.state.flashSale.endsAt;
    if (endsAt === null) return;
    const wait = Date.parse(endsAt) - this.deps.now().getTime();
    if (wait <= 0) return;
    this.saleTimer = setTimeout(() => this.changed(), Math.min(wait + 20, 2 ** 31 - 1));
    this.saleTimer.unref?.();
  }

  /** Publishes the new view right away, or at the next frame when one just went out: bursts of orders coalesce. */
  private changed(): void {
    if (this.pendingEmit) return;
    const wait = this.lastEmit + FRAME_MS - Date.now();
    if (wait <= 0) return this.emit();
    this.pendingEmit = setTimeout(() => this.emit(), wait);
  }

  private emit(): void {
    this.pendingEmit = undefined;
    this.lastEmit = Date.now();
    this.version += 1;
    const view = this.view();
    this.deps.events.emit('overlayChanged', view);
    for (const listener of this.viewListeners) {
      try {
        listener(view);
      } catch (error) {
        console.error('[overlays] view listener failed:', error);
      }
    }
  }
}

