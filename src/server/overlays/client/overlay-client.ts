// Runs in the overlay page (an OBS browser source or any browser). It builds
// the boxes once, then applies each view the app pushes over the WebSocket.
// Every text goes in with textContent, so names from the catalog or the chat
// can never become markup; images load only from this app's own paths.
import { formatCountdown } from '../../../core/overlay/countdown';
import { DESIGN_CANVAS, OVERLAY_BOXES, type OverlayLayoutName } from '../../../core/overlay/overlay-layout';
import type { OverlayKind } from '../../../core/overlay/overlay-state';
import type { OverlayView } from '../../../core/overlay/overlay-view';

type Parts = Record<string, HTMLElement>;

const KINDS: OverlayKind[] = ['goal', 'flashSale', 'ticker', 'payment', 'card', 'lowerThird'];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent?: HTMLElement): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  parent?.appendChild(node);
  return node;
}

function setText(node: HTMLElement | undefined, text: string): void {
  if (node && node.textContent !== text) node.textContent = text;
}

/** Only this app's own images; anything else (a web address, a data URL) is not loaded. */
function setImage(img: HTMLElement | undefined, url: string): void {
  if (!(img instanceof HTMLImageElement)) return;
  const safe = url.startsWith('/overlays/') ? url : '';
  img.classList.toggle('none', safe === '');
  if (safe === '') img.removeAttribute('src');
  else if (img.getAttribute('src') !== safe) img.src = safe;
}

function build(kind: OverlayKind, stage: HTMLElement): { root: HTMLElement; parts: Parts } {
  const root = el('section', `ov ov-${kind}`, stage);
  root.dataset.kind = kind;
  const panel = el('div', 'panel', root);
  const parts: Parts = { panel };
  switch (kind) {
    case 'card': {
      parts.img = el('img', 'card-img none', panel);
      (parts.img as HTMLImageElement).alt = '';
      const body = el('div', 'card-body', panel);
      parts.name = el('div', 'card-name', body);
      const price = el('div', 'card-price', body);
      parts.price = el('span', 'amount', price);
      parts.unit = el('span', 'unit', price);
      parts.stars = el('div', 'card-stars', body);
      parts.comment = el('div', 'card-comment', body);
      break;
    }
    case 'lowerThird': {
      el('div', 'accent-bar', panel);
      parts.logo = el('img', 'lt-logo none', panel);
      (parts.logo as HTMLImageElement).alt = '';
      const text = el('div', 'lt-text', panel);
      parts.title = el('div', 'lt-title clip', text);
      parts.subtitle = el('div', 'lt-subtitle clip', text);
      break;
    }
    case 'flashSale': {
      const head = el('div', 'fs-head', panel);
      setText(el('div', 'fs-badge', head), '⚡ FLASH SALE');
      parts.time = el('div', 'fs-time', head);
      parts.name = el('div', 'fs-name clip', panel);
      const prices = el('div', 'fs-prices', panel);
      parts.deal = el('div', 'fs-deal', prices);
      parts.regular = el('div', 'fs-regular', prices);
      parts.qty = el('div', 'fs-qty', prices);
      break;
    }
    case 'ticker': {
      setText(el('div', 'tk-title', panel), 'Đơn mới');
      parts.list = el('ul', 'tk-list', panel);
      break;
    }
    case 'payment': {
      parts.qr = el('img', 'pay-qr none', panel);
      (parts.qr as HTMLImageElement).alt = 'VietQR';
      parts.bank = el('div', 'pay-bank clip', panel);
      parts.amount = el('div', 'pay-amount clip', panel);
      parts.account = el('div', 'pay-account clip', panel);
      parts.name = el('div', 'pay-name clip', panel);
      parts.note = el('div', 'pay-note clip', panel);
      break;
    }
    case 'goal': {
      const head = el('div', 'goal-head', panel);
      parts.label = el('span', 'goal-label clip', head);
      parts.figures = el('span', 'goal-figures', head);
      const track = el('div', 'goal-track', panel);
      parts.fill = el('div', 'goal-fill', track);
      break;
    }
  }
  return { root, parts };
}

function hexToRgba(hex: string, opacity: number): string | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => parseInt(part ?? '0', 16));
  return `rgba(${r}, ${g}, ${b}, ${Math.max(0, Math.min(100, opacity)) / 100})`;
}

