// Backup and restore of the whole order book from Settings, through the
// contract's backup commands (the desktop app also has them on its File menu).
// In web mode a backup can also be downloaded, to keep off the laptop.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { client } from '../../api/client';
import type { BackupSummary } from '../../../../src/app/contract/backup';
import { errorText, useTranslation } from '../../i18n';
import './settings.css';

type Listing = { folder: string; backups: { path: string; bytes: number; modifiedAt: string }[] };
type Contents = { state: 'reading' } | { state: 'read'; summary: BackupSummary } | { state: 'unreadable'; reason: string };
type Status = { kind: 'busy' | 'done' | 'error'; text: string };

/** Backups read automatically when listed; older ones on request (each read copies and checks the file). */
const AUTO_READ = 10;

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function BackupPanel() {
  const { t, i18n } = useTranslation('backup');
  const locale = i18n.language === 'en' ? 'en-GB' : 'vi-VN';
  const [listing, setListing] = useState<Listing>();
  const [contents, setContents] = useState<Record<string, Contents>>({});
  const [status, setStatus] = useState<Status>();
  const [confirming, setConfirming] = useState<BackupSummary>();
  const [otherPath, setOtherPath] = useState('');
  const reading = useRef(new Set<string>());
  // Downloads are a web-mode route; the desktop window saves files from its File menu.
  const webMode = !window.ocop;

  const date = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const size = (bytes: number) => {
    const number = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
    return bytes < 1024 * 1024 ? `${number(bytes / 1024)} KB` : `${number(bytes / 1024 / 1024)} MB`;
  };
  const busy = status?.kind === 'busy';

  const read = useCallback(async (path: string) => {
    if (reading.current.has(path)) return;
    reading.current.add(path);
    setContents((all) => ({ ...all, [path]: { state: 'reading' } }));
    try {
      const summary = await client.call('inspectBackup', { path });
      setContents((all) => ({ ...all, [path]: { state: 'read', summary } }));
    } catch (error) {
      setContents((all) => ({ ...all, [path]: { state: 'unreadable', reason: errorText(error) } }));
    }
  }, []);

  const refresh = useCallback(async () => {
    try {
      const list = await client.call('listBackups', {});
      setListing(list);
      // One at a time: reading a backup copies it and checks every page.
      for (const backup of list.backups.slice(0, AUTO_READ)) await read(backup.path);
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    }
  }, [read]);

  useEffect(() => {
    void refresh();
    return client.subscribe((event) => {
      if (event.event === 'orderBookRestored') {
        reading.current.clear();
        setContents({});
        void refresh();
      }
    });
  }, [refresh]);

  const makeBackup = async () => {
    setStatus({ kind: 'busy', text: t('making') });
    try {
      const made = await client.call('createBackup', {});
      setStatus({ kind: 'done', text: t('made', { path: made.path, size: size(made.bytes) }) });
      reading.current.delete(made.path);
      await refresh();
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    }
  };

  /** Reads the file again right before asking: what the dialog says is what is restored. */
  const askToRestore = async (path: string) => {
    setStatus({ kind: 'busy', text: t('checking') });
    try {
      const summary = await client.call('inspectBackup', { path });
      setStatus(undefined);
      setConfirming(summary);
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    }
  };

  const restore = async (summary: BackupSummary) => {
    setConfirming(undefined);
    setStatus({ kind: 'busy', text: t('restoring') });
    try {
      const result = await client.call('restoreBackup', { path: summary.path, confirm: true });
      setStatus({ kind: 'done', text: t('restored', { date: date(result.restored.modifiedAt), previous: result.previousCopy }) });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    }
  };

  const checkOther = (event: FormEvent) => {
    event.preventDefault();
    if (otherPath.trim() !== '') void askToRestore(otherPath.trim());
  };

  return (
    <section className="card backup-panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void makeBackup()}>
          {t('make')}
        </button>
        {webMode && (
          <a className="button" href="export/backup" download>
            {t('download')}
          </a>
        )}
      </div>

      {status && (
        <p className={status.kind === 'error' ? 'error' : 'backup-status'} role={status.kind === 'error' ? 'alert' : 'status'} aria-busy={busy}>
          {status.kind === 'error' && `${t('failed')}: `}
          {status.text}
        </p>
      )}

      <h3>{t('listTitle')}</h3>
      {listing && <p className="muted small">{t('folder', { folder: listing.folder })}</p>}
      {listing && listing.backups.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('columns.date')}</th>
              <th className="num">{t('columns.size')}</th>
              <th>{t('columns.contents')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {listing?.backups.map((backup) => {
              const held = contents[backup.path];
              const name = baseName(backup.path);
              return (
                <tr key={backup.path}>
                  <td>
                    {date(backup.modifiedAt)}
                    <div className="muted small">
                      {name}
                      {name.startsWith('before-restore-') && ` · ${t('before')}`}
                    </div>
                  </td>
                  <td className="num">{size(backup.bytes)}</td>
                  <td>
                    {held === undefined && (
                      <button type="button" onClick={() => void read(backup.path)}>
                        {t('showContents')}
                      </button>
                    )}
                    {held?.state === 'reading' && <span className="muted">{t('reading')}</span>}
                    {held?.state === 'read' && t('counts', held.summary.counts)}
                    {held?.state === 'unreadable' && <span className="error">{t('unreadable', { reason: held.reason })}</span>}
                  </td>
                  <td>
                    <div className="row-actions">
                      {webMode && (
                        <a className="button" href={`export/backup?file=${encodeURIComponent(name)}`} download={name}>
                          {t('downloadOne')}
                        </a>
                      )}
                      <button type="button" className="danger" disabled={busy} onClick={() => void askToRestore(backup.path)}>
                        {t('restore')}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <form className="backup-other" onSubmit={checkOther}>
        <label>
          {t('fromPath')}
          <input value={otherPath} onChange={(event) => setOtherPath(event.target.value)} placeholder={t('pathPlaceholder')} aria-label={t('pathLabel')} />
        </label>
        <button type="submit" disabled={busy || otherPath.trim() === ''}>
          {t('check')}
        </button>
      </form>

      {confirming && listing && (
        <div className="dialog-backdrop" role="presentation" onClick={() => setConfirming(undefined)}>
          <div
            className="dialog"
            role="dialog"
            aria-modal="true"
            aria-label={t('confirmTitle')}
            onClick={(event) => event.stopPropagation()}
            onKeyDown={(event) => event.key === 'Escape' && setConfirming(undefined)}
          >
            <h2>{t('confirmTitle')}</h2>
            <p className="small">
              {t('confirmFile', { path: confirming.path })}
              <br />
              {t('confirmDate', { date: date(confirming.modifiedAt) })}
            </p>
            <p>{t('confirmHolds', { counts: t('countsLong', confirming.counts) })}</p>
            <p>
              <strong>{t('confirmReplaces')}</strong>
            </p>
            <p>{t('confirmKeeps', { folder: listing.folder })}</p>
            <div className="actions">
              <button type="button" className="primary" onClick={() => void restore(confirming)}>
                {t('confirmButton')}
              </button>
              <button type="button" autoFocus onClick={() => setConfirming(undefined)}>
                {t('cancel')}
              </button>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
