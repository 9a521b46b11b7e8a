// A local YouTube Data API v3: videos.list with liveStreamingDetails and
// liveChatMessages.list with page tokens and pollingIntervalMillis, answering
// with the API's JSON shapes and its error shapes (quotaExceeded,
// liveChatEnded), on 127.0.0.1 at an ephemeral port.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface YouTubeChatInput {
  id: string;
  channelId: string;
  displayName: string;
  text: string;
  publishedAt?: string;
  /** The channel's owner or a moderator (YouTube's isChatOwner, isChatModerator). */
  role?: 'owner' | 'moderator';
}

export interface RecordedRequest {
  path: string;
  query: Record<string, string>;
  at: number;
}

const apiError = (code: number, reason: string, message: string, domain = 'youtube.liveChat') => ({
  error: { code, message, errors: [{ message, domain, reason }] },
});

export const QUOTA_EXCEEDED = apiError(403, 'quotaExceeded', 'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.', 'youtube.quota');
export const CHAT_ENDED = apiError(403, 'liveChatEnded', 'The live chat is no longer live.');

export class YouTubeApiServer {
  readonly requests: RecordedRequest[] = [];
  readonly apiKey = 'test-youtube-key-AIza000';
  readonly videoId = 'dQw4w9WgXcQ';
  readonly liveChatId = 'Cg0KC2RRdzR3OVdnWGNR';
  pollingIntervalMillis = 100;
  /** Answers for the next chat requests, used up one per request before normal pages. */
  readonly nextAnswers: { status: number; body: unknown }[] = [];
  /** Every chat request from now on gets this answer. */
  stuckAnswer: { status: number; body: unknown } | undefined;
  videoState: 'live' | 'upcoming' | 'ended' = 'live';
  private readonly items: object[] = [];

  private constructor(private readonly server: Server) {}

  static async start(): Promise<YouTubeApiServer> {
    const server = createServer();
    const api = new YouTubeApiServer(server);
    server.on('request', (req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const query = Object.fromEntries(url.searchParams);
      api.requests.push({ path: url.pathname, query, at: Date.now() });
      const answer = api.answer(url.pathname, query);
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify(answer.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    return api;
  }

  get base(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/youtube/v3`;
  }

  chatRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.endsWith('/liveChat/messages'));
  }

  /** Messages viewers typed; they appear on the next page. */
  post(...inputs: YouTubeChatInput[]): void {
    for (const input of inputs) {
      this.items.push({
        kind: 'youtube#liveChatMessage',
        etag: `etag-${input.id}`,
        id: input.id,
        snippet: {
          type: 'textMessageEvent',
          liveChatId: this.liveChatId,
          authorChannelId: input.channelId,
          publishedAt: input.publishedAt ?? new Date().toISOString(),
          hasDisplayContent: true,
          displayMessage: input.text,
          textMessageDetails: { messageText: input.text },
        },
        authorDetails: {
          channelId: input.channelId,
          channelUrl: `http://www.youtube.com/channel/${input.channelId}`,
          displayName: input.displayName,
          profileImageUrl: 'https://yt3.ggpht.com/x',
          isVerified: false,
          isChatOwner: input.role === 'owner',
          isChatSponsor: false,
          isChatModerator: input.role === 'moderator',
        },
      });
    }
  }

  /** A viewer joining as a member: not a text message, must not become a comment. */
  postMembership(id: string): void {
    this.items.push({ kind: 'youtube#liveChatMessage', id, snippet: { type: 'newSponsorEvent', publishedAt: new Date().toISOString(), hasDisplayContent: true, displayMessage: 'Welcome!' }, authorDetails: { channelId: 'UCm', displayName: 'Member' } });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(path: string, query: Record<string, string>): { status: number; body: unknown } {
    if (query.key !== this.apiKey) return { status: 400, body: apiError(400, 'keyInvalid', 'API key not valid. Please pass a valid API key.', 'global') };
    if (path === '/youtube/v3/videos') {
      if (query.id !== this.videoId) return { status: 200, body: { kind: 'youtube#videoListResponse', items: [], pageInfo: { totalResults: 0, resultsPerPage: 0 } } };
      const details =
        this.videoState === 'live'
          ? { actualStartTime: '2025-01-01T12:00:00Z', activeLiveChatId: this.liveChatId, concurrentViewers: '35' }
          : this.videoState === 'upcoming'
            ? { scheduledStartTime: '2030-01-01T12:00:00Z' }
            : { actualStartTime: '2025-01-01T12:00:00Z', actualEndTime: '2025-01-01T13:00:00Z' };
      return { status: 200, body: { kind: 'youtube#videoListResponse', items: [{ kind: 'youtube#video', id: this.videoId, liveStreamingDetails: details }], pageInfo: { totalResults: 1, resultsPerPage: 1 } } };
    }
    if (path === '/youtube/v3/liveChat/messages') {
      const queued = this.nextAnswers.shift();
      if (queued) return queued;
      if (this.stuckAnswer) return this.stuckAnswer;
      if (query.liveChatId !== this.liveChatId) return { status: 404, body: apiError(404, 'liveChatNotFound', 'The live chat that you are trying to retrieve cannot be found.') };
      const from = query.pageToken ? Number(query.pageToken.replace(/^t/, '')) : 0;
      const limit = Number(query.maxResults ?? 500);
      const page = this.items.slice(from, from + limit);
      return {
        status: 200,
        body: {
          kind: 'youtube#liveChatMessageListResponse',
          etag: `page-${from}`,
          pollingIntervalMillis: this.pollingIntervalMillis,
          pageInfo: { totalResults: page.length, resultsPerPage: page.length },
          nextPageToken: `t${from + page.length}`,
          items: page,
        },
      };
    }
    return { status: 404, body: apiError(404, 'notFound', 'Not Found', 'global') };
  }
}
