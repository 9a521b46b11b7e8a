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
