// Web mode: the same app service over HTTP (POST /api/<command>), a WebSocket
// event stream (/api/events), the built UI, and whatever routes later features
// mount (overlays). It binds 127.0.0.1 only and answers only to local names
// (DNS rebinding). The API answers only its own pages: a request carrying an
// Origin must come from the origin it addressed, and a command must be sent as
// application/json, which no other site's page can post without a CORS
// preflight this server never grants (CSRF).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { contentSecurityPolicy } from './content-policy';
import { WebSocketServer } from 'ws';
import { z } from 'zod';
import { commands, isCommandName, type AppEvent } from '../app/contract';
import { AppError, type ErrorStatus } from '../app/errors';
import type { App } from '../app/create-app';

export const DEFAULT_PORT = 4545;
const MAX_BODY_BYTES = 25 * 1024 * 1024;

export interface Route {
  /** A GET route answers HEAD too (the same handler; Node drops the body). */
  method: 'GET' | 'POST';
  /** Matched against the path; a trailing "*" matches any rest. */
  path: string;
  handle(req: IncomingMessage, res: ServerResponse, app: App): void | Promise<void>;
}

export interface StartServerOptions {
  app: App;
  port?: number;
  /** Folder with the built renderer (index.html); the UI is not served when absent. */
  staticDir?: string;
  routes?: Route[];
  /**
   * Which commands and events HTTP carries. 'all' in web mode, where the page
   * drives the app over HTTP. 'overlays' for the desktop app: its window talks
   * over IPC, so its server carries only what overlay pages in OBS need
   * (getOverlayView, overlayChanged); the rest (buyers' phone numbers…) would
   * be open to every process on the machine, with no browser to send an Origin.
   */
  commandApi?: 'all' | 'overlays';
}

/** What an overlay page calls and listens to (src/server/overlays/client). */
export const OVERLAY_API = { commands: ['getOverlayView'], events: ['overlayChanged'] } as const;

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * The app's own pages. The policy is the one index.html carries, plus what a
 * <meta> cannot say: that no other site's page may frame the app (where it
 * could lay decoys over the app's buttons for the seller to click).
 */
const UI_HEADERS: Record<string, string> = {
  'content-security-policy': contentSecurityPolicy('web'),
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function setUiHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(UI_HEADERS)) res.setHeader(name, value);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

/** An error whose HTTP answer needs headers of its own (Allow on a 405, Upgrade on a 426). */
class HttpError extends AppError {
  constructor(code: string, message: string, messageEn: string, status: ErrorStatus, readonly headers: Record<string, string>) {
    super(code, message, messageEn, status);
  }
}

function sendError(res: ServerResponse, error: AppError): void {
  sendJson(res, error.status, { ok: false, error: error.toJSON() }, error instanceof HttpError ? error.headers : {});
}

function methodNotAllowed(allow: string, message: string, messageEn: string): HttpError {
  return new HttpError('METHOD_NOT_ALLOWED', message, messageEn, 405, { allow });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new AppError('BODY_TOO_LARGE', 'Dữ liệu gửi lên quá lớn (tối đa 25 MB)', 'Request body too large (25 MB at most)', 413));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Only names of this machine may address the server: blocks DNS-rebinding pages. */
export function isLocalHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(hostHeader.toLowerCase());
}

/**
 * A browser page's request is the app's own when its Origin is the very
 * origin it addressed: another port, scheme or local name is another site.
 * No Origin at all is not a cross-site page (curl, the CLI, tests; browsers
 * send one on every POST and WebSocket).
 */
export function isOwnOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (origin === undefined) return true;
  if (!hostHeader) return false;
  return origin.toLowerCase() === `http://${hostHeader.toLowerCase()}`;
}

/** application/json, with or without parameters (charset). */
function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase() === 'application/json';
}

const forbiddenOrigin = () => new AppError('FORBIDDEN_ORIGIN', 'Yêu cầu từ trang web khác bị từ chối', 'Requests from other sites are refused', 403);

/**
 * The commands and their JSON schemas. A type zod cannot describe (a transform's
 * output) would come out as {} instead of breaking the list; the HTTP API test
 * fails on any such {}, so keep output types plain (e.g. .toUpperCase(), not a transform).
 */
export function describeApi(): { commands: { name: string; summary: string; input: unknown; output: unknown }[] } {
  return {
    commands: Object.entries(commands).map(([name, spec]) => ({
      name,
      summary: spec.summary,
      input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
      output: z.toJSONSchema(spec.output, { unrepresentable: 'any' }),
    })),
  };
}

