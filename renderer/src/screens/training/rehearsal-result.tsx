// A rehearsal's score with what went wrong, in words a learner can act on.
import type { RehearsalScoreBody } from '../../../../src/app/contract/training';
import { useTranslation } from '../../i18n';

export function RehearsalResult({ score }: { score: RehearsalScoreBody }) {
  const { t } = useTranslation('training');
  const seconds = (value: number | null) => (value === null ? '—' : t('rehearsal.seconds', { value }));
  return (
    <div className="rehearsal-result" role="status">
      <p className="rehearsal-score">
        {t('rehearsal.score')}: <strong>{score.score}</strong>/100
      </p>
      <dl className="about">
        <dt>{t('rehearsal.orders')}</dt>
        <dd>
          {score.orders.captured}/{score.orders.expected}
          {score.orders.medianCaptureSeconds !== null && ` · ${t('rehearsal.median')} ${seconds(score.orders.medianCaptureSeconds)}`}
        </dd>
        <dt>{t('rehearsal.questions')}</dt>
        <dd>
          {score.questions.answered}/{score.questions.asked}
          {score.questions.medianAnswerSeconds !== null &&
            ` · ${t('rehearsal.median')} ${seconds(score.questions.medianAnswerSeconds)} · ${t('rehearsal.slowest')} ${seconds(score.questions.slowestAnswerSeconds)}`}
        </dd>
        <dt>{t('rehearsal.mistakes')}</dt>
        <dd>
          {t('rehearsal.mistakeCounts', { missed: score.orders.missed, wrong: score.orders.wrongQuantity, extra: score.orders.extra })}
        </dd>
      </dl>
      {score.mistakes.length > 0 && (
        <ul className="rehearsal-mistakes">
          {score.mistakes.map((mistake, index) => (
            <li key={index}>
              {t(`rehearsal.mistake.${mistake.kind}`, {
                name: mistake.userName,
                code: mistake.code ?? '',
                expected: mistake.expectedQty ?? 0,
                captured: mistake.capturedQty ?? 0,
                question: mistake.question ?? '',
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
