// Comments the parser was unsure of: the seller picks the product and
// quantity and one click makes it a normal order (or, for a cancel, takes
// those units off the buyer's order), or dismisses it (undoable).
import { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import { client } from '../../api/client';
import type { Product } from '../../../../src/core/catalog/product';
import { formatVnd } from '../../../../src/core/money/vnd';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';
import type { ReviewView } from './use-live-data';

export interface ReviewQueueHandle {
  /** Puts the keyboard on the first entry's product choice. */
  focusFirst(): void;
}

function ReviewItem({ entry, products, selectRef }: { entry: ReviewView; products: Product[]; selectRef?: (el: HTMLSelectElement | null) => void }) {
  const { t } = useTranslation('live');
  const toasts = useToasts();
  // Start from what the parser read (or what was on screen), so one click settles the usual case.
  const read = entry.items[0];
  const initial = products.find((product) => product.code === read?.code) ?? products.find((product) => product.code === entry.showcase);
  const [productId, setProductId] = useState<number | ''>(initial?.id ?? '');
  const [qty, setQty] = useState(() => countFor(entry.amount, initial) ?? read?.qty ?? 1);
  const chosen = products.find((product) => product.id === productId);
  const [busy, setBusy] = useState(false);
  // A cancel the parser could not pin down: settling takes units off instead of ordering them.
  const cancelling = entry.reason === 'cancel';

  const resolve = async () => {
    if (productId === '') return;
    setBusy(true);
    try {
      const placed = await client.call('resolveReview', { id: entry.id, items: [{ productId, qty }] });
      const name = entry.userName;
      if (cancelling) toasts.show(placed.order ? t('review.resolvedCancel', { code: placed.order.code, name }) : t('review.nothingToCancel', { name }));
      else toasts.show(placed.order ? t('review.resolved', { code: placed.order.code, name }) : t('review.resolvedWaiting', { name }));
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const dismiss = async () => {
    try {
      await client.call('dismissReview', { id: entry.id });
      toasts.show(t('review.dismissed', { name: entry.userName }), {
        undo: () => void client.call('reopenReview', { id: entry.id }).catch((error: unknown) => toasts.show(errorText(error), { kind: 'error' })),
      });
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    }
  };

  return (
    <li className="review-item" data-testid="review-item">
      <div>
        <strong>{entry.userName}</strong>: <span className="review-text">{entry.text}</span>
      </div>
      <div className="muted small">{t(`review.reason.${entry.reason}`, { defaultValue: entry.reason })}</div>
      {entry.amount !== null && (
        <div className="small" data-testid="review-amount">
          {chosen && chosen.price > 0
            ? t('review.amountBuys', { amount: formatVnd(entry.amount), qty: countFor(entry.amount, chosen), price: formatVnd(chosen.price), total: formatVnd((countFor(entry.amount, chosen) ?? 0) * chosen.price) })
            : t('review.amount', { amount: formatVnd(entry.amount) })}
        </div>
      )}
      <form
        className="review-fix"
        onSubmit={(event) => {
          event.preventDefault();
          void resolve();
        }}
      >
        <select
          ref={selectRef}
          aria-label={t('review.product')}
          value={productId}
          onChange={(event) => {
            const id = event.target.value === '' ? '' : Number(event.target.value);
            setProductId(id);
            // (asked by money: the count follows the product's price)
            const count = countFor(entry.amount, products.find((product) => product.id === id));
            if (count !== null) setQty(count);
          }}
        >
          <option value="">{t('review.choose')}</option>
          {products.map((product) => (
            <option key={product.id} value={product.id}>
              {product.code} · {product.name}
            </option>
          ))}
        </select>
        <input
          type="number"
          min={1}
          max={9999}
          aria-label={t('review.qty')}
          value={qty}
          onChange={(event) => setQty(Math.max(1, Math.trunc(Number(event.target.value) || 1)))}
        />
        <button type="submit" className="primary" disabled={busy || productId === ''}>
          {t(cancelling ? 'review.takeOff' : 'review.create')}
        </button>
        <button type="button" onClick={() => void dismiss()}>
          {t('review.dismiss')}
        </button>
      </form>
    </li>
  );
}

/** As many of the product as the money buys (at least one), or null when there is no money or price to go by. */
function countFor(amount: number | null, product: Product | undefined): number | null {
  if (amount === null || product === undefined || product.price <= 0) return null;
  return Math.min(9999, Math.max(1, Math.floor(amount / product.price)));
}

export const ReviewQueue = forwardRef<ReviewQueueHandle, { reviews: ReviewView[]; products: Product[] }>(function ReviewQueue({ reviews, products }, ref) {
  const { t } = useTranslation('live');
  const first = useRef<HTMLSelectElement | null>(null);
  useImperativeHandle(ref, () => ({ focusFirst: () => first.current?.focus() }), []);
  return (
    <section className="live-panel review" aria-label={t('review.title')}>
      <header className="panel-header">
        <h2>{t('review.title')}</h2>
        {reviews.length > 0 && <span className="count-badge">{reviews.length}</span>}
      </header>
      {reviews.length === 0 ? (
        <p className="muted">{t('review.empty')}</p>
      ) : (
        <ul className="review-list">
          {reviews.map((entry, index) => (
            <ReviewItem
              key={entry.id}
              entry={entry}
              products={products}
              selectRef={index === 0 ? (el) => void (first.current = el) : undefined}
            />
          ))}
        </ul>
      )}
    </section>
  );
});
