import { useEffect, useState } from 'react';
import { client } from '../api/client';
import type { CommandResult } from '../../../src/app/contract';
import { errorText, i18next, useTranslation } from '../i18n';
import { useToasts } from '../components/toasts';
import { BackupPanel } from './settings/backup-panel';
import { ShortcutsPanel } from './settings/shortcuts-panel';

export function SettingsScreen() {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [info, setInfo] = useState<CommandResult<'getAppInfo'>>();

  useEffect(() => {
    void client.call('getAppInfo', {}).then(setInfo);
  }, []);

  const setLanguage = (language: 'vi' | 'en') => {
    void i18next.changeLanguage(language);
    client.call('updateSettings', { language }).catch((error: unknown) => toasts.show(errorText(error), { kind: 'error' }));
  };

  return (
    <section>
      <h1>{t('settings.title')}</h1>
      <fieldset className="card">
        <legend>{t('settings.language')}</legend>
        <div className="choice-row">
          <label>
            <input type="radio" name="language" checked={i18next.language === 'vi'} onChange={() => setLanguage('vi')} /> Tiếng Việt
          </label>
          <label>
            <input type="radio" name="language" checked={i18next.language === 'en'} onChange={() => setLanguage('en')} /> English
          </label>
        </div>
      </fieldset>
      {info && (
        <dl className="card about">
          <dt>{t('settings.version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('settings.dataDir')}</dt>
          <dd><code>{info.dataDir}</code></dd>
          <dt>{t('settings.database')}</dt>
          <dd><code>{info.databasePath}</code> (schema {info.schemaVersion})</dd>
        </dl>
      )}
      <BackupPanel />
      {/* Global shortcuts are Electron's: only the desktop app (which puts window.ocop there) has them. */}
      {window.ocop && <ShortcutsPanel />}
    </section>
  );
}
