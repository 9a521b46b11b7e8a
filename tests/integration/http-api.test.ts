import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../helpers/app-server';
import { readFixture } from '../helpers/fixtures';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => t.close());

function rawRequest(path: string, headers: Record<string, string>, method = 'GET'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: t.server.port, path, method, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Status, headers and the bytes of the body, as they came over the wire (HEAD included). */
function rawResponse(path: string, method: string, headers: Record<string, string> = {}, port = t.server.port) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Every place in a JSON schema that is itself a schema but says nothing: `{}`
 * (what zod writes for a type it cannot represent, e.g. a transform's output).
 */
function emptySchemas(schema: unknown, path: string): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const found = Object.keys(node).filter((key) => key !== 'description').length === 0 ? [path] : [];
  const child = (value: unknown, at: string) => found.push(...emptySchemas(value, at));
  for (const [key, value] of Object.entries((node.properties ?? {}) as Record<string, unknown>)) child(value, `${path}.properties.${key}`);
  if (node.items) child(node.items, `${path}.items`);
  if (typeof node.additionalProperties === 'object') child(node.additionalProperties, `${path}.additionalProperties`);
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const) {
    if (Array.isArray(node[key])) (node[key] as unknown[]).forEach((value, index) => child(value, `${path}.${key}[${index}]`));
  }
  return found;
}

