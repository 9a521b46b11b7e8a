// The Live screen's chat sources: connect TikTok, Facebook, YouTube, Twitch,
// the simulator or a saved transcript, each with a dialog saying where to
// find its key or token, and see every source's state as it changes.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { client } from '../../api/client';
import type { SourcePlatform, SourceSecretKey, SourceView } from '../../../../src/app/contract/sources';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';
import './sources.css';

const PLATFORMS: SourcePlatform[] = ['tiktok', 'facebook', 'youtube', 'twitch', 'simulator', 'replay'];
const SECRET_OF: Partial<Record<SourcePlatform, SourceSecretKey>> = { tiktok: 'tiktok.signApiKey', facebook: 'facebook.accessToken', youtube: 'youtube.apiKey' };

interface ActivityLine {
  key: number;
  text: string;
}
let activityKey = 0;

export function SourcesPanel() {
  const { t, i18n } = useTranslation('sources');
  const toasts = useToasts();
  const [sources, setSources] = useState<SourceView[]>([]);
  const [dialog, setDialog] = useState<SourcePlatform | null>(null);
  const [activities, setActivities] = useState<ActivityLine[]>([]);
  const [, setTick] = useState(0);

  const refresh = useCallback(() => {
    client
      .call('listSources', {})
      .then(setSources)
      .catch((error: unknown) => toasts.show(errorText(error), { kind: 'error' }));
  }, [toasts]);

  useEffect(() => {
    refresh();
    return client.subscribe((event) => {
      if (event.event === 'sourceStateChanged') {
        const view = event.payload;
        setSources((all) => (all.some((s) => s.id === view.id) ? all.map((s) => (s.id === view.id ? view : s)) : [...all, view]));
      } else if (event.event === 'sourceActivity') {
        const a = event.payload.activity;
        const text =
          a.kind === 'like' ? t('activity.like', { name: a.userName, count: a.count }) : a.kind === 'gift' ? t('activity.gift', { name: a.userName, gift: a.giftName || `#${a.giftId}`, count: a.repeatCount }) : t('activity.join', { name: a.userName });
        setActivities((all) => [{ key: activityKey++, text }, ...all].slice(0, 6));
      } else if (event.event === 'sessionChanged') {
        refresh();
      }
    });
  }, [refresh, t]);

  // The reconnect countdown and the comment counts move on their own.
  useEffect(() => {
    const timer = setInterval(() => {
      setTick((n) => n + 1);
      if (sources.some((s) => s.state.kind === 'live' || s.state.kind === 'reconnecting')) refresh();
    }, 2000);
    return () => clearInterval(timer);
  }, [sources, refresh]);

  const disconnect = async (source: SourceView) => {
    try {
      await client.call('disconnectSource', { id: source.id });
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    }
  };

  const english = i18n.language === 'en';
  const stateText = (source: SourceView) => {
    const s = source.state;
    switch (s.kind) {
      case 'live':
        return s.via === 'polling' ? t('state.livePolling') : t('state.live');
      case 'reconnecting':
        return t('state.reconnecting', { attempt: s.attempt, seconds: Math.max(0, Math.ceil((Date.parse(s.nextRetryAt) - Date.now()) / 1000)) });
      case 'ended':
      case 'failed':
        return `${t(`state.${s.kind}`)}: ${english ? s.reason.messageEn : s.reason.messageVi}`;
      default:
        return t(`state.${s.kind}`);
    }
  };
  const visible = sources.filter((s) => s.state.kind !== 'ended' || Date.now() - Date.parse(s.connectedAt) < 6 * 3600_000);

  return (
    <div className="sources-panel">
      <header className="sources-header">
        <h2>{t('title')}</h2>
        <div className="actions" role="group" aria-label={t('add')}>
          {PLATFORMS.map((platform) => (
            <button key={platform} type="button" data-platform={platform} onClick={() => setDialog(platform)}>
              + {t(`platform.${platform}`)}
            </button>
          ))}
        </div>
      </header>
      <p className="muted small">{t('intro')}</p>
      {visible.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className="sources-list">
          {visible.map((source) => (
            <li key={source.id} className={`source-row state-${source.state.kind}`} data-source={source.id}>
              <span className={`platform-badge platform-${source.platform}`}>{t(`platform.${source.platform}`)}</span>
              <span className="source-target" title={source.target}>
                {source.target}
              </span>
              {source.unofficial && <span className="unofficial-badge">{t('unofficialBadge')}</span>}
              <span className="source-state" role="status">
                {stateText(source)}
              </span>
              <span className="muted small">
                {t('counts', { comments: source.counts.comments, stored: source.counts.stored })}
                {source.counts.failed > 0 && <span className="error"> · {t('countsFailed', { failed: source.counts.failed })}</span>}
              </span>
              {source.state.kind === 'reconnecting' && <span className="source-reason muted small">{english ? source.state.reason.messageEn : source.state.reason.messageVi}</span>}
              {source.state.kind !== 'ended' && source.state.kind !== 'failed' && (
                <button type="button" className="danger" onClick={() => void disconnect(source)}>
                  {t('disconnect')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {activities.length > 0 && (
        <ul className="source-activities muted small" aria-live="polite">
          {activities.map((a) => (
            <li key={a.key}>{a.text}</li>
          ))}
        </ul>
      )}
      {dialog && <ConnectDialog platform={dialog} onClose={() => setDialog(null)} />}
    </div>
  );
}

function ConnectDialog({ platform, onClose }: { platform: SourcePlatform; onClose(): void }) {
  const { t } = useTranslation('sources');
  const toasts = useToasts();
  const secretKey = SECRET_OF[platform];
  const [saved, setSaved] = useState<boolean | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const steps = t(`help.${platform}.steps`, { returnObjects: true }) as string[];

  useEffect(() => {
    if (!secretKey) return;
    client
      .call('listSourceSecrets', {})
      .then((all) => setSaved(all.find((s) => s.key === secretKey)?.stored ?? false))
      .catch(() => setSaved(false));
  }, [secretKey]);

  const forget = async () => {
    if (!secretKey) return;
    try {
      await client.call('deleteSourceSecret', { key: secretKey });
      setSaved(false);
      toasts.show(t('dialog.forgotten'));
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const target = text('target');
    const secret = text('secret');
    setBusy(true);
    setError('');
    try {
      const view = await client.call('connectSource', {
        platform,
        target,
        ...(secret ? { secret } : {}),
        remember: form.get('remember') === 'on',
        ...(platform === 'simulator' ? { simulator: { seed: Number(text('seed') || 1), ...(text('limit') ? { limit: Number(text('limit')) } : {}) } } : {}),
        ...(platform === 'replay' ? { replay: { speed: Number(text('speed') || 1) } } : {}),
      });
      toasts.show(t('dialog.connected', { platform: t(`platform.${platform}`), target: view.target }));
      onClose();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop" role="presentation" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <form className="dialog sources-dialog" role="dialog" aria-modal="true" aria-label={t('dialog.titleFor', { platform: t(`platform.${platform}`) })} onSubmit={(event) => void submit(event)}>
        <h2>{t('dialog.titleFor', { platform: t(`platform.${platform}`) })}</h2>
        {platform === 'tiktok' && (
          <p className="unofficial-warning" role="note">
            {t('help.tiktok.warning')}
          </p>
        )}
        <ol className="source-steps">
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <label>
          {t(`help.${platform}.target`)}
          <input name="target" required maxLength={2000} autoFocus defaultValue={platform === 'simulator' ? '2' : ''} inputMode={platform === 'simulator' ? 'decimal' : undefined} />
          <span className="small">{t(`help.${platform}.targetHint`)}</span>
        </label>
        {secretKey && (
          <>
            <label>
              {t(`help.${platform}.secret`)}
              <input name="secret" type="password" autoComplete="off" maxLength={10_000} required={saved === false && platform !== 'tiktok'} />
              <span className="small">{saved ? t('dialog.saved') : t('dialog.notSaved')}</span>
            </label>
            <label className="inline-check">
              <input type="checkbox" name="remember" defaultChecked />
              {t('dialog.remember')}
            </label>
            {saved && (
              <button type="button" className="danger" onClick={() => void forget()}>
                {t('dialog.forget')}
              </button>
            )}
          </>
        )}
        {platform === 'simulator' && (
          <div className="row">
            <label>
              {t('help.simulator.seed')}
              <input name="seed" inputMode="numeric" defaultValue="1" pattern="\d{1,10}" />
            </label>
            <label>
              {t('help.simulator.limit')}
              <input name="limit" inputMode="numeric" pattern="\d{0,8}" />
            </label>
          </div>
        )}
        {platform === 'replay' && (
          <label>
            {t('help.replay.speed')}
            <input name="speed" inputMode="decimal" defaultValue="1" />
          </label>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('dialog.connecting') : t('dialog.connect')}
          </button>
          <button type="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
