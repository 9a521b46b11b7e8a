import { afterEach, describe, expect, it } from 'vitest';
import { FacebookSource, parseFacebookTarget } from '../../../src/adapters/chat/facebook/facebook-source';
import { FacebookGraphServer } from '../../helpers/peers/facebook-graph-server';
import { recordSource } from '../../helpers/source-recorder';

const fastRetry = { initialMs: 50, maxMs: 200, factor: 2, jitter: 0.5 };

describe('Facebook live comments against a local Graph API with server-sent events', () => {
  let graph: FacebookGraphServer | undefined;
  let source: FacebookSource | undefined;
  afterEach(async () => {
    await source?.stop();
    await graph?.close();
  });

  const make = (server: FacebookGraphServer, extra: Partial<ConstructorParameters<typeof FacebookSource>[0]> = {}) =>
    new FacebookSource({
      target: server.videoId,
      accessToken: server.accessToken,
      graphBase: server.base,
      pollIntervalMs: 40,
      streamRetryMs: 300,
      backoff: fastRetry,
      ...extra,
    });

  it('streams comments as they are typed, with the commenter and time from Facebook', async () => {
    graph = await FacebookGraphServer.start();
    source = make(graph);
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'live' && graph!.openStreams === 1);
    expect(source.state).toEqual({ kind: 'live', via: 'stream' });
    expect(graph.streamRequests()[0]!.query).toMatchObject({ fields: 'from{name,id},message,created_time', comment_rate: 'one_hundred_per_second' });

    graph.comment({ id: '111', fromId: '552524095105158', fromName: 'Hoa Trần', message: 'chốt 2 hũ phấn hoa', createdTime: '2025-03-01T10:00:00+0000' });
    graph.comment({ id: '112', message: 'PH1 x1' });
    await seen.until(() => seen.messages.length === 2);
    expect(seen.messages[0]).toEqual({
      platform: 'facebook',
      messageId: '1234567890123_111',
      userId: '552524095105158',
      userName: 'Hoa Trần',
      text: 'chốt 2 hũ phấn hoa',
      sentAt: '2025-03-01T10:00:00.000Z',
    });
    // A comment without `from` (the viewer did not allow it) still arrives, as its own anonymous buyer.
    expect(seen.messages[1]).toMatchObject({ userId: 'anon:1234567890123_112', userName: 'Người xem Facebook' });
    expect(graph.pollRequests()).toHaveLength(0);
  });

  it('falls back to polling when the stream drops, then goes back to the resumed stream, each comment exactly once', async () => {
    graph = await FacebookGraphServer.start();
    source = make(graph);
    const seen = recordSource(source);
    source.start();
    await seen.until(() => graph!.openStreams === 1);
    graph.comment({ id: '1', fromId: 'u1', fromName: 'An', message: 'MO1 x2' });
    await seen.until(() => seen.messages.length === 1);

    // The stream dies and Facebook will not give a new one for a while.
    graph.refuseStreamsWith = 503;
    graph.dropStreams();
    graph.comment({ id: '2', fromId: 'u2', fromName: 'Bình', message: 'chốt 1 yến' });
    graph.comment({ id: '3', fromId: 'u3', fromName: 'Chi', message: '+1' });
    await seen.until(() => seen.messages.length === 3, 5000, 'comments by polling');
    expect(source.state).toEqual({ kind: 'live', via: 'polling' });
    expect(graph.pollRequests().length).toBeGreaterThan(0);

    // The stream comes back.
    graph.refuseStreamsWith = undefined;
    await seen.until(() => graph!.openStreams === 1, 5000, 'stream resumed');
    await seen.until(() => source!.state.kind === 'live' && (source!.state as { via?: string }).via === 'stream');
    graph.comment({ id: '4', fromId: 'u4', fromName: 'Dũng', message: 'NC1 sl 3' });
    await seen.until(() => seen.messages.length === 4);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen.messages.map((m) => m.messageId.split('_')[1])).toEqual(['1', '2', '3', '4']);
    expect(seen.states.map((s) => (s.kind === 'live' ? `live:${s.via}` : s.kind))).toEqual(['connecting', 'live:stream', 'live:polling', 'live:stream']);
  });

  it('catches a stream that stalls without closing by a check while it is quiet: comments come within the check interval, each once', async () => {
    graph = await FacebookGraphServer.start();
    // The idle limit alone would take a minute; the quiet check takes 400 ms here (20 s by default).
    source = make(graph, { quietCheckMs: 400, streamIdleMs: 60_000 });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => graph!.flowingStreams === 1);
    graph.comment({ id: '1', fromId: 'u1', fromName: 'An', message: 'MO1 x2' });
    await seen.until(() => seen.messages.length === 1);

    // The mobile link dies quietly: the connection stays open and nothing more comes down it.
    graph.stallStreams();
    const typedAt = Date.now();
    graph.comment({ id: '2', fromId: 'u2', fromName: 'Bình', message: 'chốt 1 yến' });
    graph.comment({ id: '3', fromId: 'u3', fromName: 'Chi', message: '+1' });
    await seen.until(() => seen.messages.length === 3, 3000, 'the comments the stalled stream held back');
    expect(Date.now() - typedAt).toBeLessThan(2000);

    // The next check finds the stream still silent about new comments: it is given up for polling, then opened again.
    graph.comment({ id: '4', fromId: 'u4', fromName: 'Dũng', message: 'NC1 sl 3' });
    await seen.until(() => graph!.streamRequests().length >= 2 && graph!.flowingStreams === 1, 5000, 'a fresh stream');
    await seen.until(() => source!.state.kind === 'live' && (source!.state as { via?: string }).via === 'stream');
    graph.comment({ id: '5', fromId: 'u5', fromName: 'Giang', message: 'chốt 2 chuối' });
    await seen.until(() => seen.messages.length === 5);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen.messages.map((m) => m.messageId.split('_')[1])).toEqual(['1', '2', '3', '4', '5']);
  });

  it('only checks a quiet stream that is healthy, and keeps it, catching up once on comments from before it opened', async () => {
    graph = await FacebookGraphServer.start();
    graph.comment({ id: 'early', fromId: 'u0', fromName: 'Hà', message: 'MO1 x1' });
    source = make(graph, { quietCheckMs: 150 });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => graph!.pollRequests().length >= 4, 5000, 'four quiet checks');
    expect(seen.messages.map((m) => m.messageId.split('_')[1])).toEqual(['early']);
    expect(graph.streamRequests()).toHaveLength(1);
    expect(graph.flowingStreams).toBe(1);
    expect(seen.states.map((s) => (s.kind === 'live' ? `live:${s.via}` : s.kind))).toEqual(['connecting', 'live:stream']);
    graph.comment({ id: 'now', fromId: 'u1', fromName: 'An', message: 'PH1 x1' });
    await seen.until(() => seen.messages.length === 2);
    expect(graph.streamRequests()).toHaveLength(1);
  });

  it('pages back through /comments when more than a page arrived while the stream was down', async () => {
    graph = await FacebookGraphServer.start();
    graph.refuseStreamsWith = 500;
    source = make(graph);
    const seen = recordSource(source);
    for (let i = 1; i <= 230; i++) graph.comment({ id: String(i), fromId: `u${i}`, fromName: `Khách ${i}`, message: `MO1 x${(i % 3) + 1}` });
    source.start();
    await seen.until(() => seen.messages.length === 230, 5000, '230 comments');
    expect(seen.messages.map((m) => Number(m.messageId.split('_')[1]))).toEqual(Array.from({ length: 230 }, (_, i) => i + 1));
  });

  it('pages back on the configured Graph base with Facebook’s cursor, even though Facebook’s next link names its own host', async () => {
    graph = await FacebookGraphServer.start();
    graph.refuseStreamsWith = 500;
    // What a proxy user gets: next links to graph.facebook.com, which cannot be reached from behind the proxy.
    graph.nextLinkOrigin = 'http://127.0.0.1:1';
    source = make(graph);
    const seen = recordSource(source);
    for (let i = 1; i <= 230; i++) graph.comment({ id: String(i), fromId: `u${i}`, fromName: `Khách ${i}`, message: `MO1 x${(i % 3) + 1}` });
    source.start();
    await seen.until(() => seen.messages.length === 230, 5000, '230 comments');
    expect(seen.messages.map((m) => Number(m.messageId.split('_')[1]))).toEqual(Array.from({ length: 230 }, (_, i) => i + 1));
    expect(graph.pollRequests().slice(0, 3).map((r) => r.query.after)).toEqual([undefined, '100', '200']);
    expect(graph.pollRequests()[1]!.query).toMatchObject({ access_token: graph.accessToken, order: 'reverse_chronological', limit: '100' });
    expect(seen.kinds()).not.toContain('reconnecting');
  });

  it('ends when the stream stops because the live video is over, keeping the last comments', async () => {
    graph = await FacebookGraphServer.start();
    source = make(graph);
    const seen = recordSource(source);
    source.start();
    await seen.until(() => graph!.openStreams === 1);
    graph.refuseStreamsWith = 503;
    graph.dropStreams();
    graph.comment({ id: '99', fromId: 'u9', fromName: 'Giang', message: 'chốt 2 chuối' });
    graph.videoStatus = 'VOD';
    await seen.until(() => source!.state.kind === 'ended');
    expect(source.state).toMatchObject({ reason: { code: 'FACEBOOK_ENDED' } });
    expect(seen.messages.map((m) => m.text)).toEqual(['chốt 2 chuối']);
  });

  it('fails on an expired token without ever showing the token', async () => {
    graph = await FacebookGraphServer.start();
    source = make(graph, { accessToken: 'EAAexpired-secret' });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'failed');
    expect(source.state).toMatchObject({ reason: { code: 'FACEBOOK_TOKEN' } });
    expect(JSON.stringify(seen.states)).not.toContain('EAAexpired-secret');
  });

  it('retries with backoff while Facebook cannot be reached at all, and recovers by itself', async () => {
    graph = await FacebookGraphServer.start();
    const port = graph.port;
    source = make(graph);
    const seen = recordSource(source);
    source.start();
    await seen.until(() => graph!.openStreams === 1);
    await graph.close();
    await seen.until(() => seen.kinds().filter((k) => k === 'reconnecting').length >= 2, 5000, 'two retries');
    graph = await FacebookGraphServer.start(port);
    await seen.until(() => graph!.openStreams === 1 && source!.state.kind === 'live', 5000, 'live again');
    graph.comment({ id: '7', fromId: 'u7', fromName: 'Hà', message: 'YEN1' });
    await seen.until(() => seen.messages.length === 1);
  });

  it('reads the current live of a Page given by its id, its link or a video link from the Page, asking Facebook with the Page token', async () => {
    graph = await FacebookGraphServer.start();
    const targets = [graph.pageId, 'https://www.facebook.com/ocopshop', 'facebook.com/ocopshop/videos/987654321098765/', `https://www.facebook.com/profile.php?id=${graph.pageId}`];
    for (const [i, target] of targets.entries()) {
      source = make(graph, { target });
      const seen = recordSource(source);
      source.start();
      await seen.until(() => source!.state.kind === 'live' && graph!.openStreams === 1, 5000, `live from ${target}`);
      graph.comment({ id: `p${i}`, fromId: 'u1', fromName: 'An', message: 'chốt 1 MO1' });
      await seen.until(() => seen.messages.length === 1, 5000, `a comment from ${target}`);
      expect(seen.messages[0]!.messageId).toBe(`${graph.videoId}_p${i}`);
      await source.stop();
      await seen.until(() => graph!.openStreams === 0, 5000, 'stream closed');
    }
    const lookups = graph.requests.filter((r) => r.path.endsWith('/live_videos'));
    expect(lookups.map((r) => r.path.replace('/v21.0', ''))).toEqual([`/${graph.pageId}/live_videos`, '/ocopshop/live_videos', '/ocopshop/live_videos', `/${graph.pageId}/live_videos`]);
    expect(lookups[0]!.query).toEqual({ broadcast_status: '["LIVE"]', fields: 'id,status,from', access_token: graph.accessToken });
    // The stream is the Page's live video, never the Video id of the pasted link.
    expect(graph.streamRequests().every((r) => r.path.endsWith(`/${graph!.videoId}/live_comments`))).toBe(true);
  });

  it('marks what the Page itself writes in its live as the shop’s own, and nothing a viewer writes', async () => {
    graph = await FacebookGraphServer.start();
    source = make(graph, { target: graph.pageId });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'live' && graph!.openStreams === 1, 5000, 'live');
    graph.comment({ id: 's1', fromId: graph.pageId, fromName: 'OCOP Shop', message: 'dạ shop ghi 2 hũ cho chị Lan rồi nha' });
    graph.comment({ id: 's2', fromId: 'u1', fromName: 'Lan', message: 'chốt 2 hũ' });
    await seen.until(() => seen.messages.length === 2, 5000, 'two comments');
    expect(seen.messages.map((m) => [m.messageId.split('_')[1], m.fromShop])).toEqual([
      ['s1', true],
      ['s2', undefined],
    ]);
  });

  it('says in Vietnamese and English that the Page is not live, keeps checking, and reads the live once it starts', async () => {
    graph = await FacebookGraphServer.start();
    graph.pageIsLive = false;
    source = make(graph, { target: 'https://www.facebook.com/ocopshop/' });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => seen.kinds().filter((k) => k === 'reconnecting').length >= 2, 5000, 'two checks');
    const waiting = seen.states.find((s) => s.kind === 'reconnecting');
    expect(waiting).toMatchObject({
      reason: {
        code: 'FACEBOOK_NOT_LIVE',
        messageVi: expect.stringContaining('Trang Facebook "ocopshop" chưa phát live') as unknown,
        messageEn: expect.stringContaining('The Facebook Page "ocopshop" is not live right now') as unknown,
      },
    });
    expect(graph.streamRequests()).toHaveLength(0);

    graph.pageIsLive = true;
    await seen.until(() => source!.state.kind === 'live' && graph!.openStreams === 1, 5000, 'live once the Page streams');
    graph.comment({ id: 'late', fromId: 'u2', fromName: 'Bình', message: 'PH1 x1' });
    await seen.until(() => seen.messages.length === 1);
  });

  it('fails plainly on a personal profile or an unknown Page: only Page lives can be read', async () => {
    graph = await FacebookGraphServer.start();
    source = make(graph, { target: 'https://www.facebook.com/nguyen.van.a' });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'failed');
    expect(source.state).toMatchObject({
      reason: {
        code: 'FACEBOOK_PAGE_NOT_FOUND',
        messageVi: expect.stringContaining('Chỉ đọc được live của Trang (Page), không đọc được live trên trang cá nhân') as unknown,
        messageEn: expect.stringContaining('Only Page lives can be read, not a personal profile') as unknown,
      },
    });
  });

  it('takes Page ids, usernames and links, and video links by their Page', () => {
    expect(parseFacebookTarget(' 1234567890123 ')).toEqual({ kind: 'pageOrLiveVideo', id: '1234567890123' });
    expect(parseFacebookTarget('ocopshop')).toEqual({ kind: 'page', page: 'ocopshop' });
    expect(parseFacebookTarget('https://www.facebook.com/ocopshop/videos/1234567890123/')).toEqual({ kind: 'page', page: 'ocopshop' });
    expect(parseFacebookTarget('https://m.facebook.com/ocopshop/videos/live-tối-nay/1234567890123')).toEqual({ kind: 'page', page: 'ocopshop' });
    expect(parseFacebookTarget('https://www.facebook.com/profile.php?id=100089123456789&sk=videos')).toEqual({ kind: 'page', page: '100089123456789' });
    expect(parseFacebookTarget('https://www.facebook.com/people/OCOP-Shop/100089123456789/')).toEqual({ kind: 'page', page: '100089123456789' });
    expect(parseFacebookTarget('https://www.facebook.com/OCOP-Shop-104000000000001/')).toEqual({ kind: 'page', page: '104000000000001' });
    // A watch link carries a Video id and no Page: the Page id or link is needed.
    expect(() => parseFacebookTarget('https://www.facebook.com/watch/?v=1234567890123')).toThrow(/Page id or link/);
    expect(() => parseFacebookTarget('https://example.com/ocopshop')).toThrow();
    expect(() => parseFacebookTarget('abc def')).toThrow();
  });
});
