// The order list: filters, one-click moves along the flow, bulk actions on
// the selection, exports of what the filter shows, and undo for recent changes.
import { useCallback, useEffect, useState } from 'react';
import { client } from '../../api/client';
import type { CommandInput, CommandResult } from '../../../../src/app/contract';
import { formatVnd } from '../../../../src/core/money/vnd';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';
import { downloadBase64 } from './download';
import { OrderDetailDialog } from './order-detail-dialog';
import { MergeCustomersDialog } from './merge-customers-dialog';

type Filter = NonNullable<CommandInput<'searchOrders'>['filter']>;
type Order = CommandResult<'searchOrders'>['orders'][number];
type Status = Order['status'];
type Layout = NonNullable<CommandInput<'exportLabels'>['layout']>;
type LabelCheck = CommandResult<'checkLabels'> & { target: Filter };

const STATUSES: Status[] = ['pending', 'confirmed', 'paid', 'packed', 'shipped', 'delivered', 'cancelled'];
const MOVES: Status[] = ['confirmed', 'paid', 'packed', 'shipped', 'delivered', 'cancelled'];
const PAGE = 100;
const time = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
const SENDER_KEY = 'ocop-live.orders.sender';

/** The next step a seller usually takes from a status (the green button). */
const NEXT: Partial<Record<Status, Status>> = { pending: 'confirmed', confirmed: 'paid', paid: 'packed', packed: 'shipped', shipped: 'delivered' };

