// Bank statement reconciliation: a CSV statement or pasted notifications,
// previewed, then applied all at once; what did not match waits here for
// the seller to decide (record it for an order, or dismiss it).
import { useCallback, useEffect, useRef, useState } from 'react';
import { client, CommandError } from '../../api/client';
import type { CommandResult } from '../../../../src/app/contract';
import { formatVnd } from '../../../../src/core/money/vnd';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';

type Result = CommandResult<'importBankStatement'>;
type Review = CommandResult<'listPaymentReviews'>[number];
type Issue = { line: number; message: string; messageEn: string };

export function PaymentsView() {
  const { t, i18n } = useTranslation('orders');
  const toasts = useToasts();
  const [text, setText] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [reviews, setReviews] = useState<Review[]>([]);
  const [codes, setCodes] = useState<Record<number, string>>({});
  const fileInput = useRef<HTMLInputElement>(null);

  const loadReviews = useCallback(() => void client.call('listPaymentReviews', {}).then(setReviews).catch(() => undefined), []);
  useEffect(() => {
    loadReviews();
    return client.subscribe((event) => {
      if (event.event === 'paymentReviewsChanged' || event.event === 'orderJournalChanged') loadReviews();
    });
  }, [loadReviews]);

  const run = async (apply: boolean) => {
    setIssues([]);
    try {
      const outcome = await client.call(apply ? 'importBankStatement' : 'previewBankStatement', { text });
      setResult(outcome);
      if (apply) {
        toasts.show(t('payments.applied'), outcome.journalId === null ? {} : { undo: () => void client.call('undoOrderChange', { id: outcome.journalId! }).then(loadReviews) });
        loadReviews();
      }
    } catch (error) {
      if (error instanceof CommandError && Array.isArray(error.body.details)) setIssues(error.body.details as Issue[]);
      toasts.show(errorText(error), { kind: 'error' });
    }
  };

  const settle = async (review: Review, action: 'accept' | 'dismiss') => {
    try {
      let orderId: number | undefined;
      if (action === 'accept') {
        const code = (codes[review.paymentId] ?? '').trim().toUpperCase();
        if (code !== '') {
          const found = await client.call('searchOrders', { filter: { query: code }, limit: 5 });
          orderId = found.orders.find((o) => o.code === code)?.id;
          if (orderId === undefined) throw new Error(`${t('payments.orderCode')} ${code}?`);
        }
      }
      await client.call('settlePaymentReview', { paymentId: review.paymentId, action, orderId });
      loadReviews();
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    }
  };

  const reason = (key: string) => t(`payments.reasons.${key}`);

  return (
    <div className="payments">
      <section className="card">
        <h2>{t('payments.title')}</h2>
        <p className="muted small">{t('payments.hint')}</p>
        <div className="actions">
          <button type="button" onClick={() => fileInput.current?.click()}>{t('payments.file')}</button>
          <input
            ref={fileInput}
            type="file"
            hidden
            accept=".csv,.txt,text/csv,text/plain"
            data-testid="statement-file"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (file) setText(await file.text());
              event.target.value = '';
            }}
          />
        </div>
        <label className="stack">
          {t('payments.paste')}
          <textarea rows={6} value={text} onChange={(e) => setText(e.target.value)} data-testid="statement-text" />
        </label>
        <div className="actions">
          <button type="button" disabled={text.trim() === ''} onClick={() => void run(false)}>{t('payments.preview')}</button>
          <button type="button" className="primary" disabled={text.trim() === ''} onClick={() => void run(true)}>{t('payments.import')}</button>
        </div>
        {issues.length > 0 && (
          <ul className="card error-list" role="alert">
            {issues.map((issue, index) => (
              <li key={index}>{t('payments.line', { line: issue.line })}: {i18n.language === 'en' ? issue.messageEn : issue.message}</li>
            ))}
          </ul>
        )}
        {result && (
          <div data-testid="statement-result">
            <p>
              <strong>{t('payments.result', { transfers: result.transfers, matched: result.matched.length, mismatches: result.mismatches.length })}</strong>
            </p>
            {result.matched.length > 0 && (
              <>
                <h3>{t('payments.matched')}</h3>
                <ul className="small">
                  {result.matched.map((m, index) => (
                    <li key={index}>{formatVnd(m.transfer.amount)} → {m.orders.map((o) => o.code).join(', ')} <span className="muted">({m.transfer.memo})</span></li>
                  ))}
                </ul>
              </>
            )}
            {result.mismatches.length > 0 && (
              <>
                <h3>{t('payments.mismatches')}</h3>
                <ul className="small">
                  {result.mismatches.map((m, index) => (
                    <li key={index}>
                      {formatVnd(m.transfer.amount)} · <strong>{reason(m.reason)}</strong>
                      {m.expected !== null && m.expected > 0 && ` (${t('payments.expected', { amount: formatVnd(m.expected) })})`} · <span className="muted">{m.transfer.memo}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </section>

      <section className="card" data-testid="payment-reviews">
        <h2>{t('payments.open')}</h2>
        {reviews.length === 0 ? (
          <p className="muted">{t('payments.noOpen')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th className="num">{t('payments.amount')}</th>
                <th>{t('payments.memo')}</th>
                <th />
                <th />
              </tr>
            </thead>
            <tbody>
              {reviews.map((review) => (
                <tr key={review.paymentId}>
                  <td className="num">{formatVnd(review.amount)}</td>
                  <td>
                    {review.memo}
                    <div className="muted small">
                      {reason(review.reason)}
                      {review.expected !== null && review.expected > 0 && ` · ${t('payments.expected', { amount: formatVnd(review.expected) })}`}
                      {review.orders.length > 0 && ` · ${review.orders.map((o) => o.code).join(', ')}`}
                    </div>
                  </td>
                  <td>
                    <input
                      className="code-input"
                      placeholder={review.orders[0]?.code ?? t('payments.orderCode')}
                      aria-label={t('payments.orderCode')}
                      value={codes[review.paymentId] ?? ''}
                      onChange={(e) => setCodes({ ...codes, [review.paymentId]: e.target.value })}
                    />
                  </td>
                  <td className="row-actions">
                    <button type="button" className="primary" onClick={() => void settle(review, 'accept')}>{t('payments.accept')}</button>
                    <button type="button" onClick={() => void settle(review, 'dismiss')}>{t('payments.dismiss')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