function setColour(name: string, value: string | null): void {
  if (value !== null && (/^#[0-9a-f]{6}$/i.test(value) || value.startsWith('rgba('))) document.documentElement.style.setProperty(name, value);
}

function start(): void {
  const body = document.body;
  const wanted = (body.dataset.overlays ?? 'all').split(',');
  const kinds = KINDS.filter((kind) => wanted.includes('all') || wanted.includes(kind));
  const layoutChoice = body.dataset.layout ?? 'auto';
  const stage = el('div', '', body);
  stage.id = 'stage';
  const built = new Map(kinds.map((kind) => [kind, build(kind, stage)]));
  let layout: OverlayLayoutName = 'landscape';
  let view: OverlayView | null = null;
  let clockOffset = 0;
  const lastIds = new Set<number>();
  let lastProductId: number | null = null;

  const place = () => {
    layout =
      layoutChoice === 'portrait' || layoutChoice === 'landscape' ? layoutChoice : window.innerHeight > window.innerWidth ? 'portrait' : 'landscape';
    const design = DESIGN_CANVAS[layout];
    stage.style.width = `${design.width}px`;
    stage.style.height = `${design.height}px`;
    stage.style.transform = `scale(${window.innerWidth / design.width})`;
    body.dataset.activeLayout = layout;
    for (const [kind, { root }] of built) {
      const box = OVERLAY_BOXES[layout][kind];
      root.style.left = `${box.x}px`;
      root.style.top = `${box.y}px`;
      root.style.width = `${box.w}px`;
      root.style.height = `${box.h}px`;
    }
  };

  const tick = () => {
    const part = built.get('flashSale')?.parts.time;
    if (!part || !view) return;
    const endsAt = view.flashSale.endsAt;
    setText(part, endsAt === null ? view.flashSale.timeLeftText : formatCountdown(endsAt - (Date.now() + clockOffset)));
  };

  const render = (next: OverlayView) => {
    if (view && next.version < view.version && next.version !== 0) return; // an older view arriving late
    view = next;
    clockOffset = next.generatedAt - Date.now();
    const theme = next.theme;
    setColour('--primary', theme.primary);
    setColour('--accent', theme.accent);
    setColour('--text', theme.text);
    setColour('--panel', hexToRgba(theme.panel, theme.panelOpacity));

    for (const [kind, { root, parts }] of built) {
      root.classList.toggle('shown', next.visible[kind]);
      switch (kind) {
        case 'card': {
          const card = next.card;
          if (!card) break;
          if (lastProductId !== null && card.productId !== lastProductId) {
            root.classList.remove('swap');
            void root.offsetWidth; // restart the animation
            root.classList.add('swap');
          }
          lastProductId = card.productId;
          setText(parts.name, card.name);
          setText(parts.price, card.priceText);
          setText(parts.unit, card.unit === '' ? '' : ` / ${card.unit}`);
          setText(parts.stars, card.starsText);
          setText(parts.comment, card.commentText);
          setImage(parts.img, card.imageUrl);
          break;
        }
        case 'lowerThird':
          setText(parts.title, next.lowerThird.title || theme.shopName);
          setText(parts.subtitle, next.lowerThird.subtitle);
          setImage(parts.logo, theme.logoUrl);
          break;
        case 'flashSale':
          setText(parts.name, next.flashSale.name);
          setText(parts.deal, next.flashSale.dealPriceText);
          setText(parts.regular, next.flashSale.regularPriceText);
          setText(parts.qty, next.flashSale.quantityText);
          break;
        case 'ticker': {
          const list = parts.list;
          if (!list) break;
          const items = next.ticker.items;
          const nodes = items.map((item) => {
            const li = el('li', lastIds.size > 0 && !lastIds.has(item.id) ? 'tk-item enter' : 'tk-item');
            li.dataset.id = String(item.id);
            li.textContent = item.text;
            return li;
          });
          list.replaceChildren(...nodes);
          lastIds.clear();
          for (const item of items) lastIds.add(item.id);
          if (items.length === 0) lastIds.add(-1); // later orders still animate in
          break;
        }
        case 'payment': {
          const payment = next.payment;
          if (!payment) break;
          setImage(parts.qr, payment.qrUrl);
          setText(parts.bank, payment.bankName);
          setText(parts.amount, payment.amountText);
          // One order's code on screen: its amount takes the account number's place (the code carries it).
          parts.amount?.classList.toggle('none', payment.amountText === '');
          parts.account?.classList.toggle('none', payment.amountText !== '');
          setText(parts.account, payment.account);
          setText(parts.name, payment.accountName);
          setText(parts.note, payment.note);
          break;
        }
        case 'goal': {
          setText(parts.label, next.goal.label);
          setText(parts.figures, `${next.goal.currentText} / ${next.goal.targetText}`);
          if (parts.fill) parts.fill.style.width = `${next.goal.percent}%`;
          break;
        }
      }
    }
    tick();
    body.dataset.version = String(next.version);
  };

  const load = () =>
    fetch('/api/getOverlayView', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
      .then((response) => response.json() as Promise<{ ok: boolean; result?: OverlayView }>)
      .then((outcome) => {
        if (outcome.ok && outcome.result) render(outcome.result);
      })
      .catch(() => undefined);

  let retry = 500;
  const connect = () => {
    const socket = new WebSocket(`ws://${location.host}/api/events`);
    socket.onopen = () => {
      retry = 500;
      void load(); // whatever changed while we were away
    };
    socket.onmessage = (message) => {
      const event = JSON.parse(String(message.data)) as { event: string; payload: unknown };
      if (event.event === 'overlayChanged') render(event.payload as OverlayView);
    };
    // The app may restart during a stream: come back by ourselves.
    socket.onclose = () => {
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 5000);
    };
  };

  place();
  window.addEventListener('resize', place);
  setInterval(tick, 250);
  void load();
  connect();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
