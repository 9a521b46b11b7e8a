// One order up close: its buyer, items (editable, stock follows), note,
// VietQR for what is still owed, status history and payments.
import { useEffect, useState } from 'react';
import { client } from '../../api/client';
import type { CommandResult } from '../../../../src/app/contract';
import { formatVnd } from '../../../../src/core/money/vnd';
import { resizeLines } from '../../../../src/core/order-admin/resize-lines';
import { byProduct, unitsBy } from '../../../../src/core/orders/units-by';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';

type Detail = CommandResult<'getOrderDetail'>;
type Status = Detail['status'];
const time = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
const NEXT: Partial<Record<Status, Status>> = { pending: 'confirmed', confirmed: 'paid', paid: 'packed', packed: 'shipped', shipped: 'delivered' };

export function OrderDetailDialog({
  orderId,
  products,
  onClose,
  onChanged,
  onMove,
}: {
  orderId: number;
  products: CommandResult<'listProducts'>;
  onClose(): void;
  onChanged(): void;
  onMove(to: Status): void;
}) {
  const { t } = useTranslation('orders');
  const toasts = useToasts();
  const [order, setOrder] = useState<Detail | null>(null);
  const [lines, setLines] = useState<{ productId: number; qty: number }[]>([]);
  const [note, setNote] = useState('');
  const [qr, setQr] = useState<{ svg: string; purpose: string; amount: number | null } | { error: string } | null>(null);
  const [adding, setAdding] = useState('');
  const [buyer, setBuyer] = useState({ name: '', phone: '', address: '' });

  const load = () =>
    client
      .call('getOrderDetail', { id: orderId })
      .then((found) => {
        setOrder(found);
        // One row per product: a product sold at two prices (a flash sale) is two lines in the order, one quantity here.
        setLines([...unitsBy(found.items, byProduct)].map(([productId, qty]) => ({ productId, qty })));
        setNote(found.note);
        setBuyer({ name: found.customerName, phone: found.phone ?? '', address: found.address });
      })
      .catch((error: unknown) => toasts.show(errorText(error), { kind: 'error' }));
  useEffect(() => {
    void load();
    return client.subscribe((event) => {
      if (event.event === 'orderChanged' && event.payload.order.id === orderId) void load();
    });
  }, [orderId]);

  useEffect(() => {
    if (!order || order.due <= 0 || order.status === 'cancelled') return setQr(null);
    client
      .call('orderVietQr', { code: order.code, total: order.due })
      .then((result) => setQr({ svg: result.svg, purpose: result.purpose, amount: result.amount }))
      .catch((error: unknown) => setQr({ error: errorText(error) }));
  }, [order]);

  if (!order) return null;
  const editable = ['pending', 'confirmed', 'paid', 'packed'].includes(order.status);
  const next = NEXT[order.status];
  const nameOf = (productId: number) => {
    const item = order.items.find((i) => i.productId === productId);
    if (item) return `${item.code} · ${item.name}`;
    const product = products.find((p) => p.id === productId);
    return product ? `${product.code} · ${product.name}` : `#${productId}`;
  };

  /** What `qty` of a product comes to: the order's own prices (the newest line's gains or loses units), the catalog's for a product it does not hold. */
  const amountOf = (productId: number, qty: number) => {
    const held = order.items.filter((item) => item.productId === productId);
    if (held.length === 0) return (products.find((p) => p.id === productId)?.price ?? 0) * qty;
    return resizeLines(held, new Map([[productId, qty]])).reduce((sum, line) => sum + line.qty * line.unitPrice, 0);
  };

  const saveItems = async () => {
    try {
      await client.call('editOrderItems', { id: orderId, lines });
      toasts.show(t('detail.saved'));
      onChanged();
      void load();
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    }
  };
  const saveBuyer = async () => {
    try {
      await client.call('updateCustomer', { id: order.customerId, name: buyer.name, phone: buyer.phone, address: buyer.address });
      toasts.show(t('detail.saved'));
      onChanged();
      void load();
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    }
  };
  const saveNote = async () => {
    try {
      await client.call('setOrderNote', { id: orderId, note });
      toasts.show(t('detail.saved'));
      onChanged();
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    }
  };

  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <div
        className="dialog order-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={t('detail.title', { code: order.code })}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <header className="screen-header">
          <h2>{t('detail.title', { code: order.code })}</h2>
          <span className={`status status-${order.status}`}>{t(`status.${order.status}`)}</span>
        </header>
        <p className="muted small">{[order.sessionName, order.platform, time.format(new Date(order.createdAt))].filter(Boolean).join(' · ')}</p>

        <section className="buyer-edit" aria-label={t('detail.customer')}>
          <h3>{t('detail.customer')}</h3>
          {(order.address.trim() === '' || !order.phone) && (
            <p className="warning small" role="status">
              {[order.address.trim() === '' ? t('labels.noAddress') : null, !order.phone ? t('labels.noPhone') : null].filter(Boolean).join(' · ')}: {t('detail.fixBeforePrinting')}
            </p>
          )}
          <div className="row">
            <label>
              {t('detail.name')}
              <input value={buyer.name} maxLength={200} onChange={(e) => setBuyer({ ...buyer, name: e.target.value })} />
            </label>
            <label>
              {t('detail.phone')}
              <input value={buyer.phone} inputMode="tel" maxLength={20} placeholder="09xx xxx xxx" onChange={(e) => setBuyer({ ...buyer, phone: e.target.value })} />
            </label>
          </div>
          <label>
            {t('detail.address')}
            <textarea rows={2} value={buyer.address} maxLength={500} onChange={(e) => setBuyer({ ...buyer, address: e.target.value })} />
          </label>
          <div className="actions">
            <button type="button" onClick={() => void saveBuyer()}>{t('detail.saveCustomer')}</button>
          </div>
        </section>

        <h3>{t('detail.items')}</h3>
        <table className="table">
          <tbody>
            {lines.map((line, index) => (
              <tr key={line.productId}>
                <td>{nameOf(line.productId)}</td>
                <td className="num">
                  <input
                    type="number"
                    min={0}
                    className="qty"
                    aria-label={`${nameOf(line.productId)} qty`}
                    disabled={!editable}
                    value={line.qty}
                    onChange={(e) => setLines(lines.map((l, i) => (i === index ? { ...l, qty: Math.max(0, Number(e.target.value) || 0) } : l)))}
                  />
                </td>
                <td className="num">{formatVnd(amountOf(line.productId, line.qty))}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {editable && (
          <div className="actions">
            <select aria-label={t('detail.addProduct')} value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">{t('detail.addProduct')}…</option>
              {products.filter((p) => !lines.some((l) => l.productId === p.id)).map((p) => (
                <option key={p.id} value={p.id}>{p.code} · {p.name} ({formatVnd(p.price)})</option>
              ))}
            </select>
            <button type="button" disabled={adding === ''} onClick={() => { setLines([...lines, { productId: Number(adding), qty: 1 }]); setAdding(''); }}>+</button>
            <button type="button" className="primary" onClick={() => void saveItems()}>{t('detail.saveItems')}</button>
          </div>
        )}
        <p className="totals">
          {t('columns.total')}: <strong>{formatVnd(order.total)}</strong> · {t('columns.due')}: <strong>{formatVnd(order.due)}</strong>
        </p>

        {order.due > 0 && order.status !== 'cancelled' && (
          <section className="qr-box">
            <h3>{t('detail.qr')}</h3>
            {qr && 'svg' in qr ? (
              <>
                <img alt={`VietQR ${order.code}`} data-testid="order-vietqr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr.svg)}`} width={180} height={180} />
                <p className="small">{t('detail.qrAmount', { amount: formatVnd(qr.amount ?? order.due), purpose: qr.purpose })}</p>
              </>
            ) : qr && 'error' in qr ? (
              <p className="muted small">{t('detail.qrMissing', { error: qr.error })}</p>
            ) : null}
          </section>
        )}
        {order.due === 0 && order.status !== 'cancelled' && <p className="muted">{t('detail.paidFull')}</p>}

        <label className="stack">
          {t('detail.note')}
          <textarea rows={2} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        </label>
        <div className="actions">
          <button type="button" onClick={() => void saveNote()}>{t('detail.saveNote')}</button>
          {next && <button type="button" className="primary" onClick={() => onMove(next)}>{t(`actions.${next}`)}</button>}
          {['pending', 'confirmed', 'paid', 'packed'].includes(order.status) && (
            <button type="button" className="danger" onClick={() => onMove('cancelled')}>{t('actions.cancelled')}</button>
          )}
        </div>

        <details>
          <summary>{t('detail.history')}</summary>
          <ul className="small">
            {order.history.map((h, i) => (
              <li key={i}>{time.format(new Date(h.at))}: {h.from ? `${t(`status.${h.from}`)} → ` : ''}{t(`status.${h.to}`)}</li>
            ))}
          </ul>
        </details>
        {order.payments.length > 0 && (
          <details open>
            <summary>{t('detail.payments')}</summary>
            <ul className="small">
              {order.payments.map((p) => (
                <li key={p.id}>{time.format(new Date(p.paidAt))}: {formatVnd(p.amount)} ({p.method}) {p.memo}</li>
              ))}
            </ul>
          </details>
        )}
        <div className="actions">
          <button type="button" onClick={onClose}>{t('common.close', { ns: 'translation' })}</button>
        </div>
      </div>
    </div>
  );
}
