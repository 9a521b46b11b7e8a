// An order taken by phone or inbox, typed by the seller: the buyer is found
// by phone (or added) and the items join their open order of the session.
import { useState, type FormEvent } from 'react';
import { client } from '../../api/client';
import type { Product } from '../../../../src/core/catalog/product';
import { formatVnd } from '../../../../src/core/money/vnd';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';

interface Line {
  key: number;
  productId: number | '';
  qty: number;
}

let nextKey = 1;

export function ManualOrderDialog({ products, onClose }: { products: Product[]; onClose(): void }) {
  const { t } = useTranslation('live');
  const { t: tc } = useTranslation();
  const toasts = useToasts();
  const [lines, setLines] = useState<Line[]>([{ key: nextKey++, productId: '', qty: 1 }]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const priceOf = (id: number | '') => products.find((product) => product.id === id)?.price ?? 0;
  const total = lines.reduce((sum, line) => sum + priceOf(line.productId) * line.qty, 0);

  const update = (key: number, change: Partial<Line>) => setLines((all) => all.map((line) => (line.key === key ? { ...line, ...change } : line)));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const items = lines.flatMap((line) => (line.productId === '' ? [] : [{ productId: line.productId, qty: line.qty }]));
    setBusy(true);
    setError('');
    try {
      const placed = await client.call('createManualOrder', { customerName: text('name'), phone: text('phone') || null, address: text('address'), items });
      toasts.show(placed.order ? t('manual.saved', { code: placed.order.code, name: text('name') }) : t('manual.savedWaiting', { name: text('name') }));
      onClose();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <form className="dialog" role="dialog" aria-modal="true" aria-label={t('manual.title')} onSubmit={(event) => void submit(event)}>
        <h2>{t('manual.title')}</h2>
        <label>
          {t('manual.name')}
          <input name="name" required maxLength={200} autoFocus />
        </label>
        <div className="row">
          <label>
            {t('manual.phone')}
            <input name="phone" inputMode="tel" maxLength={20} placeholder="0912 345 678" />
          </label>
          <label>
            {t('manual.address')}
            <input name="address" maxLength={500} />
          </label>
        </div>
        {lines.map((line) => (
          <div key={line.key} className="manual-line">
            <select
              aria-label={t('review.product')}
              value={line.productId}
              required
              onChange={(event) => update(line.key, { productId: event.target.value === '' ? '' : Number(event.target.value) })}
            >
              <option value="">{t('review.choose')}</option>
              {products.map((product) => (
                <option key={product.id} value={product.id}>
                  {product.code} · {product.name} · {formatVnd(product.price)}
                </option>
              ))}
            </select>
            <input
              type="number"
              min={1}
              max={9999}
              aria-label={t('review.qty')}
              value={line.qty}
              onChange={(event) => update(line.key, { qty: Math.max(1, Math.trunc(Number(event.target.value) || 1)) })}
            />
            {lines.length > 1 && (
              <button type="button" aria-label={t('manual.removeLine')} onClick={() => setLines((all) => all.filter((other) => other.key !== line.key))}>
                ×
              </button>
            )}
          </div>
        ))}
        <button type="button" onClick={() => setLines((all) => [...all, { key: nextKey++, productId: '', qty: 1 }])}>
          + {t('manual.addLine')}
        </button>
        <p>
          {t('orders.total')}: <strong>{formatVnd(total)}</strong>
        </p>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('manual.submit')}
          </button>
          <button type="button" onClick={onClose}>
            {tc('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