export function OrderListView({ sessionId, sessions }: { sessionId: number | undefined; sessions: CommandResult<'listTallySessions'> }) {
  const { t, i18n } = useTranslation('orders');
  const toasts = useToasts();
  const [filter, setFilter] = useState<Filter>({ sessionId });
  const [query, setQuery] = useState('');
  const [orders, setOrders] = useState<Order[]>([]);
  const [total, setTotal] = useState(0);
  const [limit, setLimit] = useState(PAGE);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [detail, setDetail] = useState<number | null>(null);
  const [merging, setMerging] = useState(false);
  const [journal, setJournal] = useState<CommandResult<'listOrderChanges'>>([]);
  const [products, setProducts] = useState<CommandResult<'listProducts'>>([]);
  const [layout, setLayout] = useState<Layout>('label-a6');
  const [labelCheck, setLabelCheck] = useState<LabelCheck | null>(null);
  const [sender, setSender] = useState(() => {
    try {
      return JSON.parse(localStorage.getItem(SENDER_KEY) ?? '') as { name: string; phone: string; address: string };
    } catch {
      return { name: '', phone: '', address: '' };
    }
  });
  const language = i18n.language === 'en' ? 'en' : 'vi';

  useEffect(() => setFilter((f) => ({ ...f, sessionId })), [sessionId]);
  useEffect(() => {
    const timer = setTimeout(() => setFilter((f) => ({ ...f, query: query.trim() === '' ? undefined : query })), 200);
    return () => clearTimeout(timer);
  }, [query]);
  useEffect(() => void client.call('listProducts', { query: '' }).then(setProducts).catch(() => undefined), []);

  const fail = useCallback((error: unknown) => toasts.show(errorText(error), { kind: 'error' }), [toasts]);
  const refresh = useCallback(() => {
    client
      .call('searchOrders', { filter, limit, offset: 0 })
      .then((page) => {
        setOrders(page.orders);
        setTotal(page.total);
      })
      .catch(fail);
    client.call('listOrderChanges', { limit: 15 }).then(setJournal).catch(fail);
  }, [filter, limit, fail]);
  useEffect(refresh, [refresh]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Orders change under us during a stream: refresh a moment after the last change.
    const unsubscribe = client.subscribe((event) => {
      if (event.event !== 'orderChanged' && event.event !== 'orderJournalChanged') return;
      clearTimeout(timer);
      timer = setTimeout(refresh, 250);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [refresh]);

  const move = async (ids: number[], to: Status) => {
    if (to === 'cancelled' && !window.confirm(t('actions.confirmCancel', { count: ids.length }))) return;
    try {
      const result = await client.call('moveOrders', { ids, to });
      if (result.changed.length > 0) {
        toasts.show(`${t(`status.${to}`)}: ${result.changed.map((o) => o.code).slice(0, 5).join(', ')}${result.changed.length > 5 ? '…' : ''}`, { undo: result.journalId === null ? undefined : () => void undo(result.journalId!) });
      }
      if (result.skipped.length > 0) {
        const reasons = [...new Set(result.skipped.map((s) => `${s.code}: ${language === 'en' ? s.reasonEn : s.reason}`))].slice(0, 5).join('; ');
        toasts.show(t('actions.skipped', { count: result.skipped.length, reasons }), { kind: 'error' });
      }
      setSelected(new Set());
      refresh();
    } catch (error) {
      fail(error);
    }
  };

  const undo = async (id?: number) => {
    try {
      const result = await client.call('undoOrderChange', id === undefined ? {} : { id });
      toasts.show(t('undo.done', { label: language === 'en' ? result.entry.labelEn : result.entry.label }));
      refresh();
    } catch (error) {
      fail(error);
    }
  };

  const exportFile = async (kind: 'orders' | 'items' | 'customers' | 'workbook', format: 'csv' | 'xlsx') => {
    try {
      const file = await client.call('exportOrders', { filter, kind, format, language });
      downloadBase64(file);
      toasts.show(t('export.done', { filename: file.filename, rows: file.rows }));
    } catch (error) {
      fail(error);
    }
  };

  /** Prints the selection (or what the filter shows); first warns about orders with no address or phone, unless told to print anyway. */
  const printLabels = async (anyway?: Filter) => {
    localStorage.setItem(SENDER_KEY, JSON.stringify(sender));
    try {
      const ids = selected.size > 0 ? [...selected] : undefined;
      const target = anyway ?? (ids ? { ids } : filter);
      if (!anyway) {
        const check = await client.call('checkLabels', { filter: target });
        if (check.missingAddress + check.missingPhone > 0) {
          setLabelCheck({ ...check, target });
          return;
        }
      }
      setLabelCheck(null);
      const file = await client.call('exportLabels', { filter: target, layout, language, sender });
      downloadBase64(file);
      toasts.show(t('export.done', { filename: file.filename, rows: file.rows }));
    } catch (error) {
      fail(error);
    }
  };

  const toggle = (id: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const platforms = ['tiktok', 'facebook', 'youtube', 'twitch', 'manual'];

  return (
    <div className="order-list">
      <div className="filters">
        <select aria-label={t('session')} value={filter.sessionId ?? ''} onChange={(e) => setFilter({ ...filter, sessionId: e.target.value === '' ? undefined : Number(e.target.value) })}>
          <option value="">{t('filters.allSessions')}</option>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </select>
        <select aria-label={t('filters.status')} value={filter.statuses?.[0] ?? ''} onChange={(e) => setFilter({ ...filter, statuses: e.target.value === '' ? undefined : [e.target.value as Status] })}>
          <option value="">{t('filters.status')}: {t('filters.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>{t(`status.${s}`)}</option>
          ))}
        </select>
        <select aria-label={t('filters.product')} value={filter.productCode ?? ''} onChange={(e) => setFilter({ ...filter, productCode: e.target.value === '' ? undefined : e.target.value })}>
          <option value="">{t('filters.product')}: {t('filters.all')}</option>
          {products.map((p) => (
            <option key={p.id} value={p.code}>{p.code} · {p.name}</option>
          ))}
        </select>
        <select aria-label={t('filters.paid')} value={filter.paid ?? ''} onChange={(e) => setFilter({ ...filter, paid: e.target.value === '' ? undefined : (e.target.value as 'paid' | 'unpaid') })}>
          <option value="">{t('filters.paid')}: {t('filters.all')}</option>
          <option value="paid">{t('filters.paidYes')}</option>
          <option value="unpaid">{t('filters.paidNo')}</option>
        </select>
        <select aria-label={t('filters.platform')} value={filter.platform ?? ''} onChange={(e) => setFilter({ ...filter, platform: e.target.value === '' ? undefined : e.target.value })}>
          <option value="">{t('filters.platform')}: {t('filters.all')}</option>
          {platforms.map((p) => (
            <option key={p} value={p}>{p}</option>
          ))}
        </select>
        <input type="search" className="grow" placeholder={t('filters.search')} aria-label={t('filters.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="button" onClick={() => setMerging(true)}>{t('actions.merge')}</button>
      </div>

      {selected.size > 0 && (
        <div className="bulk-bar" role="toolbar" aria-label={t('actions.selected', { count: selected.size })}>
          <strong>{t('actions.selected', { count: selected.size })}</strong>
          {MOVES.map((to) => (
            <button key={to} type="button" className={to === 'cancelled' ? 'danger' : ''} onClick={() => void move([...selected], to)}>
              {t(`actions.${to}`)}
            </button>
          ))}
          <button type="button" onClick={() => void printLabels()}>{t('export.labels')}</button>
          <button type="button" onClick={() => setSelected(new Set())}>{t('actions.clear')}</button>
        </div>
      )}

      <div className="orders-layout">
        <div>
          <div className="orders-table-wrap">
          <table className="table orders-table" data-testid="orders-table">
            <caption className="muted">{t('count', { shown: orders.length, total })}</caption>
            <thead>
              <tr>
                <th>
                  <input
                    type="checkbox"
                    aria-label={t('actions.selectAll')}
                    checked={orders.length > 0 && orders.every((o) => selected.has(o.id))}
                    onChange={(e) => setSelected(e.target.checked ? new Set(orders.map((o) => o.id)) : new Set())}
                  />
                </th>
                <th>{t('columns.code')}</th>
                <th>{t('columns.time')}</th>
                <th>{t('columns.customer')}</th>
                <th>{t('columns.items')}</th>
                <th className="num">{t('columns.total')}</th>
                <th className="num">{t('columns.due')}</th>
                <th>{t('columns.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => {
                const next = NEXT[order.status];
                return (
                  <tr key={order.id} data-order={order.code}>
                    <td><input type="checkbox" aria-label={order.code} checked={selected.has(order.id)} onChange={() => toggle(order.id)} /></td>
                    <td><button type="button" className="link" onClick={() => setDetail(order.id)}><code>{order.code}</code></button></td>
                    <td className="small time">{time.format(new Date(order.createdAt))}</td>
                    <td>
                      {order.customerName}
                      <div className="muted small">{[order.phone, order.platform].filter(Boolean).join(' · ')}</div>
                    </td>
                    <td className="small">{order.items.map((i) => `${i.code}×${i.qty}`).join(', ')}</td>
                    <td className="num">{formatVnd(order.total)}</td>
                    <td className="num">{order.due > 0 ? formatVnd(order.due) : '—'}</td>
                    <td><span className={`status status-${order.status}`}>{t(`status.${order.status}`)}</span></td>
                    <td>
                      <div className="row-actions">
                        {next && (
                          <button type="button" className="primary" onClick={() => void move([order.id], next)}>
                            {t(`actions.${next}`)}
                          </button>
                        )}
                        <button type="button" onClick={() => setDetail(order.id)}>{t('actions.details')}</button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          </div>
          {orders.length === 0 && <p className="muted">{t('empty')}</p>}
          {orders.length < total && (
            <button type="button" onClick={() => setLimit(limit + PAGE)}>{t('more')}</button>
          )}
        </div>

        <aside className="side">
          <section className="card">
            <h3>{t('export.title')}</h3>
            <p className="muted small">{t('export.hint', { count: total })}</p>
            <div className="actions">
              <button type="button" onClick={() => void exportFile('workbook', 'xlsx')}>{t('export.xlsx')}</button>
              <button type="button" onClick={() => void exportFile('orders', 'csv')}>{t('export.ordersCsv')}</button>
              <button type="button" onClick={() => void exportFile('items', 'csv')}>{t('export.itemsCsv')}</button>
              <button type="button" onClick={() => void exportFile('customers', 'csv')}>{t('export.customersCsv')}</button>
            </div>
            <p className="muted small">{t('export.csvPhones')}</p>
            <label className="stack">
              {t('export.layout')}
              <select value={layout} onChange={(e) => setLayout(e.target.value as Layout)}>
                {(['label-a6', 'label-a4', 'slip-a4', 'slip-a6'] as const).map((l) => (
                  <option key={l} value={l}>{t(`export.layouts.${l}`)}</option>
                ))}
              </select>
            </label>
            <details>
              <summary>{t('export.sender')}</summary>
              <input placeholder={t('export.senderName')} value={sender.name} onChange={(e) => setSender({ ...sender, name: e.target.value })} />
              <input placeholder={t('export.senderPhone')} value={sender.phone} onChange={(e) => setSender({ ...sender, phone: e.target.value })} />
              <input placeholder={t('export.senderAddress')} value={sender.address} onChange={(e) => setSender({ ...sender, address: e.target.value })} />
            </details>
            <button type="button" onClick={() => void printLabels()}>{t('export.labels')}</button>
          </section>

          <section className="card" data-testid="undo-journal">
            <h3>{t('undo.title')}</h3>
            {journal.length === 0 && <p className="muted small">{t('undo.none')}</p>}
            <ul className="journal">
              {journal.map((entry) => (
                <li key={entry.id}>
                  <span className={entry.undoneAt ? 'muted strike' : ''}>{language === 'en' ? entry.labelEn : entry.label}</span>
                  <span className="muted small"> · {time.format(new Date(entry.at))}</span>
                  {entry.undoneAt ? (
                    <span className="muted small"> · {t('undo.undone')}</span>
                  ) : (
                    <button type="button" className="small-button" onClick={() => void undo(entry.id)}>{t('undo.undo')}</button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>

      {labelCheck && (
        <div className="dialog-backdrop" role="presentation" onClick={() => setLabelCheck(null)}>
          <div className="dialog" role="alertdialog" aria-modal="true" aria-label={t('labels.title')} data-testid="label-warning" onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.key === 'Escape' && setLabelCheck(null)}>
            <h2>{t('labels.title')}</h2>
            <p>{t('labels.summary', { address: labelCheck.missingAddress, phone: labelCheck.missingPhone, orders: labelCheck.orders })}</p>
            <ul className="label-gaps">
              {labelCheck.incomplete.map((order) => (
                <li key={order.id}>
                  <button type="button" className="link" onClick={() => { setLabelCheck(null); setDetail(order.id); }}><code>{order.code}</code></button>{' '}
                  {order.customerName}:{' '}
                  <span className="warning">{[order.address.trim() === '' ? t('labels.noAddress') : null, !order.phone ? t('labels.noPhone') : null].filter(Boolean).join(', ')}</span>
                </li>
              ))}
            </ul>
            {labelCheck.incomplete.length === 50 && <p className="muted small">{t('labels.more')}</p>}
            <p className="muted small">{t('labels.hint')}</p>
            <div className="actions">
              <button type="button" className="primary" onClick={() => setLabelCheck(null)}>{t('labels.fixFirst')}</button>
              <button type="button" onClick={() => void printLabels(labelCheck.target)}>{t('labels.printAnyway')}</button>
            </div>
          </div>
        </div>
      )}
      {detail !== null && <OrderDetailDialog orderId={detail} products={products} onClose={() => setDetail(null)} onChanged={refresh} onMove={(to) => void move([detail], to)} />}
      {merging && <MergeCustomersDialog onClose={() => setMerging(false)} onMerged={refresh} />}
    </div>
  );
}