describe('the web API', () => {
  it('listens on 127.0.0.1 only', () => {
    const address = t.server.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('lists every command with its input schema at GET /api', async () => {
    const response = await fetch(`${t.url}/api`);
    const body = (await response.json()) as { commands: { name: string; input: { type?: string } }[] };
    const names = body.commands.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['listProducts', 'importCatalogCsv', 'getSettings']));
    expect(body.commands.find((c) => c.name === 'createProduct')?.input.type).toBe('object');
  });

  it('lists a meaningful input and output schema for every command at GET /api, with product codes as strings', async () => {
    const body = (await (await fetch(`${t.url}/api`)).json()) as { commands: { name: string; input: unknown; output: unknown }[] };
    const empty = body.commands.flatMap((command) => [...emptySchemas(command.input, `${command.name}.input`), ...emptySchemas(command.output, `${command.name}.output`)]);
    expect(empty).toEqual([]);
    const product = body.commands.find((command) => command.name === 'createProduct')?.output as { properties: Record<string, { type?: string }> };
    expect(product.properties.code).toMatchObject({ type: 'string' });
  });

  it('answers a command asked for with GET with 405, Allow: POST and a message in Vietnamese and English', async () => {
    const response = await fetch(`${t.url}/api/listProducts`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    const { error } = (await response.json()) as { error: { code: string; message: string; messageEn: string } };
    expect(error.code).toBe('METHOD_NOT_ALLOWED');
    expect(error.message).toContain('phải gửi bằng POST');
    expect(error.messageEn).toContain('is sent with POST');
    const head = await rawResponse('/api/listProducts', 'HEAD');
    expect([head.status, head.headers.allow, head.body]).toEqual([405, 'POST', '']);
    // Not a command: 404 as a POST would get; the event socket without its upgrade: 426.
    expect((await fetch(`${t.url}/api/doesNotExist`)).status).toBe(404);
    const events = await fetch(`${t.url}/api/events`);
    expect([events.status, events.headers.get('upgrade')]).toEqual([426, 'websocket']);
    const postList = await fetch(`${t.url}/api`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect([postList.status, postList.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });

  it('answers HEAD as GET would, without the body: the UI, the command list and an overlay page', async () => {
    const withUi = await startTestServer({ withUi: true });
    try {
      for (const path of ['/', '/api', '/overlays/card']) {
        const get = await rawResponse(path, 'GET', {}, withUi.server.port);
        const head = await rawResponse(path, 'HEAD', {}, withUi.server.port);
        expect(get.status, path).toBe(200);
        expect(get.body.length, path).toBeGreaterThan(0);
        expect(head.status, path).toBe(200);
        expect(head.headers['content-type'], path).toBe(get.headers['content-type']);
        expect(head.body, path).toBe('');
      }
    } finally {
      await withUi.close();
    }
  });

  it('runs a command posted as JSON and answers its result', async () => {
    const imported = await t.post('importCatalogCsv', { csv: readFixture('catalog-basic.csv') });
    expect(imported).toEqual({ status: 200, json: { ok: true, result: { added: 4, updated: 0, products: 4 } } });
    const found = await t.post('listProducts', { query: 'mật ong' });
    expect((found.json.result as { code: string }[]).map((p) => p.code)).toEqual(['MO1']);
  });

  it('answers invalid input with a 400 naming the field, in Vietnamese and English', async () => {
    const { status, json } = await t.post('createProduct', { code: 'X1', name: 'Trà', price: 'nhiều' });
    expect(status).toBe(400);
    expect(json.error?.code).toBe('INVALID_INPUT');
    expect(json.error?.message).toMatch(/price/);
    expect(json.error?.messageEn).toMatch(/Invalid input for "createProduct": .*price.*expected number/);
  });

  it('answers a broken catalog with 422 and every bad line, importing nothing', async () => {
    const before = ((await t.post('listProducts', {})).json.result as unknown[]).length;
    const { status, json } = await t.post('importCatalogCsv', { csv: readFixture('catalog-broken.csv') });
    expect(status).toBe(422);
    expect((json.error?.details as { line: number }[]).map((issue) => issue.line)).toEqual([3, 4, 5]);
    expect(((await t.post('listProducts', {})).json.result as unknown[]).length).toBe(before);
  });

  it('answers body that is not JSON with a 400, and an unknown command with a 404', async () => {
    const response = await fetch(`${t.url}/api/listProducts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect(response.status).toBe(400);
    expect((await t.post('doesNotExist', {})).status).toBe(404);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    expect(await rawRequest('/api', { host: `evil.example:${t.server.port}` })).toBe(403);
    expect(await rawRequest('/api', { host: `localhost:${t.server.port}` })).toBe(200);
  });

  it('refuses a command posted from another site’s page', async () => {
    const status = await rawRequest('/api/listProducts', { host: `127.0.0.1:${t.server.port}`, origin: 'https://evil.example' }, 'POST');
    expect(status).toBe(403);
  });

  it('refuses an API request whose page is on another local origin: another port, https, or another name for this machine', async () => {
    const host = `127.0.0.1:${t.server.port}`;
    const json = { host, 'content-type': 'application/json' };
    for (const origin of [`http://127.0.0.1:${t.server.port + 1}`, `https://127.0.0.1:${t.server.port}`, `http://localhost:${t.server.port}`, 'null']) {
      expect(await rawRequest('/api/listCustomers', { ...json, origin }, 'POST'), origin).toBe(403);
      expect(await rawRequest('/api', { host, origin }), origin).toBe(403);
    }
  });

  it('answers the app’s own page, and callers that are not web pages (no Origin)', async () => {
    const host = `127.0.0.1:${t.server.port}`;
    expect(await rawRequest('/api/listProducts', { host, 'content-type': 'application/json', origin: `http://${host}` }, 'POST')).toBe(200);
    expect(await rawRequest('/api/listProducts', { host: `localhost:${t.server.port}`, 'content-type': 'application/json', origin: `http://localhost:${t.server.port}` }, 'POST')).toBe(200);
    expect(await rawRequest('/api/listProducts', { host, 'content-type': 'application/json; charset=utf-8' }, 'POST')).toBe(200);
  });

  it('refuses a command not sent as JSON, which a form or a no-cors fetch on another site could send without asking', async () => {
    const host = `127.0.0.1:${t.server.port}`;
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expect(await rawRequest('/api/listProducts', { host, 'content-type': type }, 'POST'), type).toBe(415);
    }
    expect(await rawRequest('/api/listProducts', { host }, 'POST')).toBe(415);
    const response = await fetch(`${t.url}/api/updateSettings`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"language":"en"}' });
    expect(((await response.json()) as { error: { code: string; messageEn: string } }).error).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      messageEn: 'Commands are sent as JSON (Content-Type: application/json)',
    });
    expect((await t.post('getSettings', {})).json.result).toMatchObject({ language: 'vi' });
  });

  it('streams events over the WebSocket as commands change things', async () => {
    const socket = new WebSocket(`${t.url.replace('http', 'ws')}/api/events`);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const received = new Promise<{ event: string; payload: { reason: string } }>((resolve) =>
      socket.on('message', (data) => resolve(JSON.parse(String(data)))),
    );
    await t.post('createProduct', { code: 'TN9', name: 'Trà Shan tuyết', price: 90000 });
    expect(await received).toMatchObject({ event: 'catalogChanged', payload: { reason: 'created' } });
    socket.close();
  });

  it('refuses a WebSocket opened by another site’s page', async () => {
    const socket = new WebSocket(`${t.url.replace('http', 'ws')}/api/events`, { origin: 'https://evil.example' });
    const outcome = await new Promise<string>((resolve) => {
      socket.once('open', () => resolve('open'));
      socket.once('error', () => resolve('refused'));
    });
    expect(outcome).toBe('refused');
  });

  it('opens the event WebSocket only for the app’s own origin', async () => {
    const open = (origin: string) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(`${t.url.replace('http', 'ws')}/api/events`, { origin });
        socket.once('open', () => {
          socket.close();
          resolve('open');
        });
        socket.once('error', () => resolve('refused'));
      });
    expect(await open(`https://127.0.0.1:${t.server.port}`)).toBe('refused');
    expect(await open(`http://127.0.0.1:${t.server.port + 1}`)).toBe('refused');
    expect(await open(`http://localhost:${t.server.port}`)).toBe('refused');
    expect(await open(t.url)).toBe('open');
  });

  it('answers the desktop app’s shortcut commands with DESKTOP_ONLY, in Vietnamese and English', async () => {
    const { status, json } = await t.post('getGlobalShortcuts', {});
    expect(status).toBe(409);
    expect(json.error).toMatchObject({ code: 'DESKTOP_ONLY', messageEn: 'Global shortcuts exist only in the desktop app (Electron), not in web mode.' });
    expect((await t.post('setGlobalShortcuts', { shortcuts: { hideAllOverlays: 'F13' } })).json.error?.code).toBe('DESKTOP_ONLY');
  });

  it('remembers the language across a restart of the app', async () => {
    await t.post('updateSettings', { language: 'en' });
    const { createApp } = await import('../../src/app/create-app');
    const again = createApp({ dataDir: t.dataDir, mode: 'test' });
    expect((await again.call('getSettings', {})).language).toBe('en');
    again.close();
  });
});
