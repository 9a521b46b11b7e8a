// The overlays on the stream: show or hide each one, run the flash-sale
// countdown, set the lower third, sales goal, payment account and colours.
// Keys: "." next product, "," previous product, H hides every overlay.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { client } from '../../api/client';
import type { CommandResult } from '../../../../src/app/contract';
import type { Product } from '../../../../src/core/catalog/product';
import { formatCountdown } from '../../../../src/core/overlay/countdown';
import { OVERLAY_KINDS, type OverlayKind, type OverlayState } from '../../../../src/core/overlay/overlay-state';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';
import { PicturePicker } from '../../components/picture-picker';
import { overlayBaseUrl } from './obs-panel';

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The product after (step 1) or before (step -1) the one on screen, wrapping round the catalog. */
export function stepProduct(products: Product[], currentId: number | null, step: 1 | -1): Product | undefined {
  if (products.length === 0) return undefined;
  const at = products.findIndex((product) => product.id === currentId);
  if (at < 0) return step === 1 ? products[0] : products[products.length - 1];
  return products[(at + step + products.length) % products.length];
}

export function OverlayPanel() {
  const { t } = useTranslation('obs');
  const toasts = useToasts();
  const [state, setState] = useState<OverlayState | null>(null);
  const [view, setView] = useState<CommandResult<'getOverlayView'> | null>(null);
  const [banks, setBanks] = useState<CommandResult<'listBanks'>>([]);
  const [products, setProducts] = useState<Product[]>([]);
  const [showcased, setShowcased] = useState<Product | null>(null);
  const [, setTick] = useState(0);
  const fail = useCallback((error: unknown) => toasts.show(errorText(error), { kind: 'error' }), [toasts]);

  useEffect(() => {
    void client.call('getOverlayState', {}).then(setState, fail);
    void client.call('getOverlayView', {}).then(setView, fail);
    void client.call('listBanks', {}).then(setBanks, fail);
    void client.call('listProducts', {}).then(setProducts, fail);
    void client.call('getLiveState', {}).then((live) => setShowcased(live.showcase?.product ?? null), () => undefined);
    return client.subscribe((event) => {
      if (event.event === 'overlayChanged') setView(event.payload);
      else if (event.event === 'showcaseChanged') {
        // Events come in order: until the one for the product just asked for arrives, those before it are stale.
        const asked = keys.current.asked;
        if (asked !== null && event.payload.product?.id !== asked) return;
        keys.current.asked = null;
        setShowcased(event.payload.product);
      }
      else if (event.event === 'catalogChanged') void client.call('listProducts', {}).then(setProducts, () => undefined);
    });
  }, [fail]);

  // The countdown on screen moves by itself.
  useEffect(() => {
    if (!view?.flashSale.running) return;
    const timer = setInterval(() => setTick((n) => n + 1), 500);
    return () => clearInterval(timer);
  }, [view?.flashSale.running]);

  const apply = (promise: Promise<OverlayState>) => promise.then(setState, fail);
  const hideAll = useCallback(() => void client.call('hideAllOverlays', {}).then(setState, fail), [fail]);

  const keys = useRef({ products, showcased, hideAll, asked: null as number | null });
  keys.current = { products, showcased, hideAll, asked: keys.current.asked };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const { products: list, showcased: current, hideAll: hide } = keys.current;
      let step: 1 | -1 | 0 = 0;
      if (event.key === '.' || event.key === '>') step = 1;
      else if (event.key === ',' || event.key === '<') step = -1;
      else if (event.key.toLowerCase() === 'h') hide();
      else return;
      event.preventDefault();
      if (step === 0) return;
      const next = stepProduct(list, current?.id ?? null, step);
      if (!next) return;
      // Quick presses step from what was just asked for, not from an event still on its way.
      keys.current.showcased = next;
      keys.current.asked = next.id;
      setShowcased(next);
      client.call('setShowcase', { productId: next.id }).catch((error: unknown) => {
        keys.current.asked = null;
        fail(error);
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [fail]);

  if (!state) return null;

  const startSale = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void apply(
      client.call('startFlashSale', {
        dealPrice: Number(form.get('dealPrice') || 0),
        quantity: Number(form.get('quantity') || 0),
        durationSec: Math.round(Number(form.get('minutes') || 5) * 60),
      }),
    );
  };

  const saveContent = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    client
      .call('updateOverlayState', {
        lowerThird: { title: text('lowerTitle'), subtitle: text('lowerSubtitle') },
        goal: { label: text('goalLabel'), target: Number(text('goalTarget') || 0) },
        payment: { bin: text('bin'), account: text('account').replace(/\s/g, ''), accountName: text('accountName').toUpperCase() },
        theme: { shopName: text('shopName'), primary: text('primary'), accent: text('accent'), text: text('textColour'), panelOpacity: Number(text('panelOpacity')) },
        autoShowcase: { enabled: form.get('autoShowcase') === 'on' },
      })
      .then((next) => {
        setState(next);
        toasts.show(t('settings.saved'));
      }, fail);
  };

  const sale = view?.flashSale;
  const base = overlayBaseUrl();
  return (
    <div className="overlay-panel">
      <header className="obs-header">
        <h2>{t('overlays.title')}</h2>
        <button type="button" className="danger" onClick={hideAll}>
          {t('overlays.hideAll')}
        </button>
      </header>
      <p className="muted small">{t('overlays.shortcuts')}</p>
      <div className="overlay-toggles" role="group" aria-label={t('overlays.title')}>
        {OVERLAY_KINDS.map((kind: OverlayKind) => (
          <label key={kind} className="inline-check">
            <input
              type="checkbox"
              data-overlay={kind}
              checked={state.visible[kind]}
              onChange={(event) => {
                const visible = event.target.checked;
                setState({ ...state, visible: { ...state.visible, [kind]: visible } }); // the switch moves at once
                void apply(client.call('setOverlayVisible', { kind, visible }));
              }}
            />
            {t(`overlays.kinds.${kind}`)}
            {state.visible[kind] && view && !view.visible[kind] && <span className="muted small"> (…)</span>}
          </label>
        ))}
      </div>

      <form className="overlay-flash" onSubmit={startSale}>
        <h3>{t('flash.title')}</h3>
        <p className="muted small">{showcased ? t('flash.forProduct', { name: showcased.name }) : t('flash.noProduct')}</p>
        <label>
          {t('flash.dealPrice')}
          <input name="dealPrice" type="number" min={0} step={1000} defaultValue={state.flashSale.dealPrice ?? ''} required />
        </label>
        <label>
          {t('flash.quantity')}
          <input name="quantity" type="number" min={0} defaultValue={state.flashSale.quantity} />
        </label>
        <label>
          {t('flash.minutes')}
          <input name="minutes" type="number" min={0.5} step={0.5} defaultValue={state.flashSale.durationSec / 60} />
        </label>
        <div className="actions">
          <button type="submit" className="primary">
            {t('flash.start')}
          </button>
          <button type="button" onClick={() => void apply(client.call('stopFlashSale', {}))} disabled={!sale?.running}>
            {t('flash.stop')}
          </button>
        </div>
        {sale?.running && sale.endsAt !== null && (
          <p role="status" data-testid="flash-running">
            {t('flash.running', { time: formatCountdown(sale.endsAt - Date.now()), qty: sale.quantityText })}
          </p>
        )}
      </form>

      <form className="overlay-content" onSubmit={saveContent}>
        <h3>{t('settings.title')}</h3>
        <label>
          {t('settings.lowerTitle')}
          <input name="lowerTitle" defaultValue={state.lowerThird.title} maxLength={120} />
        </label>
        <label>
          {t('settings.lowerSubtitle')}
          <input name="lowerSubtitle" defaultValue={state.lowerThird.subtitle} maxLength={160} />
        </label>
        <label>
          {t('settings.goalLabel')}
          <input name="goalLabel" defaultValue={state.goal.label} maxLength={60} />
        </label>
        <label>
          {t('settings.goalTarget')}
          <input name="goalTarget" type="number" min={0} step={100000} defaultValue={state.goal.target || ''} />
        </label>
        <label>
          {t('settings.bank')}
          <select name="bin" defaultValue={state.payment.bin}>
            <option value="">{t('settings.chooseBank')}</option>
            {banks.map((bank) => (
              <option key={bank.bin} value={bank.bin}>
                {bank.shortName} ({bank.code}) – {bank.bin}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('settings.account')}
          <input name="account" defaultValue={state.payment.account} inputMode="numeric" maxLength={19} />
        </label>
        <label>
          {t('settings.accountName')}
          <input name="accountName" defaultValue={state.payment.accountName} maxLength={60} />
        </label>
        <label>
          {t('settings.shopName')}
          <input name="shopName" defaultValue={state.theme.shopName} maxLength={60} />
        </label>
        <div className="row">
          <label>
            {t('settings.primary')}
            <input name="primary" type="color" defaultValue={state.theme.primary} />
          </label>
          <label>
            {t('settings.accent')}
            <input name="accent" type="color" defaultValue={state.theme.accent} />
          </label>
          <label>
            {t('settings.textColour')}
            <input name="textColour" type="color" defaultValue={state.theme.text} />
          </label>
        </div>
        <label>
          {t('settings.panelOpacity')}
          <input name="panelOpacity" type="range" min={0} max={100} step={5} defaultValue={state.theme.panelOpacity} />
        </label>
        <PicturePicker
          label={t('settings.logo')}
          currentUrl={state.theme.logo === '' ? '' : `${overlayBaseUrl()}/overlays/logo?v=${encodeURIComponent(state.theme.logo)}`}
          onChange={(picture) => {
            if (picture !== undefined) void apply(client.call('setOverlayLogo', { picture }));
          }}
          testId="overlay-logo"
        />
        <label className="inline-check">
          <input name="autoShowcase" type="checkbox" defaultChecked={state.autoShowcase.enabled} />
          {t('settings.autoShowcase')}
        </label>
        <button type="submit" className="primary">
          {t('settings.save')}
        </button>
      </form>

      <details className="overlay-pages muted small">
        <summary>{t('overlays.pages')}</summary>
        <ul>
          <li>
            <code>{`${base}/overlays/all?layout=landscape`}</code> – {t('overlays.landscape')}
          </li>
          <li>
            <code>{`${base}/overlays/all?layout=portrait`}</code> – {t('overlays.portrait')}
          </li>
        </ul>
      </details>
    </div>
  );
}
