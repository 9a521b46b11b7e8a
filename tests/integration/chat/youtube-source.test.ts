import { afterEach, describe, expect, it } from 'vitest';
import { YouTubeSource, normaliseYouTubeVideoId } from '../../../src/adapters/chat/youtube/youtube-source';
import { CHAT_ENDED, QUOTA_EXCEEDED, YouTubeApiServer } from '../../helpers/peers/youtube-api-server';
import { recordSource } from '../../helpers/source-recorder';

const fastRetry = { initialMs: 50, maxMs: 200, factor: 2, jitter: 0.5 };

describe('YouTube live chat through the Data API v3 against a local API server', () => {
  let api: YouTubeApiServer | undefined;
  let source: YouTubeSource | undefined;
  afterEach(async () => {
    await source?.stop();
    await api?.close();
  });

  const make = (server: YouTubeApiServer, extra: Partial<ConstructorParameters<typeof YouTubeSource>[0]> = {}) =>
    new YouTubeSource({ videoId: server.videoId, apiKey: server.apiKey, apiBase: server.base, minPollMs: 20, backoff: fastRetry, ...extra });

  it('finds the live chat, reads pages in order with pageToken and waits pollingIntervalMillis between calls', async () => {
    api = await YouTubeApiServer.start();
    api.pollingIntervalMillis = 150;
    api.post({ id: 'LCC.1', channelId: 'UC_lan', displayName: 'Lan Nguyễn', text: 'chốt 2 chai mật ong', publishedAt: '2025-01-01T12:01:00.5Z' });
    source = make(api);
    const seen = recordSource(source);
    source.start();
    await seen.until(() => seen.messages.length === 1);
    expect(seen.messages[0]).toEqual({
      platform: 'youtube',
      messageId: 'LCC.1',
      userId: 'UC_lan',
      userName: 'Lan Nguyễn',
      text: 'chốt 2 chai mật ong',
      sentAt: '2025-01-01T12:01:00.500Z',
    });
    expect(seen.kinds()).toEqual(['connecting', 'live']);

    api.post({ id: 'LCC.2', channelId: 'UC_binh', displayName: 'Bình', text: '+1' });
    api.postMembership('LCC.m');
    api.post({ id: 'LCC.3', channelId: 'UC_chi', displayName: 'Chi', text: 'MO1 x3' });
    await seen.until(() => seen.messages.length === 3);
    expect(seen.messages.map((m) => m.messageId)).toEqual(['LCC.1', 'LCC.2', 'LCC.3']);

    const videoCall = api.requests.find((r) => r.path.endsWith('/videos'));
    expect(videoCall?.query).toMatchObject({ part: 'liveStreamingDetails', id: api.videoId });
    const chat = api.chatRequests();
    expect(chat[0]!.query).toMatchObject({ liveChatId: api.liveChatId, part: 'snippet,authorDetails' });
    expect(chat[0]!.query.pageToken).toBeUndefined();
    expect(chat[1]!.query.pageToken).toBe('t1');
    for (let i = 1; i < chat.length; i++) expect(chat[i]!.at - chat[i - 1]!.at).toBeGreaterThanOrEqual(140);
  });

  it('marks what the channel’s owner and moderators write as the shop’s own, and nothing a viewer writes', async () => {
    api = await YouTubeApiServer.start();
    api.post(
      { id: 'LCC.o', channelId: 'UC_shop', displayName: 'Shop', text: 'đã ghi đơn chị Lan 2 hũ', role: 'owner' },
      { id: 'LCC.m', channelId: 'UC_mod', displayName: 'Mod Thảo', text: 'chốt 1 chai cho bạn Tuấn', role: 'moderator' },
      { id: 'LCC.v', channelId: 'UC_lan', displayName: 'Lan', text: 'chốt 2 hũ' },
    );
    source = make(api);
    const seen = recordSource(source);
    source.start();
    await seen.until(() => seen.messages.length === 3);
    expect(seen.messages.map((m) => [m.messageId, m.fromShop])).toEqual([
      ['LCC.o', true],
      ['LCC.m', true],
      ['LCC.v', undefined],
    ]);
  });

  it('stops with a clear Vietnamese and English message on quota exceeded, and makes no further calls', async () => {
    api = await YouTubeApiServer.start();
    api.pollingIntervalMillis = 30;
    source = make(api);
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'live');
    api.stuckAnswer = { status: 403, body: QUOTA_EXCEEDED };
    await seen.until(() => source!.state.kind === 'failed');
    const state = source.state;
    expect(state).toMatchObject({ kind: 'failed', reason: { code: 'YOUTUBE_QUOTA' } });
    if (state.kind === 'failed') {
      expect(state.reason.messageVi).toMatch(/hạn mức/);
      expect(state.reason.messageEn).toMatch(/quota/);
    }
    const calls = api.chatRequests().length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.chatRequests().length).toBe(calls);
  });

  it('ends (not fails) when YouTube says the chat has ended', async () => {
    api = await YouTubeApiServer.start();
    api.pollingIntervalMillis = 30;
    api.post({ id: 'a', channelId: 'UC1', displayName: 'A', text: 'chào shop' });
    source = make(api);
    const seen = recordSource(source);
    source.start();
    await seen.until(() => seen.messages.length === 1);
    api.stuckAnswer = { status: 403, body: CHAT_ENDED };
    await seen.until(() => source!.state.kind === 'ended');
    expect(source.state).toMatchObject({ kind: 'ended', reason: { code: 'YOUTUBE_CHAT_ENDED' } });
    const calls = api.chatRequests().length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(api.chatRequests().length).toBe(calls);
  });

  it('retries server errors with backoff and resumes from the last page without repeating comments', async () => {
    api = await YouTubeApiServer.start();
    api.pollingIntervalMillis = 30;
    api.post({ id: 'x1', channelId: 'UC1', displayName: 'A', text: 'MO1' });
    source = make(api);
    const seen = recordSource(source);
    source.start();
    await seen.until(() => seen.messages.length === 1);
    api.nextAnswers.push({ status: 503, body: { error: { code: 503, message: 'backendError', errors: [{ reason: 'backendError' }] } } });
    api.nextAnswers.push({ status: 500, body: 'oops' });
    await seen.until(() => seen.kinds().filter((k) => k === 'reconnecting').length === 2 && source!.state.kind === 'live', 5000, 'two retries then live');
    api.post({ id: 'x2', channelId: 'UC2', displayName: 'B', text: 'PH1 x2' });
    await seen.until(() => seen.messages.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.messages.map((m) => m.messageId)).toEqual(['x1', 'x2']);
    const retries = seen.states.flatMap((s) => (s.kind === 'reconnecting' ? [s.attempt] : []));
    expect(retries).toEqual([1, 2]);
  });

  it('fails at once on a wrong API key, and never puts the key in a message', async () => {
    api = await YouTubeApiServer.start();
    source = new YouTubeSource({ videoId: api.videoId, apiKey: 'wrong-secret-key', apiBase: api.base, backoff: fastRetry });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'failed');
    expect(source.state).toMatchObject({ reason: { code: 'YOUTUBE_BAD_KEY' } });
    expect(JSON.stringify(seen.states)).not.toContain('wrong-secret-key');
  });

  it('waits for a scheduled stream to start, and reports one that already ended', async () => {
    api = await YouTubeApiServer.start();
    api.videoState = 'upcoming';
    source = make(api);
    const seen = recordSource(source);
    source.start();
    await seen.until(() => seen.kinds().includes('reconnecting'));
    expect(seen.states.find((s) => s.kind === 'reconnecting')).toMatchObject({ reason: { code: 'YOUTUBE_NOT_STARTED' } });
    api.videoState = 'live';
    await seen.until(() => source!.state.kind === 'live');
    await source.stop();

    api.videoState = 'ended';
    source = make(api);
    const again = recordSource(source);
    source.start();
    await again.until(() => source!.state.kind === 'ended');
    expect(source.state).toMatchObject({ reason: { code: 'YOUTUBE_OFFLINE' } });
  });

  it('accepts video links as well as ids', () => {
    expect(normaliseYouTubeVideoId('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3')).toBe('dQw4w9WgXcQ');
    expect(normaliseYouTubeVideoId('https://youtu.be/dQw4w9WgXcQ')).toBe('dQw4w9WgXcQ');
    expect(normaliseYouTubeVideoId('https://www.youtube.com/live/dQw4w9WgXcQ?si=x')).toBe('dQw4w9WgXcQ');
    expect(() => normaliseYouTubeVideoId('not a video!')).toThrow();
  });
});
