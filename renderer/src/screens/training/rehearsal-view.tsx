// Rehearsal: a practice live sale with a simulated audience, and its scores.
import { useEffect, useState } from 'react';
import { client } from '../../api/client';
import type { CommandResult } from '../../../../src/app/contract';
import type { LearnerSummary } from '../../../../src/app/contract/training';
import { useTranslation } from '../../i18n';

type Rehearsals = CommandResult<'listRehearsals'>;

export function RehearsalView({ learner, onError }: { learner: LearnerSummary | null; onError(error: unknown): void }) {
  const { t } = useTranslation('training');
  const [history, setHistory] = useState<Rehearsals>([]);

  useEffect(() => {
    if (!learner) return setHistory([]);
    client.call('listRehearsals', { learnerId: learner.id }).then(setHistory).catch(onError);
  }, [learner, onError]);

  return (
    <section className="rehearsal">
      <h2>{t('rehearsal.title')}</h2>
      <p className="muted">{t('rehearsal.intro')}</p>
      <p className="card hint">{t('rehearsal.unavailable')}</p>
      <h3>{t('rehearsal.history')}</h3>
      {history.length === 0 ? (
        <p className="muted">{t('rehearsal.none')}</p>
      ) : (
        <RehearsalTable history={history} />
      )}
    </section>
  );
}

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
            <td className="num">{record.score ? `${record.score.orders.captured}/${record.score.orders.expected}` : '—'}</td>
            <td className="num">{record.score ? `${record.score.questions.answered}/${record.score.questions.asked}` : '—'}</td>
            <td className="num">{record.score?.mistakes.length ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
