// The trainer's view: the class roster with progress, CSV export,
// certificates, and the modules (add a zip or a folder, remove what was added).
import { useCallback, useEffect, useRef, useState } from 'react';
import { client, CommandError } from '../../api/client';
import type { CommandInput, CommandResult } from '../../../../src/app/contract';
import type { ContentIssueBody } from '../../../../src/app/contract/training';
import { useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';
import { base64ToBlob, download, fileToBase64, type ModuleList } from './use-training';

type Roster = CommandResult<'getClassRoster'>;

export function TrainerView({ modules, onError }: { modules: ModuleList; onError(error: unknown): void }) {
  const { t, i18n } = useTranslation('training');
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const [className, setClassName] = useState<string>('');
  const [roster, setRoster] = useState<Roster | null>(null);
  const [trainerName, setTrainerName] = useState(() => window.localStorage.getItem('ocop.training.trainer') ?? '');

  const refresh = useCallback(() => {
    client
      .call('getClassRoster', className === '' ? {} : { className })
      .then(setRoster)
      .catch(onError);
  }, [className, onError]);
  useEffect(() => refresh(), [refresh, modules]);
  useEffect(() => client.subscribe((event) => event.event === 'learnerChanged' && refresh()), [refresh]);

  const exportCsv = async () => {
    try {
      const { csv, filename } = await client.call('exportRosterCsv', { ...(className === '' ? {} : { className }), language });
      download(filename, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    } catch (error) {
      onError(error);
    }
  };

  const certificate = async (learnerId: number) => {
    try {
      const pdf = await client.call('certificatePdf', { learnerId, ...(trainerName.trim() ? { trainerName: trainerName.trim() } : {}) });
      download(pdf.filename, base64ToBlob(pdf.base64, 'application/pdf'));
    } catch (error) {
      onError(error);
    }
  };

  return (
    <div className="trainer-view">
      <section>
        <header className="screen-header">
          <h2>{t('trainer.roster')}</h2>
          <div className="actions">
            <select aria-label={t('learner.className')} value={className} onChange={(event) => setClassName(event.target.value)}>
              <option value="">{t('trainer.allClasses')}</option>
              {roster?.classes.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => void exportCsv()}>
              {t('trainer.exportCsv')}
            </button>
          </div>
        </header>
        <label className="trainer-name">
          <span className="muted small">{t('trainer.trainerName')}</span>
          <input
            value={trainerName}
            maxLength={100}
            onChange={(event) => {
              setTrainerName(event.target.value);
              window.localStorage.setItem('ocop.training.trainer', event.target.value);
            }}
          />
        </label>
        {roster && roster.learners.length === 0 ? (
          <p className="muted">{t('trainer.noLearners')}</p>
        ) : (
          <div className="table-scroll">
            <table className="table roster" aria-label={t('trainer.roster')}>
              <thead>
                <tr>
                  <th>{t('trainer.columns.name')}</th>
                  <th>{t('trainer.columns.className')}</th>
                  <th>{t('trainer.columns.progress')}</th>
                  <th className="num">{t('trainer.columns.modules')}</th>
                  {roster?.modules.map((module, index) => (
                    <th key={module.id} className="num" title={module.title[language]}>
                      {index + 1}
                    </th>
                  ))}
                  <th className="num">{t('trainer.columns.rehearsal')}</th>
                  <th>{t('trainer.columns.last')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {roster?.learners.map((learner) => (
                  <tr key={learner.id}>
                    <td>{learner.name}</td>
                    <td>{learner.className}</td>
                    <td>
                      <div className="progress" role="progressbar" aria-valuenow={learner.percent} aria-valuemin={0} aria-valuemax={100} aria-label={learner.name}>
                        <span style={{ width: `${learner.percent}%` }} />
                      </div>
                      <span className="small">{learner.percent}%</span>
                    </td>
                    <td className="num">
                      {learner.modulesCompleted}/{learner.modulesTotal}
                    </td>
                    {learner.modules.map((m) => (
                      <td key={m.moduleId} className={`num ${m.completed ? 'module-done' : ''}`}>
                        {m.lessonsCompleted}/{m.lessonsTotal}
                        {m.quiz.bestPercent !== null && (
                          <div
                            className="quiz-cell small"
                            title={t('trainer.quizTitle', { taken: m.quiz.taken, quizzes: m.quiz.quizzes, best: m.quiz.bestPercent, last: m.quiz.lastPercent })}
                          >
                            {t('trainer.quizCell', { best: m.quiz.bestPercent, last: m.quiz.lastPercent })}
                          </div>
                        )}
                      </td>
                    ))}
                    <td className="num">
                      {learner.latestRehearsal ? (
                        <span title={new Date(learner.latestRehearsal.at).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB')}>{learner.latestRehearsal.score}/100</span>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td className="small">{learner.lastActivityAt ? new Date(learner.lastActivityAt).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB') : ''}</td>
                    <td>
                      <button type="button" disabled={learner.modulesCompleted === 0} onClick={() => void certificate(learner.id)}>
                        {t('trainer.certificate')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <ModuleManager modules={modules} onError={onError} />
    </div>
  );
}

function IssueList({ issues }: { issues: ContentIssueBody[] }) {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <ul>
      {issues.map((issue, index) => (
        <li key={index}>
          <code>
            {issue.file}
            {issue.line ? `:${issue.line}` : ''}
            {issue.field ? ` [${issue.field}]` : ''}
          </code>{' '}
          {en ? issue.messageEn : issue.message}
        </li>
      ))}
    </ul>
  );
}

function ModuleManager({ modules, onError }: { modules: ModuleList; onError(error: unknown): void }) {
  const { t, i18n } = useTranslation('training');
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const toasts = useToasts();
  const zipInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<ContentIssueBody[]>([]);
  const [warnings, setWarnings] = useState<ContentIssueBody[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // The folder picker is not a standard attribute in React's types.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  const upload = async (source: CommandInput<'importTrainingModules'>['source']) => {
    setErrors([]);
    setWarnings([]);
    setBusy(true);
    try {
      const result = await client.call('importTrainingModules', { source });
      setWarnings(result.issues);
      toasts.show(t('trainer.imported', { count: result.modules.length, names: result.modules.map((m) => m.title[language]).join(', ') }));
    } catch (error) {
      if (error instanceof CommandError && Array.isArray(error.body.details)) {
        const issues = error.body.details as ContentIssueBody[];
        setErrors(issues.filter((issue) => issue.severity === 'error'));
      }
      onError(error);
    } finally {
      setBusy(false);
      if (zipInput.current) zipInput.current.value = '';
      if (folderInput.current) folderInput.current.value = '';
    }
  };

  const uploadZip = async (file: File) => upload({ kind: 'zip', name: file.name, base64: await fileToBase64(file) });
  const uploadFolder = async (files: FileList) => {
    const list = [...files];
    const first = list[0]?.webkitRelativePath.split('/')[0] ?? 'folder';
    const encoded = await Promise.all(list.map(async (file) => ({ path: file.webkitRelativePath || file.name, base64: await fileToBase64(file) })));
    await upload({ kind: 'files', name: first, files: encoded });
  };

  const remove = async (id: string, title: string) => {
    if (!window.confirm(t('trainer.confirmRemove', { title }))) return;
    try {
      await client.call('removeTrainingModule', { moduleId: id });
      toasts.show(t('trainer.removed', { title }));
    } catch (error) {
      onError(error);
    }
  };

  return (
    <section className="module-manager">
      <header className="screen-header">
        <h2>{t('trainer.modulesTitle')}</h2>
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => zipInput.current?.click()}>
            {t('trainer.addZip')}
          </button>
          <button type="button" disabled={busy} onClick={() => folderInput.current?.click()}>
            {t('trainer.addFolder')}
          </button>
          <input
            ref={zipInput}
            type="file"
            accept=".zip,application/zip"
            hidden
            data-testid="training-zip"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void uploadZip(file);
            }}
          />
          <input
            ref={folderInput}
            type="file"
            multiple
            hidden
            data-testid="training-folder"
            onChange={(event) => {
              if (event.target.files && event.target.files.length > 0) void uploadFolder(event.target.files);
            }}
          />
        </div>
      </header>
      <p className="muted small">{t('trainer.addHint')}</p>
      {errors.length > 0 && (
        <div className="card error-list" role="alert">
          <p>{t('trainer.importFailed')}</p>
          <IssueList issues={errors} />
        </div>
      )}
      {warnings.length > 0 && (
        <div className="card">
          <p>{t('trainer.warnings')}</p>
          <IssueList issues={warnings} />
        </div>
      )}
      <table className="table">
        <tbody>
          {modules.modules.map((module, index) => (
            <tr key={module.id}>
              <td className="num">{index + 1}</td>
              <td>
                {module.title[language]}
                <div className="muted small">
                  <code>{module.id}</code> · {t('modules.lessons', { count: module.lessons.length })}
                </div>
              </td>
              <td>
                {t(`trainer.source.${module.source}`)}
                {module.replacesShipped && <span className="muted small"> ({t('modules.replaces')})</span>}
              </td>
              <td className="num">
                {module.source === 'added' && (
                  <button type="button" className="danger" onClick={() => void remove(module.id, module.title[language])}>
                    {t('trainer.remove')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {modules.issues.length > 0 && (
        <details className="card">
          <summary>
            {t('modules.contentProblems', {
              errors: modules.issues.filter((i) => i.severity === 'error').length,
              warnings: modules.issues.filter((i) => i.severity === 'warning').length,
            })}
          </summary>
          <IssueList issues={modules.issues} />
        </details>
      )}
    </section>
  );
}
