// The course: modules with their lessons and, for the chosen learner, what is done.
import { useEffect, useState } from 'react';
import { client } from '../../api/client';
import type { LearnerProgressBody, LearnerSummary } from '../../../../src/app/contract/training';
import { useTranslation } from '../../i18n';
import type { ModuleList as Modules } from './use-training';

export function ModuleList({
  modules,
  learner,
  loaded,
  onOpen,
  onError,
}: {
  modules: Modules;
  learner: LearnerSummary | null;
  loaded: boolean;
  onOpen(lesson: { moduleId: string; lessonId: string }): void;
  onError(error: unknown): void;
}) {
  const { t, i18n } = useTranslation('training');
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const [progress, setProgress] = useState<LearnerProgressBody | null>(null);

  useEffect(() => {
    if (!learner) return setProgress(null);
    client.call('getLearnerProgress', { learnerId: learner.id }).then(setProgress).catch(onError);
    // Re-read when the learner's figures change (a quiz passed elsewhere).
  }, [learner, onError]);

  if (loaded && modules.modules.length === 0) return <p className="muted">{t('modules.empty')}</p>;

  return (
    <div className="module-list">
      {!learner && <p className="card hint">{t('learner.needOne')}</p>}
      {modules.issues.some((issue) => issue.severity === 'error') && (
        <p className="muted small">{t('modules.contentProblems', { errors: modules.issues.filter((i) => i.severity === 'error').length, warnings: modules.issues.filter((i) => i.severity === 'warning').length })}</p>
      )}
      {modules.modules.map((module, index) => {
        const moduleProgress = progress?.modules.find((m) => m.moduleId === module.id);
        return (
          <article key={module.id} className="card module-card" aria-label={module.title[language]}>
            <header>
              <h2>
                <span className="module-number">{index + 1}</span> {module.title[language]}
              </h2>
              <div className="module-meta muted small">
                {t('modules.lessons', { count: module.lessons.length })}
                {module.source === 'added' && <span className="badge">{t('modules.added')}</span>}
                {moduleProgress?.completed && <span className="badge done">✓ {t('modules.completed')}</span>}
              </div>
            </header>
            <p className="muted">{module.summary[language]}</p>
            <ol className="lesson-links">
              {module.lessons.map((lesson) => {
                const state = moduleProgress?.lessons.find((l) => l.lessonId === lesson.id);
                return (
                  <li key={lesson.id} className={state?.completed ? 'done' : ''}>
                    <button type="button" className="link" disabled={!learner} onClick={() => onOpen({ moduleId: module.id, lessonId: lesson.id })}>
                      {lesson.title[language]}
                    </button>
                    <span className="muted small">
                      {' '}
                      · {t('modules.minutes', { count: lesson.minutes })}
                      {state?.read && ` · ${t('lesson.read')}`}
                      {state?.bestScore !== null && state?.bestScore !== undefined && ` · ${state.bestScore}/${state.total}`}
                    </span>
                    {state?.completed && (
                      <span className="lesson-done" aria-label={t('modules.completed')}>
                        {' '}
                        ✓
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          </article>
        );
      })}
    </div>
  );
}
