// The Live console: the chat feed, the orders it makes, the review queue,
// the showcase picker, manual entry, and other features' panels below.
import { useRef, useState } from 'react';
import { client } from '../../api/client';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';
import { ChatFeed, type FeedFilter } from './chat-feed';
import { livePanels } from './live-panels';
import { ManualOrderDialog } from './manual-order-dialog';
import { OrderList } from './order-list';
import { ReviewQueue, type ReviewQueueHandle } from './review-queue';
import { shortcutList, useShortcuts } from './shortcuts';
import { ShowcasePicker, useShowcase } from './showcase-picker';
import { useLiveData } from './use-live-data';
import { useStaffMark } from './use-staff-mark';
import { RehearsalNowBar } from '../training/rehearsal-panel';
import './live.css';

const dateTime = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', hour12: false });

export function LiveScreen() {
  const { t } = useTranslation('live');
  const toasts = useToasts();
  const markStaff = useStaffMark();
  const data = useLiveData((event) => {
    if (event.event === 'waitlistPromoted') {
      const p = event.payload;
      toasts.show(t('orders.promoted', { name: p.customerName, qty: p.qty, product: p.productName, code: p.order.code }));
    }
  });
  const [filter, setFilter] = useState<FeedFilter>('all');
  const [paused, setPaused] = useState(false);
  const [manualOpen, setManualOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(true);
  const reviewRef = useRef<ReviewQueueHandle>(null);
  const show = useShowcase();

  useShortcuts(
    {
      showcaseIndex: (index) => {
        const product = data.products[index];
        if (product) show(product.id);
      },
      hideShowcase: () => show(null),
      manualOrder: () => setManualOpen(true),
      fixReview: () => reviewRef.current?.focusFirst(),
      togglePause: () => setPaused((value) => !value),
      filter: setFilter,
      toggleHelp: () => setHelpOpen((value) => !value),
    },
    !manualOpen,
  );

  const startSession = async () => {
    const name = window.prompt(t('session.namePrompt')) ?? undefined;
    if (name === undefined) return;
    try {
      const session = await client.call('startSession', { name: name || undefined });
      toasts.show(t('session.started', { name: session.name }));
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    }
  };

  const endSession = async () => {
    const session = data.session;
    if (!session || !window.confirm(t('session.confirmEnd', { name: session.name }))) return;
    try {
      await client.call('endSession', { id: session.id });
      toasts.show(t('session.ended', { name: session.name }));
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    }
  };

  return (
    <section className="live-screen">
      <header className="screen-header">
        <h1>
          {t('title')}
          {data.session && (
            <span className="session-name" data-testid="session-name">
              {' '}
              · {data.session.name} <small className="muted">{t('session.startedAt', { time: dateTime.format(new Date(data.session.startedAt)) })}</small>
            </span>
          )}
        </h1>
        <div className="actions">
          <button type="button" className="primary" onClick={() => setManualOpen(true)}>
            {t('manual.open')}
          </button>
          {data.session ? (
            <>
              <button type="button" onClick={() => void startSession()}>
                {t('session.startNew')}
              </button>
              <button type="button" className="danger" onClick={() => void endSession()}>
                {t('session.end')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => void startSession()}>
              {t('session.start')}
            </button>
          )}
          <button type="button" aria-expanded={helpOpen} onClick={() => setHelpOpen((value) => !value)}>
            {t('shortcuts.toggle')}
          </button>
        </div>
      </header>
      {data.loaded && !data.session && <p className="muted">{t('session.none')}</p>}
      <RehearsalNowBar />

      {helpOpen && (
        <aside className="shortcuts" aria-label={t('shortcuts.title')}>
          <strong>{t('shortcuts.title')}:</strong>
          {shortcutList.map(([keys, message]) => (
            <span key={keys}>
              <kbd>{keys}</kbd> {t(message)}
            </span>
          ))}
        </aside>
      )}

      <ShowcasePicker products={data.products} current={data.showcase} />

      <div className="live-grid">
        <ChatFeed
          comments={data.comments}
          filter={filter}
          onFilter={setFilter}
          paused={paused}
          onTogglePause={() => setPaused((value) => !value)}
          staff={data.staff}
          onToggleStaff={(comment, staff) => void markStaff(comment, staff)}
        />
        <OrderList orders={data.orders} waiting={data.waiting} />
        <ReviewQueue ref={reviewRef} reviews={data.reviews} products={data.products} />
      </div>

      {livePanels.length > 0 && (
        <div className="live-extra-panels">
          {livePanels.map(({ id, Component }) => (
            <section key={id} className="live-panel" data-panel={id}>
              <Component />
            </section>
          ))}
        </div>
      )}

      {manualOpen && <ManualOrderDialog products={data.products} onClose={() => setManualOpen(false)} />}
    </section>
  );
}
