// A seller behind a proxy: the chat platforms' addresses overridden for
// `ocop-live serve` (flags or environment variables) and for the desktop app
// (environment variables), with local protocol peers standing in for the
// proxied platforms.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startDesktop } from '../../../src/main/desktop';
import type { DesktopPaths } from '../../../src/main/paths';
import { FakeElectron } from '../../helpers/fake-electron';
import { FacebookGraphServer } from '../../helpers/peers/facebook-graph-server';
import { TwitchIrcServer } from '../../helpers/peers/twitch-irc-server';
import { YouTubeApiServer } from '../../helpers/peers/youtube-api-server';
import { makeTempDir } from '../../helpers/temp-dir';

const BIN = fileURLToPath(new URL('../../../bin/ocop-live.mjs', import.meta.url));

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function until(predicate: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** `ocop-live serve` as a real process; resolves with its address once it listens. */
function serve(args: string[], env: Record<string, string>): { child: ChildProcess; url: Promise<string>; stderr(): string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  cleanups.push(() => child.kill('SIGKILL'));
  let out = '';
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    void exit.then((code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  return { child, url, stderr: () => err, exit };
}

async function post(base: string, name: string, body: unknown): Promise<{ ok: boolean; error?: { code: string } }> {
  const response = await fetch(`${base}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as { ok: boolean; error?: { code: string } };
}

describe('chat endpoint overrides for the web app and the desktop app', () => {
  it('serve takes --twitch-url, and OCOP_YOUTUBE_API_BASE and OCOP_FACEBOOK_GRAPH_BASE from the environment, for sources connected from the UI', async () => {
    const temp = makeTempDir('ocop-serve-endpoints-');
    const [irc, youtube, facebook] = await Promise.all([TwitchIrcServer.start(), YouTubeApiServer.start(), FacebookGraphServer.start()]);
    cleanups.push(() => temp.cleanup(), () => irc.close(), () => youtube.close(), () => facebook.close());
    const run = serve(['--data-dir', temp.dir, '--twitch-url', irc.url], {
      OCOP_YOUTUBE_API_BASE: youtube.base,
      OCOP_FACEBOOK_GRAPH_BASE: facebook.base,
      // A flag wins over its variable: this one must not be used.
      OCOP_TWITCH_URL: 'ws://127.0.0.1:9',
    });
    const base = await run.url;

    expect(await post(base, 'connectSource', { platform: 'twitch', target: 'ocopshop' })).toMatchObject({ ok: true });
    expect(await post(base, 'connectSource', { platform: 'youtube', target: youtube.videoId, secret: youtube.apiKey, remember: false })).toMatchObject({ ok: true });
    expect(await post(base, 'connectSource', { platform: 'facebook', target: facebook.videoId, secret: facebook.accessToken, remember: false })).toMatchObject({ ok: true });
    await until(() => irc.joined('ocopshop') === 1, 'the Twitch join through --twitch-url');
    await until(() => youtube.requests.some((r) => r.path.endsWith('/liveChat/messages')), 'YouTube chat polled through OCOP_YOUTUBE_API_BASE');
    await until(() => facebook.openStreams === 1, 'the Facebook stream through OCOP_FACEBOOK_GRAPH_BASE');
  });

  it('serve refuses a malformed override and names the variable it came from', async () => {
    const temp = makeTempDir('ocop-serve-endpoints-');
    cleanups.push(() => temp.cleanup());
    const run = serve(['--data-dir', temp.dir], { OCOP_TWITCH_URL: 'https://user:secret-pass@proxy.example:8080' });
    run.url.catch(() => undefined);
    expect(await run.exit).toBe(2);
    expect(run.stderr()).toContain('OCOP_TWITCH_URL');
    expect(run.stderr()).toContain('ws://');
    expect(run.stderr()).not.toContain('secret-pass');
  });

  it('the desktop app reads OCOP_TWITCH_URL from its environment, and logs a malformed variable while keeping the good ones', async () => {
    const temp = makeTempDir('ocop-desktop-endpoints-');
    const irc = await TwitchIrcServer.start();
    cleanups.push(() => temp.cleanup(), () => irc.close());
    const paths: DesktopPaths = { rendererDir: join(temp.dir, 'renderer-not-built'), preload: join(temp.dir, 'preload', 'index.cjs'), iconsDir: join(temp.dir, 'icons') };
    const shell = await startDesktop({
      electron: new FakeElectron(temp.dir).api(),
      argv: ['electron', 'launch.cjs', `--data-dir=${join(temp.dir, 'data')}`],
      paths,
      port: 0,
      env: { OCOP_TWITCH_URL: irc.url, OCOP_FACEBOOK_GRAPH_BASE: 'graph.facebook.com' },
    });
    cleanups.push(() => shell.shutdown());
    expect(shell.state).toBe('running');

    await shell.app!.call('connectSource', { platform: 'twitch', target: 'ocopshop' });
    await until(() => irc.joined('ocopshop') === 1, 'the Twitch join through OCOP_TWITCH_URL');
    await shell.app!.context.sources.stopAll();
    await shell.shutdown();
    const log = readFileSync(shell.logger!.path, 'utf8');
    expect(log).toMatch(/OCOP_FACEBOOK_GRAPH_BASE is not a valid address/);
  });
});
