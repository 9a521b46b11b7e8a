// Training: learners pick their profile, read lessons, tick checklists and
// take quizzes; the trainer sees the class, exports it, prints certificates
// and adds modules; learners rehearse a live sale.
import { useCallback, useState } from 'react';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';
import { LearnerBar } from './learner-bar';
import { ModuleList } from './module-list';
import { LessonView } from './lesson-view';
import { TrainerView } from './trainer-view';
import { RehearsalView } from './rehearsal-view';
import { useTrainingData } from './use-training';
import './training.css';

type Tab = 'learn' | 'trainer' | 'rehearsal';
type OpenLesson = { moduleId: string; lessonId: string };

export function TrainingScreen() {
  const { t } = useTranslation('training');
  const toasts = useToasts();
  const onError = useCallback((error: unknown) => toasts.show(errorText(error), { kind: 'error' }), [toasts]);
  const data = useTrainingData(onError);
  const [tab, setTab] = useState<Tab>('learn');
  const [open, setOpen] = useState<OpenLesson | null>(null);

  return (
    <section className="training">
      <header className="screen-header">
        <h1>{t('title')}</h1>
        <div className="tabs" role="tablist">
          {(['learn', 'trainer', 'rehearsal'] as const).map((name) => (
            <button key={name} type="button" role="tab" aria-selected={tab === name} className={tab === name ? 'active' : ''} onClick={() => setTab(name)}>
              {t(`tabs.${name}`)}
            </button>
          ))}
        </div>
      </header>

      {tab !== 'trainer' && <LearnerBar learners={data.learners} learner={data.learner} onChoose={data.setLearnerId} onError={onError} />}

      {tab === 'learn' &&
        (open && data.learner ? (
          <LessonView key={`${open.moduleId}/${open.lessonId}`} learner={data.learner} lesson={open} onOpen={setOpen} onBack={() => setOpen(null)} onError={onError} />
        ) : (
          <ModuleList modules={data.modules} learner={data.learner} loaded={data.loaded} onOpen={setOpen} onError={onError} />
        ))}
      {tab === 'trainer' && <TrainerView modules={data.modules} onError={onError} />}
      {tab === 'rehearsal' && <RehearsalView learner={data.learner} onError={onError} />}
    </section>
  );
}
