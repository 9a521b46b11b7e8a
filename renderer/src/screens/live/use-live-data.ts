// Everything the Live console shows, loaded once and then kept current from
// the app's events. Comments arrive in bursts (one event per group commit);
// they are gathered and applied once per animation frame so a busy stream
// does not re-render the screen hundreds of times a second.
import { useCallback, useEffect, useRef, useState } from 'react';
import { client } from '../../api/client';
import type { AppEvent, CommandResult } from '../../../../src/app/contract';
import type { Product } from '../../../../src/core/catalog/product';
import { staffKey } from '../../../../src/core/chat/staff-key';

export type LiveComment = CommandResult<'listComments'>[number];
export type OrderView = CommandResult<'listOrders'>[number];
export type ReviewView = CommandResult<'listReviewQueue'>[number];
export type WaitView = CommandResult<'listWaitlist'>[number];
export type SessionView = CommandResult<'listSessions'>[number];
export type StaffView = CommandResult<'listStaff'>[number];

/** How many comments the feed keeps in memory; older ones stay in the database. */
export const FEED_LIMIT = 5000;

export interface LiveData {
  loaded: boolean;
  session: SessionView | null;
  showcase: Product | null;
  products: Product[];
  comments: LiveComment[];
  orders: OrderView[];
  reviews: ReviewView[];
  waiting: WaitView[];
  /** Accounts marked as the shop's own, by staffKey. */
  staff: Map<string, StaffView>;
  reload(): void;
}

export function useLiveData(onEvent?: (event: AppEvent) => void): LiveData {
  const [loaded, setLoaded] = useState(false);
  const [session, setSession] = useState<SessionView | null>(null);
  const [showcase, setShowcase] = useState<Product | null>(null);
  const [products, setProducts] = useState<Product[]>([]);
  const [comments, setComments] = useState<LiveComment[]>([]);
  const [orders, setOrders] = useState<Map<number, OrderView>>(new Map());
  const [reviews, setReviews] = useState<ReviewView[]>([]);
  const [waiting, setWaiting] = useState<WaitView[]>([]);
  const [staff, setStaff] = useState<Map<string, StaffView>>(new Map());
  const sessionRef = useRef<number | null>(null);
  const pending = useRef<LiveComment[]>([]);
  const frame = useRef<number | null>(null);
  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;

  const loadProducts = useCallback(() => {
    void client.call('listProducts', { query: '' }).then(setProducts);
  }, []);

  const loadWaiting = useCallback((sessionId: number) => {
    void client.call('listWaitlist', { sessionId }).then(setWaiting);
  }, []);

  const reload = useCallback(() => {
    void client.call('listStaff', {}).then((list) => setStaff(byStaffKey(list)));
    void (async () => {
      const state = await client.call('getLiveState', {});
      const sessionId = state.session?.id ?? null;
      sessionRef.current = sessionId;
      pending.current = [];
      setSession(state.session);
      setShowcase(state.showcase?.product ?? null);
      loadProducts();
      if (sessionId === null) {
        setComments([]);
        setOrders(new Map());
        setReviews([]);
        setWaiting([]);
      } else {
        const [recent, orderList, reviewList] = await Promise.all([
          client.call('listComments', { sessionId, limit: 500 }),
          client.call('listOrders', { sessionId }),
          client.call('listReviewQueue', { sessionId }),
        ]);
        if (sessionRef.current !== sessionId) return;
        setComments(recent.reverse());
        setOrders(new Map(orderList.map((order) => [order.id, order])));
        setReviews(reviewList);
        loadWaiting(sessionId);
      }
      setLoaded(true);
    })();
  }, [loadProducts, loadWaiting]);

  useEffect(() => {
    reload();
    const flush = () => {
      frame.current = null;
      const batch = pending.current;
      pending.current = [];
      if (batch.length > 0) setComments((current) => [...current, ...batch].slice(-FEED_LIMIT));
    };
    const unsubscribe = client.subscribe((event) => {
      const current = sessionRef.current;
      switch (event.event) {
        case 'commentsIngested': {
          const mine = event.payload.comments.filter((comment) => comment.sessionId === current);
          if (current === null && event.payload.comments.length > 0) return reload();
          if (mine.length === 0) break;
          pending.current.push(...mine);
          frame.current ??= requestAnimationFrame(flush);
          break;
        }
        case 'orderChanged': {
          const { order } = event.payload;
          if (order.sessionId !== current) break;
          setOrders((all) => new Map(all).set(order.id, order));
          break;
        }
        case 'reviewQueueChanged': {
          const { entry } = event.payload;
          if (entry.sessionId !== current) break;
          setReviews((all) => {
            const others = all.filter((item) => item.id !== entry.id);
            return entry.status === 'open' ? [...others, entry].sort((a, b) => a.id - b.id) : others;
          });
          break;
        }
        case 'waitlistChanged':
          if (event.payload.sessionId === current) loadWaiting(event.payload.sessionId);
          break;
        case 'showcaseChanged':
          if (event.payload.sessionId === current) setShowcase(event.payload.product);
          break;
        case 'stockChanged': {
          const stock = new Map(event.payload.products.map((product) => [product.id, product.stock]));
          setProducts((all) => all.map((product) => (stock.has(product.id) ? { ...product, stock: stock.get(product.id)! } : product)));
          break;
        }
        case 'catalogChanged':
          loadProducts();
          break;
        case 'sessionChanged':
          reload();
          break;
        case 'staffChanged':
          setStaff(byStaffKey(event.payload.staff));
          break;
        default:
          break;
      }
      onEventRef.current?.(event);
    });
    return () => {
      unsubscribe();
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    };
  }, [reload, loadProducts, loadWaiting]);

  return {
    loaded,
    session,
    showcase,
    products,
    comments,
    orders: [...orders.values()],
    reviews,
    waiting,
    staff,
    reload,
  };
}

function byStaffKey(list: readonly StaffView[]): Map<string, StaffView> {
  return new Map(list.map((account) => [staffKey(account.platform, account.userId), account]));
}
