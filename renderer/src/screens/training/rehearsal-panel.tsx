// The rehearsal's panel in the Live screen: while the simulated audience is
// on, the learner marks its questions answered here and finishes to be scored.
import { useEffect, useState } from 'react';
import { client } from '../../api/client';
import type { CommandResult } from '../../../../src/app/contract';
import type { RehearsalStatusBody } from '../../../../src/app/contract/training';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';
import { RehearsalResult } from './rehearsal-result';

export type FinishedRehearsal = CommandResult<'finishRehearsal'>;

export function useRehearsal(): RehearsalStatusBody | null {
  const [status, setStatus] = useState<RehearsalStatusBody | null>(null);
  useEffect(() => {
    void client.call('getRehearsal', {}).then(setStatus).catch(() => setStatus(null));
    return client.subscribe((event) => {
      if (event.event === 'rehearsalChanged') setStatus(event.payload.rehearsal);
    });
  }, []);
  return status;
}

export function RehearsalControls({ status, onFinished }: { status: RehearsalStatusBody; onFinished(result: FinishedRehearsal): void }) {
  const { t } = useTranslation('training');
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const open = status.questions.filter((q) => q.answeredAt === null);
  const done = status.questions.length - open.length;

  const answer = (ref: string, answered: boolean) =>
    client.call('answerRehearsalQuestion', { ref, answered }).catch((error: unknown) => toasts.show(errorText(error), { kind: 'error' }));

  const abandon = async () => {
    if (!window.confirm(t('rehearsal.confirmAbandon'))) return;
    setBusy(true);
    try {
      await client.call('abandonRehearsal', {});
      toasts.show(t('rehearsal.abandoned'));
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const finish = async () => {
    setBusy(true);
    try {
      onFinished(await client.call('finishRehearsal', {}));
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="rehearsal-controls">
      <p>
        <strong>{status.learnerName}</strong> · {t('rehearsal.progress', { sent: status.sent, planned: status.planned })}
        {status.audienceDone && ` · ${t('rehearsal.audienceDone')}`}
      </p>
      <h4>{t('rehearsal.openQuestions', { open: open.length, done })}</h4>
      {open.length === 0 ? (
        <p className="muted small">{t('rehearsal.noQuestions')}</p>
      ) : (
        <ul className="rehearsal-questions">
          {open.map((question) => (
            <li key={question.ref}>
              <span>
                <strong>{question.userName}</strong>: {question.text}
              </span>
              <button type="button" onClick={() => void answer(question.ref, true)}>
                {t('rehearsal.answered')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void finish()}>
          {t('rehearsal.finish')}
        </button>
        <button type="button" disabled={busy} onClick={() => void abandon()}>
          {t('rehearsal.abandon')}
        </button>
      </div>
      <p className="muted small">{t('rehearsal.stockNote')}</p>
    </div>
  );
}

/** Shown in the Live screen's panels; nothing when no rehearsal is running and none just finished. */
export function RehearsalPanel() {
  const { t } = useTranslation('training');
  const status = useRehearsal();
  const [finished, setFinished] = useState<FinishedRehearsal | null>(null);
  if (!status && !finished) return null;
  return (
    <section className="card rehearsal-panel" aria-label={t('rehearsal.title')}>
      <h3>{t('rehearsal.title')}</h3>
      {status ? (
        <RehearsalControls status={status} onFinished={setFinished} />
      ) : (
        finished && (
          <>
            <RehearsalResult score={finished.score} />
            <button type="button" onClick={() => setFinished(null)}>
              {t('rehearsal.close')}
            </button>
          </>
        )
      )}
    </section>
  );
}
