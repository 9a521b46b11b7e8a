// One lesson: the text (HTML the app rendered from Markdown and made safe),
// the checklist, and the quiz with an explanation for every choice after submitting.
import { useEffect, useState } from 'react';
import { client } from '../../api/client';
import type { CommandResult } from '../../../../src/app/contract';
import type { LearnerSummary, TrainingLesson } from '../../../../src/app/contract/training';
import { useTranslation } from '../../i18n';

type Pointer = { moduleId: string; lessonId: string };
type QuizResult = CommandResult<'submitQuiz'>;
type LessonState = CommandResult<'getLessonState'>;

export function LessonView({
  learner,
  lesson: pointer,
  onOpen,
  onBack,
  onError,
}: {
  learner: LearnerSummary;
  lesson: Pointer;
  onOpen(lesson: Pointer): void;
  onBack(): void;
  onError(error: unknown): void;
}) {
  const { t, i18n } = useTranslation('training');
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const [lesson, setLesson] = useState<TrainingLesson | null>(null);
  const [state, setState] = useState<LessonState | null>(null);
  const [answers, setAnswers] = useState<(number | null)[]>([]);
  const [result, setResult] = useState<QuizResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [warning, setWarning] = useState('');
  const ref = { learnerId: learner.id, ...pointer };

  useEffect(() => {
    client
      .call('getTrainingLesson', { ...pointer, language })
      .then((loaded) => {
        setLesson(loaded);
        setAnswers(loaded.quiz.map(() => null));
      })
      .catch(onError);
    client.call('getLessonState', { learnerId: learner.id, ...pointer }).then(setState).catch(onError);
    // The lesson and the learner identify what to load; `pointer` itself is a new object each render.
  }, [pointer.moduleId, pointer.lessonId, learner.id, language, onError]);

  if (!lesson) return <p className="muted">…</p>;

  const markRead = async () => {
    try {
      await client.call('markLessonRead', ref);
      setState((s) => (s ? { ...s, read: true } : s));
    } catch (error) {
      onError(error);
    }
  };

  const tick = async (item: number, done: boolean) => {
    // Shown at once; the app's answer then settles it.
    setState((s) => (s ? { ...s, ticks: done ? [...s.ticks, item] : s.ticks.filter((i) => i !== item) } : s));
    try {
      const { ticks } = await client.call('setChecklistItem', { ...ref, item, done });
      setState((s) => (s ? { ...s, ticks } : s));
    } catch (error) {
      onError(error);
    }
  };

  const submit = async () => {
    if (answers.some((answer) => answer === null)) return setWarning(t('lesson.answerAll'));
    setWarning('');
    setBusy(true);
    try {
      const scored = await client.call('submitQuiz', { ...ref, answers, language });
      setResult(scored);
      client.call('getLessonState', ref).then(setState).catch(onError);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  const retry = () => {
    setResult(null);
    setAnswers(lesson.quiz.map(() => null));
  };

  const best = state?.attempts.reduce<{ score: number; total: number } | null>((top, a) => (!top || a.score > top.score ? a : top), null);

  return (
    <article className="lesson" lang={lesson.language}>
      <nav className="lesson-nav">
        <button type="button" className="link" onClick={onBack}>
          {t('lesson.back')}
        </button>
        <span className="muted small">{lesson.moduleTitle}</span>
      </nav>
      <h2 className="lesson-title">{lesson.title}</h2>
      <p className="muted small">
        {t('modules.minutes', { count: lesson.minutes })}
        {state?.read && ` · ✓ ${t('lesson.read')}`}
      </p>

      {/* Safe: the app renders Markdown with raw HTML escaped and only the module's own pictures. */}
      <div className="lesson-body" dangerouslySetInnerHTML={{ __html: lesson.html }} />

      {!state?.read && (
        <button type="button" className="primary" onClick={() => void markRead()}>
          {t('lesson.markRead')}
        </button>
      )}

      {lesson.checklist.length > 0 && (
        <section className="card checklist">
          <h3>{t('lesson.checklist')}</h3>
          <ul>
            {lesson.checklist.map((item, index) => (
              <li key={index}>
                <label>
                  <input type="checkbox" checked={state?.ticks.includes(index) ?? false} onChange={(event) => void tick(index, event.target.checked)} />
                  <span>{item}</span>
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="card quiz" aria-label={t('lesson.quiz')}>
        <h3>{t('lesson.quiz')}</h3>
        <p className="muted small">
          {t('lesson.quizHint', { passMark: lesson.passMark, total: lesson.quiz.length })}
          {best && state && ` · ${t('lesson.attempts', { count: state.attempts.length, best: best.score, total: best.total })}`}
        </p>
        {lesson.quiz.map((question, q) => {
          const outcome = result?.questions[q];
          return (
            <fieldset key={q} className="question" disabled={result !== null}>
              <legend>
                <strong>{t('lesson.question', { number: q + 1 })}.</strong> {question.question}
              </legend>
              {question.choices.map((choice, c) => {
                const chosen = answers[q] === c;
                const className = outcome ? (c === outcome.correctChoice ? 'choice right' : chosen ? 'choice wrong' : 'choice') : 'choice';
                return (
                  <div key={c} className={className}>
                    <label>
                      <input
                        type="radio"
                        name={`q${q}`}
                        checked={chosen}
                        onChange={() => setAnswers((all) => all.map((answer, i) => (i === q ? c : answer)))}
                      />
                      <span>{choice}</span>
                      {outcome && c === outcome.correctChoice && <span className="tag">{t('lesson.correctAnswer')}</span>}
                      {outcome && chosen && c !== outcome.correctChoice && <span className="tag">{t('lesson.yourAnswer')}</span>}
                    </label>
                    {outcome && <p className="explanation">{outcome.explanations[c]}</p>}
                  </div>
                );
              })}
            </fieldset>
          );
        })}
        {warning && <p className="error">{warning}</p>}
        {result ? (
          <div className="quiz-result" role="status">
            <p className={result.passed ? 'passed' : 'failed'}>
              {result.passed ? t('lesson.passed', { score: result.score, total: result.total }) : t('lesson.failed', { score: result.score, total: result.total })}
            </p>
            {result.moduleCompleted ? <p>{t('lesson.moduleDone')}</p> : result.lessonCompleted ? <p>{t('lesson.lessonDone')}</p> : result.passed && !state?.read && <p>{t('lesson.needRead')}</p>}
            <button type="button" onClick={retry}>
              {t('lesson.retry')}
            </button>
          </div>
        ) : (
          <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
            {t('lesson.submit')}
          </button>
        )}
      </section>

      <nav className="lesson-pager">
        {lesson.previous && (
          <button type="button" onClick={() => onOpen(lesson.previous!)}>
            {t('lesson.previous')}
          </button>
        )}
        {lesson.next && (
          <button type="button" onClick={() => onOpen(lesson.next!)}>
            {t('lesson.next')}
          </button>
        )}
      </nav>
    </article>
  );
}
