// The comment feed: every comment with its intent marked by colour and what
// the order book did with it. Virtualised: only the rows on screen exist in
// the page, so thousands of comments stay smooth. Chat text is rendered as
// text (React escapes it), never as markup.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from '../../i18n';
import { staffKey } from '../../../../src/core/chat/staff-key';
import type { LiveComment, StaffView } from './use-live-data';

export type FeedFilter = 'all' | 'order' | 'question' | 'cancel' | 'review';
export const feedFilters: FeedFilter[] = ['all', 'order', 'question', 'cancel', 'review'];

function matches(comment: LiveComment, filter: FeedFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'review') return comment.action === 'review';
  return comment.intent === filter;
}

const timeFormat = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

function ActionNote({ comment }: { comment: LiveComment }) {
  const { t } = useTranslation('live');
  const action = comment.action;
  // the shop's own voice: read, not acted on
  if (comment.detail.fromShop === true) return <span className="feed-action action-from-shop">{t('action.fromShop')}</span>;
  if (!action || action === 'none') return null;
  const waiting = comment.detail.waitlisted?.reduce((sum, item) => sum + item.qty, 0) ?? 0;
  const swapped = comment.detail.swappedOut?.map((item) => item.code).join(', ');
  const text =
    action === 'ordered' && waiting > 0
      ? t('action.partlyWaitlisted', { code: comment.orderCode ?? '', waiting })
      : action === 'ordered' && swapped
        ? t('action.swapped', { code: comment.orderCode ?? '', out: swapped })
        : t(`action.${action}`, { code: comment.orderCode ?? '' });
  return <span className={`feed-action action-${action}`}>{text}</span>;
}

export function ChatFeed({
  comments,
  filter,
  onFilter,
  paused,
  onTogglePause,
  staff,
  onToggleStaff,
}: {
  comments: LiveComment[];
  filter: FeedFilter;
  onFilter(filter: FeedFilter): void;
  paused: boolean;
  onTogglePause(): void;
  /** Accounts marked as the shop's own, by staffKey. */
  staff: Map<string, StaffView>;
  /** Marks or unmarks the comment's author as the shop's own. */
  onToggleStaff(comment: LiveComment, staff: boolean): void;
}) {
  const { t } = useTranslation('live');
  const visible = useMemo(() => (filter === 'all' ? comments : comments.filter((c) => matches(c, filter))), [comments, filter]);
  const scroller = useRef<HTMLDivElement>(null);
  const [atBottom, setAtBottom] = useState(true);
  const seen = useRef(visible.length);

  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 46,
    overscan: 12,
    getItemKey: (index) => visible[index]!.id,
  });

  // Follow the newest comment unless the seller scrolled up or paused.
  const follow = atBottom && !paused;
  useLayoutEffect(() => {
    if (follow && visible.length > 0) virtualizer.scrollToIndex(visible.length - 1, { align: 'end' });
    if (follow) seen.current = visible.length;
  }, [visible.length, follow, virtualizer]);
  useEffect(() => {
    if (filter) seen.current = visible.length;
  }, [filter, visible.length]);

  const unseen = follow ? 0 : Math.max(0, visible.length - seen.current);
  const unseenText = unseen.toLocaleString('vi-VN');

  return (
    <section className="live-panel feed" aria-label={t('feed.title')}>
      <header className="panel-header">
        <h2>{t('feed.title')}</h2>
        <span className="muted small">{t('feed.count', { count: comments.length, n: comments.length.toLocaleString('vi-VN') })}</span>
      </header>
      <div className="feed-filters" role="group" aria-label={t('feed.title')}>
        {feedFilters.map((name) => (
          <button key={name} type="button" className={filter === name ? 'chip active' : 'chip'} aria-pressed={filter === name} onClick={() => onFilter(name)}>
            {t(`feed.filter.${name}`)}
          </button>
        ))}
      </div>
      {paused && (
        <button type="button" className="feed-paused" onClick={onTogglePause}>
          {t('feed.paused')}
        </button>
      )}
      <div
        ref={scroller}
        className="feed-scroll"
        data-testid="chat-feed"
        onScroll={(event) => {
          const el = event.currentTarget;
          setAtBottom(el.scrollHeight - el.scrollTop - el.clientHeight < 40);
        }}
      >
        {visible.length === 0 ? (
          <p className="muted feed-empty">{t('feed.empty')}</p>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((row) => {
              const comment = visible[row.index]!;
              const intent = comment.intent ?? 'other';
              const isStaff = staff.has(staffKey(comment.platform, comment.userId));
              return (
                <div
                  key={row.key}
                  ref={virtualizer.measureElement}
                  data-index={row.index}
                  className={`feed-row intent-${intent}`}
                  data-intent={intent}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}
                >
                  <span className="feed-time">{timeFormat.format(new Date(comment.sentAt))}</span>
                  <span className={`intent-badge intent-${intent}`}>{t(`intent.${intent}`)}</span>
                  <span className="feed-user">{comment.userName}</span>
                  {/* a helper typing orders from their own account: marked, what they write makes no order of theirs */}
                  <button
                    type="button"
                    className={isStaff ? 'feed-staff marked' : 'feed-staff'}
                    aria-pressed={isStaff}
                    title={t(isStaff ? 'feed.unmarkStaff' : 'feed.markStaff', { name: comment.userName })}
                    aria-label={t(isStaff ? 'feed.unmarkStaff' : 'feed.markStaff', { name: comment.userName })}
                    onClick={() => onToggleStaff(comment, !isStaff)}
                  >
                    {isStaff ? t('feed.staffBadge') : '☆'}
                  </button>
                  <span className="feed-text">{comment.text}</span>
                  <ActionNote comment={comment} />
                </div>
              );
            })}
          </div>
        )}
      </div>
      {unseen > 0 && (
        <button
          type="button"
          className="feed-new"
          onClick={() => {
            setAtBottom(true);
            virtualizer.scrollToIndex(visible.length - 1, { align: 'end' });
          }}
        >
          {t('feed.newBelow', { count: unseen, n: unseenText })}
        </button>
      )}
    </section>
  );
}
