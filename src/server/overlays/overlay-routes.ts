// Overlay pages for OBS browser sources, served on 127.0.0.1 by the app:
//   /overlays/all?layout=landscape|portrait|auto   every overlay on one page
//   /overlays/<kind>?layout=...                    one overlay (card, lowerThird, flashSale, ticker, payment, goal)
// They load nothing from outside this machine (a strict CSP says so to the
// browser too) and get their updates over the app's WebSocket.
import { createReadStream, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { OVERLAY_KINDS, OVERLAY_LABELS, type OverlayKind } from '../../core/overlay';
import type { App } from '../../app/create-app';
import type { Route } from '../http-server';

const ASSETS = new URL('../../../assets/', import.meta.url);
const CLIENT_ENTRY = fileURLToPath(new URL('./client/overlay-client.ts', import.meta.url));
const FONT_FILE = /^be-vietnam-pro-(latin|vietnamese)-(400|600|700)-normal\.woff2$/;

function headers(type: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    ...extra,
  };
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, headers('text/plain; charset=utf-8', { 'cache-control': 'no-store' }));
  res.end('Không có trang này (no such page)');
}

/** Only this machine: the page may talk to the app that served it and nothing else. */
function contentSecurityPolicy(host: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src 'self' ws://${host}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

let clientBundle: Promise<string> | undefined;

/** The page script, bundled from TypeScript once per process (esbuild takes ~0.1 s). */
export function overlayClientScript(): Promise<string> {
  clientBundle ??= build({
    entryPoints: [CLIENT_ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome103'], // OBS 29's browser source is Chromium 103
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  clientBundle.catch(() => (clientBundle = undefined));
  return clientBundle;
}

function page(kinds: 'all' | OverlayKind, layout: string): string {
  const title = kinds === 'all' ? 'Tất cả lớp phủ' : OVERLAY_LABELS[kinds].vi;
  // Both values come from fixed lists (checked by the caller), never from a request as typed.
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>OCOP Live – ${title}</title>
<link rel="stylesheet" href="/overlays/static/overlay.css">
<script src="/overlays/static/overlay.js" defer></script>
</head>
<body data-overlays="${kinds}" data-layout="${layout}"></body>
</html>
`;
}

function sendFile(res: ServerResponse, path: string, type: string, cache = 'no-cache'): void {
  const stream = createReadStream(path);
  stream.once('open', () => {
    res.writeHead(200, headers(type, { 'cache-control': cache }));
    stream.pipe(res);
  });
  stream.once('error', () => {
    if (!res.headersSent) notFound(res);
    else res.end();
  });
}

const pathOf = (req: IncomingMessage) => new URL(req.url ?? '/', 'http://127.0.0.1');

export function overlayRoutes(app: App): Route[] {
  const overlays = app.context.overlays;
  void overlayClientScript().catch((error: unknown) => console.error('[overlays] cannot bundle the page script:', error));
  const css = () => readFileSync(new URL('overlays/overlay.css', ASSETS), 'utf8');

  return [
    {
      method: 'GET',
      path: '/overlays/static/*',
      async handle(req, res) {
        const name = pathOf(req).pathname.slice('/overlays/static/'.length);
        if (name === 'overlay.css') {
          res.writeHead(200, headers('text/css; charset=utf-8', { 'cache-control': 'no-cache' }));
          return void res.end(css());
        }
        if (name === 'overlay.js') {
          const script = await overlayClientScript();
          res.writeHead(200, headers('text/javascript; charset=utf-8', { 'cache-control': 'no-cache' }));
          return void res.end(script);
        }
        notFound(res);
      },
    },
    {
      method: 'GET',
      path: '/overlays/fonts/*',
      handle(req, res) {
        const name = pathOf(req).pathname.slice('/overlays/fonts/'.length);
        if (!FONT_FILE.test(name)) return notFound(res);
        sendFile(res, fileURLToPath(new URL(`fonts/${name}`, ASSETS)), 'font/woff2', 'max-age=86400');
      },
    },
    {
      method: 'GET',
      path: '/overlays/product-image/*',
      handle(req, res) {
        const id = Number(pathOf(req).pathname.slice('/overlays/product-image/'.length));
        const image = Number.isInteger(id) && id > 0 ? overlays.productImage(id) : null;
        if (!image) return notFound(res);
        sendFile(res, image.path, image.contentType);
      },
    },
    {
      method: 'GET',
      path: '/overlays/logo',
      handle(_req, res) {
        const image = overlays.logoImage();
        if (!image) return notFound(res);
        sendFile(res, image.path, image.contentType);
      },
    },
    {
      method: 'GET',
      path: '/overlays/payment-qr.svg',
      async handle(_req, res) {
        const qr = await overlays.paymentQrImage();
        if (!qr) return notFound(res);
        res.writeHead(200, headers('image/svg+xml', { 'cache-control': 'no-cache' }));
        res.end(qr.svg);
      },
    },
    {
      method: 'GET',
      path: '/overlays/*',
      handle(req, res) {
        const url = pathOf(req);
        const name = url.pathname.slice('/overlays/'.length).replace(/\/$/, '');
        const kind = name === 'all' || name === '' ? 'all' : OVERLAY_KINDS.find((k) => k === name);
        if (!kind) return notFound(res);
        const wanted = url.searchParams.get('layout');
        const layout = wanted === 'landscape' || wanted === 'portrait' ? wanted : 'auto';
        res.writeHead(
          200,
          headers('text/html; charset=utf-8', { 'cache-control': 'no-store', 'content-security-policy': contentSecurityPolicy(req.headers.host ?? '127.0.0.1') }),
        );
        res.end(page(kind, layout));
      },
    },
  ];
}
