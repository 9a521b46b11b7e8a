// The session's orders, one per buyer, growing as they comment, with totals.
import { useMemo, useState } from 'react';
import { client } from '../../api/client';
import { formatVnd } from '../../../../src/core/money/vnd';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';
import type { OrderView, WaitView } from './use-live-data';

export function OrderList({ orders, waiting }: { orders: OrderView[]; waiting: WaitView[] }) {
  const { t } = useTranslation('live');
  const toasts = useToasts();
  const [showCancelled, setShowCancelled] = useState(false);
  const live = useMemo(() => orders.filter((order) => order.status !== 'cancelled'), [orders]);
  // Latest activity first: the buyer who just commented is the one the seller is looking for.
  const shown = useMemo(
    () => (showCancelled ? orders : live).slice().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id),
    [orders, live, showCancelled],
  );
  const total = live.reduce((sum, order) => sum + order.total, 0);

  // The buyer's own VietQR (amount and order code) on the stream's payment overlay.
  const showQr = async (order: OrderView) => {
    try {
      await client.call('showOrderPayment', { orderId: order.id });
      // "Undo" puts the shop's own code back; paying (or cancelling) the order does it by itself.
      toasts.show(t('orders.qrShown', { code: order.code, name: order.customerName }), {
        undo: () => void client.call('showOrderPayment', { orderId: null }),
      });
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    }
  };

  const cancel = async (order: OrderView) => {
    if (!window.confirm(t('orders.confirmCancel', { code: order.code, name: order.customerName }))) return;
    try {
      await client.call('cancelOrder', { id: order.id });
      toasts.show(t('orders.cancelled', { code: order.code }));
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    }
  };

  return (
    <section className="live-panel orders" aria-label={t('orders.title')}>
      <header className="panel-header">
        <h2>{t('orders.title')}</h2>
        <strong data-testid="orders-summary">{t('orders.summary', { count: live.length, total: formatVnd(total) })}</strong>
      </header>
      <label className="small muted toggle">
        <input type="checkbox" checked={showCancelled} onChange={(event) => setShowCancelled(event.target.checked)} /> {t('orders.showCancelled')}
      </label>
      <div className="orders-scroll">
        {shown.length === 0 && <p className="muted">{t('orders.empty')}</p>}
        {shown.map((order) => (
          <article key={order.id} className={`order-card status-${order.status}`} data-testid="order-card" data-order-code={order.code}>
            <header>
              <strong className="order-customer">{order.customerName}</strong>
              <code className="order-code">{order.code}</code>
            </header>
            <div className="muted small">
              {order.customerPhone && <span>{order.customerPhone} · </span>}
              {t(`orders.status.${order.status}`)}
              {order.source === 'manual' && <span> · {t('orders.manual')}</span>}
            </div>
            <ul className="order-lines">
              {order.items.map((line) => (
                <li key={`${line.code}@${line.unitPrice}`}>
                  <span>
                    {line.qty} × {line.name} <code>{line.code}</code>
                  </span>
                  <span className="num">{formatVnd(line.qty * line.unitPrice)}</span>
                </li>
              ))}
            </ul>
            <footer>
              <span>
                {t('orders.total')}: <strong className="order-total">{formatVnd(order.total)}</strong>
              </span>
              {(order.status === 'pending' || order.status === 'confirmed') && (
                <button type="button" className="small-button" onClick={() => void showQr(order)}>
                  {t('orders.showQr')}
                </button>
              )}
              {order.status !== 'cancelled' && (
                <button type="button" className="danger small-button" onClick={() => void cancel(order)}>
                  {t('orders.cancel')}
                </button>
              )}
            </footer>
          </article>
        ))}
        {waiting.length > 0 && (
          <div className="waiting">
            <h3>{t('orders.waiting')}</h3>
            <ol>
              {waiting.map((entry) => (
                <li key={entry.id}>
                  {entry.customerName}: {entry.qty} × {entry.productName} <code>{entry.productCode}</code>
                </li>
              ))}
            </ol>
          </div>
        )}
      </div>
    </section>
  );
}
