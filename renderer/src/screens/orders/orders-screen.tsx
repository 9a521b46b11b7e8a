// The Orders screen: what a seller does after the stream. The tally of a
// session (and sessions compared), working the order list, matching bank
// transfers to orders, exports and printing.
import { useCallback, useEffect, useState } from 'react';
import { client } from '../../api/client';
import type { CommandResult } from '../../../../src/app/contract';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';
import { TallyView } from './tally-view';
import { CompareView } from './compare-view';
import { OrderListView } from './order-list-view';
import { PaymentsView } from './payments-view';
import './orders.css';

const TABS = ['tally', 'orders', 'payments', 'compare'] as const;
type Tab = (typeof TABS)[number];

export function OrdersScreen() {
  const { t } = useTranslation('orders');
  const toasts = useToasts();
  const [tab, setTab] = useState<Tab>('tally');
  const [sessions, setSessions] = useState<CommandResult<'listTallySessions'>>([]);
  const [sessionId, setSessionId] = useState<number | undefined>();
  const [tally, setTally] = useState<CommandResult<'getSessionTally'> | null>(null);
  const [comparison, setComparison] = useState<CommandResult<'compareSessions'> | null>(null);

  const loadSessions = useCallback(
    () =>
      client
        .call('listTallySessions', {})
        .then((list) => {
          setSessions(list);
          setSessionId((current) => current ?? list[0]?.id);
        })
        .catch((error: unknown) => toasts.show(errorText(error), { kind: 'error' })),
    [toasts],
  );
  useEffect(() => void loadSessions(), [loadSessions]);

  const loadTally = useCallback(() => {
    if (sessionId === undefined) return;
    client.call('getSessionTally', { sessionId }).then(setTally).catch((error: unknown) => toasts.show(errorText(error), { kind: 'error' }));
  }, [sessionId, toasts]);
  useEffect(loadTally, [loadTally]);
  useEffect(() => {
    if (tab === 'compare') void client.call('compareSessions', {}).then(setComparison).catch(() => undefined);
  }, [tab]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // During a stream orders keep coming: the tally follows, at most every 2 seconds.
    const unsubscribe = client.subscribe((event) => {
      if (event.event === 'sessionChanged') void loadSessions();
      if (event.event !== 'orderChanged') return;
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        loadTally();
        void loadSessions();
      }, 2000);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [loadTally, loadSessions]);

  return (
    <section className="orders-screen">
      <header className="screen-header">
        <h1>{t('title')}</h1>
        <div className="actions">
          {sessions.length > 0 && (
            <label className="inline">
              {t('session')}{' '}
              <select aria-label={t('session')} value={sessionId ?? ''} onChange={(e) => setSessionId(Number(e.target.value))}>
                {sessions.map((session) => (
                  <option key={session.id} value={session.id}>{session.name}</option>
                ))}
              </select>
            </label>
          )}
          <button type="button" onClick={() => { void loadSessions(); loadTally(); }}>{t('refresh')}</button>
        </div>
      </header>
      <nav className="tabs" role="tablist">
        {TABS.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} className={tab === name ? 'active' : ''} onClick={() => setTab(name)}>
            {t(`tabs.${name}`)}
          </button>
        ))}
      </nav>
      {tab === 'tally' && (sessions.length === 0 ? <p className="muted">{t('noSessions')}</p> : tally && <TallyView tally={tally} />)}
      {tab === 'orders' && <OrderListView sessionId={sessionId} sessions={sessions} />}
      {tab === 'payments' && <PaymentsView />}
      {tab === 'compare' && comparison && <CompareView comparison={comparison} />}
    </section>
  );
}
