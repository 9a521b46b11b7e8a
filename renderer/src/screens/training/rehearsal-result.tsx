// A rehearsal's score with what went wrong, in words a learner can act on:
// the points of each part (only what depended on the learner earns points),
// then each mistake.
import type { RehearsalScoreBody } from '../../../../src/app/contract/training';
import { useTranslation } from '../../i18n';

export function RehearsalResult({ score }: { score: RehearsalScoreBody }) {
  const { t } = useTranslation('training');
  const seconds = (value: number | null) => (value === null ? '—' : t('rehearsal.seconds', { value }));
  const { orders, review, showcase } = score;
  return (
    <div className="rehearsal-result" role="status">
      <p className="rehearsal-score">
        {t('rehearsal.score')}: <strong>{score.score}</strong>/100
      </p>
      {score.parts && score.parts.length > 0 && (
        <ul className="rehearsal-parts" aria-label={t('rehearsal.partsTitle')}>
          {score.parts.map((part) => (
            <li key={part.part}>
              {t(`rehearsal.parts.${part.part}`)}: <strong>{part.points}</strong>/{part.max}
            </li>
          ))}
          {score.penalty !== undefined && score.penalty > 0 && (
            <li>
              {t('rehearsal.penalty')}: <strong>−{score.penalty}</strong>
            </li>
          )}
        </ul>
      )}
      <dl className="about">
        <dt>{t('rehearsal.orders')}</dt>
        <dd>
          {orders.throughLearner !== undefined
            ? t('rehearsal.ordersThroughLearner', { right: orders.capturedThroughLearner ?? 0, total: orders.throughLearner })
            : `${orders.captured}/${orders.expected}`}
          {orders.medianCaptureSeconds !== null && ` · ${t('rehearsal.median')} ${seconds(orders.medianCaptureSeconds)}`}
        </dd>
        {orders.automatic !== undefined && (
          <>
            <dt>{t('rehearsal.ordersAutomatic')}</dt>
            <dd>{t('rehearsal.ordersAutomaticValue', { total: orders.automatic, spoilt: orders.spoiltAutomatic ?? 0 })}</dd>
          </>
        )}
        {review && (
          <>
            <dt>{t('rehearsal.review')}</dt>
            <dd>{t('rehearsal.reviewValue', { right: review.settledRight, total: review.entries, open: review.open })}</dd>
          </>
        )}
        {showcase && (
          <>
            <dt>{t('rehearsal.showcase')}</dt>
            <dd>{t('rehearsal.showcaseValue', { onTime: showcase.onTime, total: showcase.slots, late: showcase.late, notShown: showcase.notShown })}</dd>
          </>
        )}
        <dt>{t('rehearsal.questions')}</dt>
        <dd>
          {score.questions.answered}/{score.questions.asked}
          {score.questions.medianAnswerSeconds !== null &&
            ` · ${t('rehearsal.median')} ${seconds(score.questions.medianAnswerSeconds)} · ${t('rehearsal.slowest')} ${seconds(score.questions.slowestAnswerSeconds)}`}
        </dd>
        <dt>{t('rehearsal.mistakes')}</dt>
        <dd>{t('rehearsal.mistakeCounts', { missed: orders.missed, wrong: orders.wrongQuantity, extra: orders.extra })}</dd>
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
                seconds: mistake.seconds ?? 0,
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
