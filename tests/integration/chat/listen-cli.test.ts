// `ocop-live listen` as a person runs it: a real process, a local Twitch chat
// server and a local YouTube API, JSON lines out, Ctrl+C to stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TwitchIrcServer } from '../../helpers/peers/twitch-irc-server';
import { YouTubeApiServer } from '../../helpers/peers/youtube-api-server';
import { fixturePath } from '../../helpers/fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

const BIN = fileURLToPath(new URL('../../../bin/ocop-live.mjs', import.meta.url));

interface Run {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  stdout(): string;
  stderr(): string;
  until(predicate: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  exit: Promise<number | null>;
}

function run(args: string[], env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const lines: Record<string, unknown>[] = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    const parts = out.split('\n');
    out = parts.pop()!;
    for (const part of parts) if (part.trim()) lines.push(JSON.parse(part) as Record<string, unknown>);
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    stdout: () => JSON.stringify(lines) + out,
    stderr: () => err,
    exit,
    async until(predicate, what, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; stderr: ${err.slice(-500)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}

describe('ocop-live listen', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('ingests Twitch and YouTube together until Ctrl+C, printing comments, orders and states as JSON lines, never the key', async () => {
    const temp = makeTempDir('ocop-listen-');
    const irc = await TwitchIrcServer.start();
    const youtube = await YouTubeApiServer.start();
    youtube.pollingIntervalMillis = 1000;
    cleanups.push(() => temp.cleanup(), () => irc.close(), () => youtube.close());
    const db = join(temp.dir, 'book.db');
    const cli = run(
      [
        'listen',
        '--source', 'twitch:ocopshop',
        '--source', `youtube:${youtube.videoId}`,
        '--catalog', fixturePath('catalog-live.csv'),
        '--db', db,
        '--session', 'Live tối thứ bảy',
        '--twitch-url', irc.url,
        '--youtube-api-base', youtube.base,
      ],
      { OCOP_YOUTUBE_API_KEY: youtube.apiKey },
    );
    cleanups.push(() => void cli.child.kill('SIGKILL'));
    const live = (platform: string) => cli.lines.some((l) => l.type === 'state' && l.platform === platform && (l.state as { kind: string }).kind === 'live');
    await cli.until(() => live('twitch') && live('youtube'), 'both sources live');
    expect(cli.lines[0]).toMatchObject({ type: 'session', name: 'Live tối thứ bảy' });

    irc.privmsg('ocopshop', { id: 'c1', userId: '41', login: 'lan', displayName: 'Lan', text: 'chốt 2 chai mật ong' });
    youtube.post({ id: 'y1', channelId: 'UC_minh', displayName: 'Minh', text: 'CF2 x1' });
    await cli.until(() => cli.lines.filter((l) => l.type === 'order').length >= 2, 'two orders');
    const comment = cli.lines.find((l) => l.type === 'comment' && l.messageId === 'c1');
    expect(comment).toMatchObject({ platform: 'twitch', userName: 'Lan', text: 'chốt 2 chai mật ong', intent: 'order' });
    const orders = cli.lines.filter((l) => l.type === 'order');
    expect(orders.map((o) => o.customerName).sort()).toEqual(['Lan', 'Minh']);

    cli.child.kill('SIGINT');
    expect(await cli.exit).toBe(0);
    expect(cli.lines.filter((l) => l.type === 'state' && (l.state as { kind: string }).kind === 'ended')).toHaveLength(2);
    expect(cli.stdout() + cli.stderr()).not.toContain(youtube.apiKey);
  });

  it('stops by itself when every source has finished (a simulator with a limit)', async () => {
    const temp = makeTempDir('ocop-listen-');
    cleanups.push(() => temp.cleanup());
    const cli = run(['listen', '--source', 'simulator:500', '--seed', '4', '--limit', '60', '--catalog', fixturePath('catalog-live.csv'), '--db', join(temp.dir, 'b.db')]);
    cleanups.push(() => void cli.child.kill('SIGKILL'));
    expect(await cli.exit).toBe(0);
    expect(cli.lines.filter((l) => l.type === 'comment')).toHaveLength(60);
  });

  it('names the environment variable to set when a key is missing, not a save button it does not have', async () => {
    const temp = makeTempDir('ocop-listen-');
    cleanups.push(() => temp.cleanup());
    const env = { OCOP_YOUTUBE_API_KEY: '', OCOP_FACEBOOK_ACCESS_TOKEN: '' };
    const youtube = run(['listen', '--source', 'youtube:dQw4w9WgXcQ', '--db', join(temp.dir, 'b.db')], env);
    cleanups.push(() => void youtube.child.kill('SIGKILL'));
    expect(await youtube.exit).toBe(2);
    expect(youtube.stderr()).toContain('hãy đặt biến môi trường OCOP_YOUTUBE_API_KEY');
    expect(youtube.stderr()).toContain('set the environment variable OCOP_YOUTUBE_API_KEY');
    expect(youtube.stderr()).not.toMatch(/enter and save|nhập và lưu/);

    const facebook = run(['listen', '--source', 'facebook:ocopshop', '--db', join(temp.dir, 'b.db')], env);
    cleanups.push(() => void facebook.child.kill('SIGKILL'));
    expect(await facebook.exit).toBe(2);
    expect(facebook.stderr()).toContain('OCOP_FACEBOOK_ACCESS_TOKEN');
  });

  it('explains a malformed --source', async () => {
    const temp = makeTempDir('ocop-listen-');
    cleanups.push(() => temp.cleanup());
    const cli = run(['listen', '--source', 'myspace:x', '--db', join(temp.dir, 'b.db')]);
    expect(await cli.exit).toBe(2);
    expect(cli.stderr()).toMatch(/platform:target/);
  });
});
