// The desktop app's global shortcuts, seen and changed in Settings. Only the
// desktop app has them (Electron registers them), so this shows only there.
import { useEffect, useState, type FormEvent } from 'react';
import { client } from '../../api/client';
import type { GlobalShortcutActionId, GlobalShortcuts } from '../../../../src/app/contract/shortcuts';
import { errorText, useTranslation } from '../../i18n';
import './settings.css';

type Status = { kind: 'busy' | 'done' | 'error'; text: string };

export function ShortcutsPanel() {
  const { t } = useTranslation('shortcuts');
  const [view, setView] = useState<GlobalShortcuts>();
  const [keys, setKeys] = useState<Partial<Record<GlobalShortcutActionId, string>>>({});
  const [status, setStatus] = useState<Status>();

  const show = (next: GlobalShortcuts) => {
    setView(next);
    setKeys(Object.fromEntries(next.shortcuts.map((s) => [s.id, s.accelerator ?? ''])));
  };

  useEffect(() => {
    client
      .call('getGlobalShortcuts', {})
      .then(show)
      .catch((error: unknown) => setStatus({ kind: 'error', text: errorText(error) }));
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setStatus({ kind: 'busy', text: t('saving') });
    try {
      const next = await client.call('setGlobalShortcuts', { shortcuts: keys });
      show(next);
      const conflict = next.shortcuts.some((s) => s.status === 'taken' || s.status === 'invalid' || s.status === 'duplicate');
      setStatus({ kind: 'done', text: t(conflict ? 'savedWithConflicts' : 'saved') });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    }
  };

  const stateText = (entry: GlobalShortcuts['shortcuts'][number]) =>
    entry.status === 'duplicate' && entry.duplicateOf ? t('status.duplicate', { other: t(`actions.${entry.duplicateOf}`) }) : t(`status.${entry.status}`);

  return (
    <section className="card shortcuts-panel" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      {view && (
        <form onSubmit={(event) => void save(event)}>
          <table className="table">
            <tbody>
              {view.shortcuts.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <label htmlFor={`shortcut-${entry.id}`}>{t(`actions.${entry.id}`)}</label>
                  </td>
                  <td>
                    <input
                      id={`shortcut-${entry.id}`}
                      value={keys[entry.id] ?? ''}
                      onChange={(event) => setKeys((all) => ({ ...all, [entry.id]: event.target.value }))}
                      spellCheck={false}
                      autoComplete="off"
                    />
                  </td>
                  <td className={entry.status === 'active' || entry.status === 'off' ? 'muted' : 'error'} data-testid={`shortcut-state-${entry.id}`}>
                    {stateText(entry)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">{t('hint')}</p>
          <div className="actions">
            <button type="submit" className="primary" disabled={status?.kind === 'busy'}>
              {t('save')}
            </button>
          </div>
          <p className="muted small">{t('file', { file: view.file })}</p>
        </form>
      )}
      {status && (
        <p className={status.kind === 'error' ? 'error' : 'backup-status'} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
