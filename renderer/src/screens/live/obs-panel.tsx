// OBS Studio from the Live screen: connect (with messages that say how to fix
// a refusal), set up the OCOP Live scene in one click, switch scenes, and watch
// a small live preview of what is on air.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { client } from '../../api/client';
import type { CommandResult } from '../../../../src/app/contract';
import type { ObsStatusView } from '../../../../src/app/contract/obs';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';
import './obs.css';

const PREVIEW_EVERY_MS = 1500;

/** Where this app serves overlay pages, for OBS browser sources (web mode knows it from its own address). */
export function overlayBaseUrl(): string {
  const { protocol, origin } = window.location;
  return protocol === 'http:' ? origin : 'http://127.0.0.1:4545';
}

export function ObsPanel() {
  const { t, i18n } = useTranslation('obs');
  const toasts = useToasts();
  const [status, setStatus] = useState<ObsStatusView | null>(null);
  const [busy, setBusy] = useState(false);
  const [scenes, setScenes] = useState<CommandResult<'listObsScenes'> | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const english = i18n.language === 'en';
  const connected = status?.state === 'connected';

  const loadScenes = useCallback(() => {
    client.call('listObsScenes', {}).then(setScenes).catch(() => setScenes(null));
  }, []);

  useEffect(() => {
    void client.call('getObsStatus', {}).then(setStatus);
    return client.subscribe((event) => {
      if (event.event === 'obsStatusChanged') setStatus(event.payload);
      else if (event.event === 'obsScenesChanged') loadScenes();
    });
  }, [loadScenes]);

  useEffect(() => {
    if (connected) loadScenes();
    else setScenes(null);
  }, [connected, loadScenes]);

  // A small picture of the program, refreshed while OBS is connected and the window is visible.
  useEffect(() => {
    if (!connected) {
      setPreview(null);
      return;
    }
    let stopped = false;
    const take = () => {
      if (document.visibilityState !== 'visible') return;
      client
        .call('getObsScreenshot', { width: 480 })
        .then((shot) => !stopped && setPreview(shot.imageDataUrl))
        .catch(() => undefined);
    };
    take();
    const timer = setInterval(take, PREVIEW_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [connected]);

  const connect = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    setBusy(true);
    try {
      setStatus(
        await client.call('connectObs', {
          host: String(form.get('host') ?? '').trim() || '127.0.0.1',
          port: Number(form.get('port') || 4455),
          ...(password !== '' ? { password } : {}),
          remember: form.get('remember') === 'on',
        }),
      );
    } catch (error) {
      void client.call('getObsStatus', {}).then(setStatus);
      toasts.show(errorText(error), { kind: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const disconnect = () => client.call('disconnectObs', {}).then(setStatus, (error: unknown) => toasts.show(errorText(error), { kind: 'error' }));

  const setup = async () => {
    setBusy(true);
    try {
      const result = await client.call('setupObsScene', { overlayBaseUrl: overlayBaseUrl() });
      toasts.show(
        result.created.length === 0
          ? t('setupAgain')
          : t('setupDone', { mode: t(`mode.${result.mode}`), width: result.canvas.width, height: result.canvas.height, count: result.created.length }),
      );
      loadScenes();
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const switchScene = (sceneName: string) =>
    client.call('switchObsScene', { sceneName }).then(setScenes, (error: unknown) => toasts.show(errorText(error), { kind: 'error' }));

  const state = status?.state ?? 'disconnected';
  return (
    <div className="obs-panel">
      <header className="obs-header">
        <h2>{t('title')}</h2>
        <span className={`obs-state obs-state-${state}`} role="status" data-testid="obs-state">
          {t(`state.${state}`, { version: status?.obsVersion ?? '' })}
        </span>
      </header>
      <p className="muted small">{t('intro')}</p>
      {status?.error && (
        <p className="obs-error" role="alert" data-testid="obs-error">
          {english ? status.error.messageEn : status.error.message}
        </p>
      )}
      {!connected && state !== 'reconnecting' ? (
        <form className="obs-connect" onSubmit={(event) => void connect(event)}>
          <label>
            {t('host')}
            <input name="host" defaultValue={status?.host ?? '127.0.0.1'} autoComplete="off" />
          </label>
          <label>
            {t('port')}
            <input name="port" type="number" min={1} max={65535} defaultValue={status?.port ?? 4455} />
          </label>
          <label>
            {t('password')}
            <input name="password" type="password" autoComplete="off" placeholder={status?.passwordSaved ? '••••••' : ''} />
          </label>
          <label className="inline-check">
            <input name="remember" type="checkbox" defaultChecked />
            {t('remember')}
          </label>
          <button type="submit" className="primary" disabled={busy}>
            {t('connect')}
          </button>
          <p className="muted small">{status?.passwordSaved ? t('passwordSaved') : t('where')}</p>
        </form>
      ) : (
        <div className="obs-controls">
          <div className="actions">
            <button type="button" className="primary" disabled={busy || !connected} onClick={() => void setup()}>
              {t('setup')}
            </button>
            <button type="button" onClick={() => void disconnect()}>
              {t('disconnect')}
            </button>
          </div>
          {scenes && (
            <label className="obs-scenes">
              {t('scenes')}
              <select aria-label={t('switchScene')} value={scenes.current} onChange={(event) => void switchScene(event.target.value)}>
                {scenes.scenes.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <figure className="obs-preview">
            {preview ? <img src={preview} alt={t('preview')} data-testid="obs-preview" /> : <div className="obs-preview-empty muted small">{t('previewOff')}</div>}
            <figcaption className="muted small">{t('preview')}</figcaption>
          </figure>
        </div>
      )}
    </div>
  );
}
