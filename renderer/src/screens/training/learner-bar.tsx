// Who is learning now: pick a profile, add one, rename one.
import { useState, type FormEvent } from 'react';
import { client } from '../../api/client';
import type { LearnerSummary } from '../../../../src/app/contract/training';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';

export function LearnerBar({
  learners,
  learner,
  onChoose,
  onError,
}: {
  learners: LearnerSummary[];
  learner: LearnerSummary | null;
  onChoose(id: number | null): void;
  onError(error: unknown): void;
}) {
  const { t } = useTranslation('training');
  const [editing, setEditing] = useState<LearnerSummary | 'new' | null>(null);

  return (
    <div className="learner-bar card">
      <label>
        <span>{t('learner.label')}</span>
        <select
          aria-label={t('learner.label')}
          value={learner?.id ?? ''}
          onChange={(event) => onChoose(event.target.value === '' ? null : Number(event.target.value))}
        >
          <option value="">{t('learner.choose')}</option>
          {learners.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
              {l.className ? ` · ${l.className}` : ''}
            </option>
          ))}
        </select>
      </label>
      {learner && (
        <span className="muted learner-progress">
          {t('learner.progress', { percent: learner.percent, lessons: learner.lessonsCompleted, total: learner.lessonsTotal })}
        </span>
      )}
      <div className="actions">
        <button type="button" onClick={() => setEditing('new')}>
          {t('learner.add')}
        </button>
        {learner && (
          <button type="button" onClick={() => setEditing(learner)}>
            {t('learner.rename')}
          </button>
        )}
      </div>
      {editing && (
        <LearnerDialog
          learner={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(id) => {
            setEditing(null);
            onChoose(id);
          }}
          onError={onError}
        />
      )}
    </div>
  );
}

function LearnerDialog({ learner, onClose, onSaved }: { learner?: LearnerSummary; onClose(): void; onSaved(id: number): void; onError(error: unknown): void }) {
  const { t } = useTranslation('training');
  const { t: common } = useTranslation();
  const toasts = useToasts();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name') ?? '').trim();
    const className = String(form.get('className') ?? '').trim();
    setBusy(true);
    setError('');
    try {
      const saved = learner
        ? await client.call('renameLearner', { id: learner.id, name, className })
        : await client.call('createLearner', { name, className });
      if (!learner) toasts.show(t('learner.created', { name: saved.name }));
      onSaved(saved.id);
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop" role="presentation" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <form className="dialog" role="dialog" aria-modal="true" aria-label={learner ? t('learner.titleRename') : t('learner.titleNew')} onSubmit={(e) => void submit(e)}>
        <h2>{learner ? t('learner.titleRename') : t('learner.titleNew')}</h2>
        <label>
          {t('learner.name')}
          <input name="name" required maxLength={100} defaultValue={learner?.name ?? ''} autoFocus />
        </label>
        <label>
          {t('learner.className')}
          <input name="className" maxLength={100} defaultValue={learner?.className ?? ''} />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {common('common.save')}
          </button>
          <button type="button" onClick={onClose}>
            {common('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
