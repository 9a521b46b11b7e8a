// Web mode in a real browser: a page from another site, open in the same
// browser as the app, cannot put the app inside its own page (where it could
// lay decoys over the app's buttons and have the seller click them).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/app-server';

let t: TestServer;
let browser: Browser;
let other: Server;
let otherUrl: string;

beforeAll(async () => {
  t = await startTestServer({ withUi: true });
  const { json } = await t.post('createProduct', { code: 'MO1', name: 'Mật ong rừng U Minh', price: 180000, stock: 10 });
  if (!json.ok) throw new Error(JSON.stringify(json.error));
  // Another site: a page on another port frames the app's pages.
  other = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('path') ?? '/';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>decoy</title><iframe id="app" src="${t.url}${path}" width="1200" height="800"></iframe>`);
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => other?.close(resolve));
  await t?.close();
});

describe('the web app inside another site’s page', () => {
  it('the app opened directly shows the seller its products, its page carrying the same policy as the header', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${t.url}/#/products`);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 10_000 }).toContain('MO1');
    // The <meta> policy (which the desktop app's file pages rely on) is the header's, less what a <meta> cannot say.
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const header = response!.headers()['content-security-policy'] ?? '';
    expect(meta).toContain("default-src 'self'");
    expect(`${meta}; frame-ancestors 'none'`).toBe(header);
    await page.close();
  });

  it.each(['/', '/#/orders', '/#/live'])('the app at %s does not load inside another site’s frame', async (path) => {
    const page = await browser.newPage();
    await page.goto(`${otherUrl}/?path=${encodeURIComponent(path)}`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    // Give the app time to have drawn itself, had the browser let it load.
    await page.waitForTimeout(1500);
    const shown = await frame!.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    expect(shown).not.toContain('OCOP Live');
    expect(shown).not.toContain('MO1');
    await page.close();
  });
});
