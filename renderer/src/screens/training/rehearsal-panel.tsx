// The rehearsal's panel in the Live screen: while the simulated audience is
// on, the learner follows the run-of-show (which product to present now),
// marks the audience's questions answered, and finishes to be scored.
import { useEffect, useRef, useState } from 'react';
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

const clock = (seconds: number) => {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};

/** Seconds since the rehearsal began, by the app's clock, moving on between status updates. */
function useElapsed(status: RehearsalStatusBody): number {
  const received = useRef({ at: Date.now(), elapsed: status.elapsedSeconds });
  const [, setTick] = useState(0);
  useEffect(() => {
    received.current = { at: Date.now(), elapsed: status.elapsedSeconds };
  }, [status]);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return received.current.elapsed + (Date.now() - received.current.at) / 1000;
}

/** The product the run-of-show says to present now, with the time left before the next. */
function PresentNow({ status, elapsed }: { status: RehearsalStatusBody; elapsed: number }) {
  const { t } = useTranslation('training');
  const slots = status.runOfShow;
  const now = currentSlot(slots, elapsed);
  const slot = slots[now];
  if (!slot) return null;
  return (
    <>
      {t('rehearsal.presentNow')} <strong>{slot.code}</strong> · {slot.name}
      {now < slots.length - 1 && elapsed < slot.endSecond && (
        <span className="muted small"> · {t('rehearsal.nextIn', { time: clock(slot.endSecond - elapsed), code: slots[now + 1]!.code })}</span>
      )}
    </>
  );
}

const currentSlot = (slots: RehearsalStatusBody['runOfShow'], elapsed: number) => {
  const index = slots.findIndex((slot) => elapsed < slot.endSecond);
  return index === -1 ? slots.length - 1 : index;
};

/** One line at the top of the Live screen while rehearsing: the learner works down there, the panel is further below. */
export function RehearsalNowBar() {
  const status = useRehearsal();
  if (!status || status.runOfShow.length === 0) return null;
  return <RehearsalNowLine status={status} />;
}

function RehearsalNowLine({ status }: { status: RehearsalStatusBody }) {
  const { t } = useTranslation('training');
  const elapsed = useElapsed(status);
  return (
    <p className="rehearsal-now-bar" data-testid="rehearsal-now">
      <span className="badge">{t('rehearsal.title')}</span> <PresentNow status={status} elapsed={elapsed} />
    </p>
  );
}

/** Which product to present when: the audience orders the current one with "+1" once its first seconds are over. */
function RunOfShow({ status }: { status: RehearsalStatusBody }) {
  const { t } = useTranslation('training');
  const elapsed = useElapsed(status);
  const slots = status.runOfShow;
  if (slots.length === 0) return null;
  const now = currentSlot(slots, elapsed);
  const slot = slots[now]!;
  return (
    <div className="run-of-show">
      <p className="run-of-show-now" role="status" aria-live="polite">
        <PresentNow status={status} elapsed={elapsed} />
      </p>
      <p className="muted small">{t('rehearsal.runOfShowHint', { seconds: Math.round(slot.graceSeconds) })}</p>
      <ol className="run-of-show-list" aria-label={t('rehearsal.runOfShow')}>
        {slots.map((s, index) => (
          <li key={`${s.code}-${index}`} className={index === now ? 'current' : index < now ? 'past' : ''} aria-current={index === now ? 'step' : undefined}>
            <span className="time">
              {clock(s.startSecond)}–{clock(s.endSecond)}
            </span>{' '}
            <strong>{s.code}</strong> {s.name}
          </li>
        ))}
      </ol>
    </div>
  );
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
      {status.sampleCatalog && <p className="muted small">{t('rehearsal.sampleRunning')}</p>}
      <RunOfShow status={status} />
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
