// A local Facebook Graph API for live video comments: the `live_comments`
// server-sent-event stream, `/{id}/comments` with reverse-chronological
// paging, `/{id}?fields=status`, and a Page's `/live_videos` (by Page id or
// username, filtered by broadcast_status), with Graph's error shape, on 127.0.0.1.
import { createServer, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FacebookCommentInput {
  id: string;
  fromId?: string;
  fromName?: string;
  message: string;
  createdTime?: string;
}

interface Comment {
  id: string;
  message: string;
  created_time: string;
  from?: { name: string; id: string };
}

export interface RecordedRequest {
  path: string;
  query: Record<string, string>;
}

export class FacebookGraphServer {
  readonly accessToken = 'EAAtestPageToken123';
  readonly videoId = '1234567890123';
  /** The Page that streams the live video above. */
  readonly pageId = '104000000000001';
  readonly pageUsername = 'ocopshop';
  /** Whether the Page's live video is on air now (a Page's /live_videos lists it only then). */
  pageIsLive = true;
  readonly requests: RecordedRequest[] = [];
  videoStatus = 'LIVE';
  /** While set, new streams are answered with this HTTP status instead of a stream. */
  refuseStreamsWith: number | undefined;
  /**
   * The origin written into `paging.next` links; this server's own by default.
   * Facebook writes https://graph.facebook.com there even when it was reached
   * through a proxy.
   */
  nextLinkOrigin: string | undefined;
  private readonly comments: Comment[] = [];
  private readonly streams = new Set<ServerResponse>();
  private readonly stalled = new Set<ServerResponse>();

  private constructor(private readonly server: Server) {}

  static async start(port = 0): Promise<FacebookGraphServer> {
    const server = createServer();
    const graph = new FacebookGraphServer(server);
    server.on('request', (req, res) => graph.handle(new URL(req.url ?? '/', 'http://127.0.0.1'), res));
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
    return graph;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}/v21.0`;
  }

  get openStreams(): number {
    return this.streams.size;
  }

  streamRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.endsWith('/live_comments'));
  }

  pollRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.endsWith('/comments') && !r.path.endsWith('/live_comments'));
  }

  /** A viewer comments: it goes out on every open stream and is there for polling. */
  comment(input: FacebookCommentInput): void {
    const comment: Comment = {
      id: `${this.videoId}_${input.id}`,
      message: input.message,
      created_time: input.createdTime ?? new Date().toISOString().replace(/\.\d{3}Z$/, '+0000'),
      ...(input.fromId ? { from: { name: input.fromName ?? '', id: input.fromId } } : {}),
    };
    this.comments.push(comment);
    for (const stream of this.streams) if (!this.stalled.has(stream)) stream.write(`data: ${JSON.stringify(comment)}\n\n`);
  }

  /** Leaves every open stream connected but sends nothing more on it, as a stream through a dying mobile link does. */
  stallStreams(): void {
    for (const stream of this.streams) this.stalled.add(stream);
  }

  /** Streams that are open and still sending. */
  get flowingStreams(): number {
    return [...this.streams].filter((stream) => !this.stalled.has(stream)).length;
  }

  /** Cuts every open stream mid-flow, without an end. */
  dropStreams(): void {
    for (const stream of this.streams) stream.socket?.destroy();
    this.streams.clear();
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(url: URL, res: ServerResponse): void {
    const query = Object.fromEntries(url.searchParams);
    this.requests.push({ path: url.pathname, query });
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify(body));
    };
    if (query.access_token !== this.accessToken) {
      return json(400, { error: { message: 'Error validating access token: Session has expired.', type: 'OAuthException', code: 190, error_subcode: 463, fbtrace_id: 'Abc' } });
    }
    const path = url.pathname.replace(/^\/v\d+\.\d+/, '');
    if (path === `/${this.videoId}/live_comments`) {
      if (this.refuseStreamsWith) return json(this.refuseStreamsWith, { error: { message: 'Service temporarily unavailable', type: 'FacebookApiException', code: 2 } });
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      res.write(': hello\n\n');
      this.streams.add(res);
      res.on('close', () => {
        this.streams.delete(res);
        this.stalled.delete(res);
      });
      return;
    }
    if (path === `/${this.videoId}/comments`) {
      const newestFirst = [...this.comments].reverse();
      const after = query.after ? Number(query.after) : 0;
      const limit = Number(query.limit ?? 25);
      const data = newestFirst.slice(after, after + limit);
      const nextAfter = after + data.length;
      const next = new URL(`${this.nextLinkOrigin ?? `http://127.0.0.1:${this.port}`}${url.pathname}`);
      for (const [key, value] of Object.entries(query)) if (key !== 'after') next.searchParams.set(key, value);
      next.searchParams.set('after', String(nextAfter));
      return json(200, { data, paging: { cursors: { before: String(after), after: String(nextAfter) }, ...(nextAfter < newestFirst.length ? { next: next.toString() } : {}) } });
    }
    if (path === `/${this.pageId}/live_videos` || path === `/${this.pageUsername}/live_videos`) {
      const wanted = query.broadcast_status ? (JSON.parse(query.broadcast_status) as string[]) : undefined;
      const from = (query.fields ?? '').split(',').includes('from') ? { from: { name: 'OCOP Shop', id: this.pageId } } : {};
      const lives = this.pageIsLive ? [{ id: this.videoId, status: this.videoStatus, ...from }] : [];
      return json(200, { data: lives.filter((live) => !wanted || wanted.includes(live.status)), paging: { cursors: { before: 'QVFI', after: 'QVFI' } } });
    }
    if (path === `/${this.videoId}/live_videos`) {
      return json(400, { error: { message: '(#100) Tried accessing nonexisting field (live_videos) on node type (LiveVideo)', type: 'OAuthException', code: 100 } });
    }
    if (/^\/[A-Za-z.]+\d*\/live_videos$/.test(path)) {
      return json(404, { error: { message: '(#803) Some of the aliases you requested do not exist: nguyen.van.a', type: 'OAuthException', code: 803 } });
    }
    if (path === `/${this.videoId}`) return json(200, { status: this.videoStatus, id: this.videoId });
    return json(400, { error: { message: 'Unsupported get request. Object does not exist', type: 'GraphMethodException', code: 100, error_subcode: 33 } });
  }
}
