// Rehearsal: a practice live sale with a simulated audience, started here and
// handled in the Live screen; the learner's past scores below.
import { useEffect, useState } from 'react';
import { client } from '../../api/client';
import type { CommandResult } from '../../../../src/app/contract';
import type { LearnerSummary } from '../../../../src/app/contract/training';
import { useTranslation } from '../../i18n';
import { RehearsalControls, useRehearsal, type FinishedRehearsal } from './rehearsal-panel';
import { RehearsalResult } from './rehearsal-result';

type Rehearsals = CommandResult<'listRehearsals'>;

export const PACES = [
  { id: 'calm', commentsPerMinute: 10 },
  { id: 'normal', commentsPerMinute: 20 },
  { id: 'busy', commentsPerMinute: 45 },
] as const;

export function RehearsalView({ learner, onError }: { learner: LearnerSummary | null; onError(error: unknown): void }) {
  const { t } = useTranslation('training');
  const running = useRehearsal();
  const [history, setHistory] = useState<Rehearsals>([]);
  const [pace, setPace] = useState<(typeof PACES)[number]['id']>('normal');
  const [minutes, setMinutes] = useState(5);
  const [finished, setFinished] = useState<FinishedRehearsal | null>(null);
  const [busy, setBusy] = useState(false);
  // null until known: an empty catalog offers the sample one instead of a start that would be refused.
  const [productCount, setProductCount] = useState<number | null>(null);

  useEffect(() => {
    const count = () => void client.call('listProducts', {}).then((products) => setProductCount(products.length)).catch(onError);
    count();
    return client.subscribe((event) => {
      if (event.event === 'catalogChanged') count();
    });
  }, [onError]);

  useEffect(() => {
    if (!learner) return setHistory([]);
    client.call('listRehearsals', { learnerId: learner.id }).then(setHistory).catch(onError);
  }, [learner, finished, onError]);

  const start = async (sampleCatalog = false) => {
    if (!learner) return;
    if (sampleCatalog && !window.confirm(t('rehearsal.sampleConfirm'))) return;
    setBusy(true);
    setFinished(null);
    try {
      const commentsPerMinute = PACES.find((p) => p.id === pace)!.commentsPerMinute;
      await client.call('startRehearsal', { learnerId: learner.id, commentsPerMinute, minutes, sampleCatalog });
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="rehearsal">
      <h2>{t('rehearsal.title')}</h2>
      <p className="muted">{t('rehearsal.intro')}</p>
      {running ? (
        <div className="card">
          <p>
            {t('rehearsal.running')} <a href="#/live">{t('rehearsal.goLive')}</a>
          </p>
          <RehearsalControls status={running} onFinished={setFinished} />
        </div>
      ) : (
        <div className="card rehearsal-start">
          <label>
            <span>{t('rehearsal.pace')}</span>
            <select value={pace} onChange={(event) => setPace(event.target.value as typeof pace)}>
              {PACES.map((p) => (
                <option key={p.id} value={p.id}>
                  {t(`rehearsal.paces.${p.id}`, { count: p.commentsPerMinute })}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('rehearsal.minutes')}</span>
            <select value={minutes} onChange={(event) => setMinutes(Number(event.target.value))}>
              {[3, 5, 10, 15].map((m) => (
                <option key={m} value={m}>
                  {t('modules.minutes', { count: m })}
                </option>
              ))}
            </select>
          </label>
          {productCount === 0 ? (
            <div className="rehearsal-sample">
              <p>{t('rehearsal.emptyCatalog')}</p>
              <button type="button" className="primary" disabled={!learner || busy} onClick={() => void start(true)}>
                {t('rehearsal.useSample')}
              </button>
              <p className="muted small">{t('rehearsal.sampleNote')}</p>
            </div>
          ) : (
            <button type="button" className="primary" disabled={!learner || busy || productCount === null} onClick={() => void start()}>
              {t('rehearsal.start')}
            </button>
          )}
          {!learner && <p className="muted small">{t('learner.needOne')}</p>}
        </div>
      )}
      {finished && (
        <div className="card">
          <RehearsalResult score={finished.score} />
        </div>
      )}
      <h3>{t('rehearsal.history')}</h3>
      {history.length === 0 ? <p className="muted">{t('rehearsal.none')}</p> : <RehearsalTable history={history} />}
    </section>
  );
}

/** Orders that needed the learner; a score kept before that split shows every order. */
const ordersCell = (orders: NonNullable<Rehearsals[number]['score']>['orders']) =>
  orders.throughLearner !== undefined ? `${orders.capturedThroughLearner ?? 0}/${orders.throughLearner}` : `${orders.captured}/${orders.expected}`;

export function RehearsalTable({ history }: { history: Rehearsals }) {
  const { t, i18n } = useTranslation('training');
  return (
    <table className="table">
      <thead>
        <tr>
          <th />
          <th className="num">{t('rehearsal.score')}</th>
          <th className="num">{t('rehearsal.orders')}</th>
          <th className="num">{t('rehearsal.questions')}</th>
          <th className="num">{t('rehearsal.mistakes')}</th>
        </tr>
      </thead>
      <tbody>
        {history.map((record) => (
          <tr key={record.id}>
            <td>{new Date(record.at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN')}</td>
            <td className="num">{record.score?.score ?? '—'}</td>
            <td className="num">{record.score ? ordersCell(record.score.orders) : '—'}</td>
            <td className="num">{record.score ? `${record.score.questions.answered}/${record.score.questions.asked}` : '—'}</td>
            <td className="num">{record.score?.mistakes.length ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