async function handleCommand(name: string, req: IncomingMessage, res: ServerResponse, app: App): Promise<void> {
  if (!isJson(req.headers['content-type'])) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Lệnh phải gửi dạng JSON (Content-Type: application/json)',
      'Commands are sent as JSON (Content-Type: application/json)',
      415,
    );
  }
  const text = await readBody(req);
  let input: unknown = {};
  if (text.trim() !== '') {
    try {
      input = JSON.parse(text);
    } catch {
      throw new AppError('INVALID_JSON', 'Nội dung gửi lên không phải JSON hợp lệ', 'The request body is not valid JSON', 400);
    }
  }
  const result = await app.callUnknown(name, input);
  sendJson(res, 200, { ok: true, result });
}

/** The desktop app's server: its window uses IPC, so HTTP has no commands beyond the overlays'. */
function notServedHere(): AppError {
  return new AppError(
    'NOT_SERVED_OVER_HTTP',
    'Ứng dụng máy tính không mở lệnh này qua HTTP; chỉ cửa sổ ứng dụng gọi được.',
    'The desktop app does not serve this command over HTTP; only its own window can call it.',
    404,
  );
}

/** A command asked for with GET (a browser's address bar): 405 naming the method it takes. */
function wrongMethodForApi(name: string): AppError {
  if (name === 'events') {
    return new HttpError(
      'UPGRADE_REQUIRED',
      'Sự kiện được gửi qua WebSocket tại /api/events',
      'Events are sent over a WebSocket at /api/events',
      426,
      { upgrade: 'websocket', connection: 'Upgrade' },
    );
  }
  if (!isCommandName(name)) return new AppError('UNKNOWN_COMMAND', `Không có lệnh "${name}"`, `There is no command "${name}"`, 404);
  return methodNotAllowed(
    'POST',
    `Lệnh "${name}" phải gửi bằng POST, nội dung JSON (Content-Type: application/json)`,
    `The command "${name}" is sent with POST, as JSON (Content-Type: application/json)`,
  );
}

function matches(route: Route, method: string, path: string): boolean {
  if (route.method !== method) return false;
  return route.path.endsWith('*') ? path.startsWith(route.path.slice(0, -1)) : path === route.path;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { app } = options;
  const routes = options.routes ?? [];
  const overlaysOnly = options.commandApi === 'overlays';
  const servesCommand = (name: string) => !overlaysOnly || (OVERLAY_API.commands as readonly string[]).includes(name);
  const servesEvent = (name: string) => !overlaysOnly || (OVERLAY_API.events as readonly string[]).includes(name);
  const staticDir = options.staticDir;
  const serveStatic =
    staticDir && existsSync(join(staticDir, 'index.html'))
      ? sirv(staticDir, { single: true, dev: false, etag: true, setHeaders: (res) => setUiHeaders(res) })
      : undefined;
  let port = options.port ?? DEFAULT_PORT;

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = req.method ?? 'GET';
      // HEAD is answered as GET would be; Node's http leaves the body out of a HEAD answer.
      const isRead = method === 'GET' || method === 'HEAD';
      try {
        if (!isLocalHost(req.headers.host, port)) {
          throw new AppError('FORBIDDEN_HOST', 'Máy chủ chỉ phục vụ 127.0.0.1', 'This server answers to 127.0.0.1 only', 403);
        }
        const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
        if ((!isRead || isApi) && !isOwnOrigin(req.headers.origin, req.headers.host)) throw forbiddenOrigin();
        const route = routes.find((r) => matches(r, method === 'HEAD' ? 'GET' : method, url.pathname));
        if (route) return await route.handle(req, res, app);
        if (url.pathname === '/api') {
          if (overlaysOnly) throw notServedHere();
          if (!isRead) {
            throw methodNotAllowed('GET, HEAD', 'Danh sách lệnh chỉ đọc bằng GET', 'The list of commands is read with GET');
          }
          return sendJson(res, 200, describeApi());
        }
        if (url.pathname.startsWith('/api/')) {
          const name = decodeURIComponent(url.pathname.slice('/api/'.length));
          if (!servesCommand(name)) throw notServedHere();
          if (method !== 'POST') throw wrongMethodForApi(name);
          return await handleCommand(name, req, res, app);
        }
        if (serveStatic && isRead) {
          return serveStatic(req, res, () => sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'Không có trang này', messageEn: 'No such page' } }));
        }
        throw new AppError('NOT_FOUND', 'Không có trang này', 'No such page', 404);
      } catch (error) {
        if (res.headersSent) return void res.end();
        if (error instanceof AppError) return sendError(res, error);
        console.error('[server]', error);
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Lỗi máy chủ', messageEn: 'Server error' } });
      }
    })();
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path !== '/api/events' || !isLocalHost(req.headers.host, port) || !isOwnOrigin(req.headers.origin, req.headers.host)) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req));
  });
  const unsubscribe = app.subscribe((event: AppEvent) => {
    if (!servesEvent(event.event)) return;
    const text = JSON.stringify(event);
    for (const client of sockets.clients) if (client.readyState === client.OPEN) client.send(text);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
