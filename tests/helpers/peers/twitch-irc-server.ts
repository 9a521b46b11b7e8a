// A local Twitch chat server: IRC over WebSocket the way irc-ws.chat.twitch.tv
// speaks it (CAP REQ/ACK, PASS/NICK and the welcome numerics, JOIN with
// NAMES, tagged PRIVMSG, PING/PONG, RECONNECT), on 127.0.0.1 at an ephemeral
// port. tmi.js connects to it unchanged.
import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';

export interface PrivmsgInput {
  id: string;
  userId: string;
  login: string;
  displayName?: string;
  text: string;
  sentMs?: number;
  /** Twitch's `badges` tag (`broadcaster/1`, `moderator/1`, `subscriber/12`); none by default. */
  badges?: string;
  /** Twitch's `mod` tag. */
  mod?: boolean;
}

interface Peer {
  socket: WebSocket;
  nick: string | undefined;
  channels: Set<string>;
}

/** IRCv3 tag values escape `;`, space, backslash, CR and LF. */
export function escapeTagValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\:').replace(/ /g, '\\s').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

export function privmsgLine(channel: string, input: PrivmsgInput): string {
  const tags: Record<string, string> = {
    'badge-info': '',
    badges: input.badges ?? '',
    color: '#1E90FF',
    'display-name': input.displayName ?? input.login,
    emotes: '',
    'first-msg': '0',
    flags: '',
    id: input.id,
    mod: input.mod === true ? '1' : '0',
    'returning-chatter': '0',
    'room-id': '100200300',
    subscriber: '0',
    'tmi-sent-ts': String(input.sentMs ?? Date.now()),
    turbo: '0',
    'user-id': input.userId,
    'user-type': '',
  };
  const tagText = Object.entries(tags)
    .map(([key, value]) => `${key}=${escapeTagValue(value)}`)
    .join(';');
  return `@${tagText} :${input.login}!${input.login}@${input.login}.tmi.twitch.tv PRIVMSG #${channel} :${input.text}`;
}

export class TwitchIrcServer {
  readonly received: string[] = [];
  private readonly peers = new Set<Peer>();
  private readonly waiters: (() => void)[] = [];
  connections = 0;
  pongs = 0;
  /** Channels whose JOIN gets no answer at all, as Twitch does for a channel that does not exist. */
  readonly silentChannels = new Set<string>();
  /** Channels whose JOIN is answered with a NOTICE of this msg-id (msg_channel_suspended, msg_banned…). */
  readonly refusedChannels = new Map<string, string>();

  private constructor(private readonly wss: WebSocketServer) {
    wss.on('connection', (socket) => this.accept(socket));
  }

  static start(): Promise<TwitchIrcServer> {
    return TwitchIrcServer.startOnPort(0);
  }

  /** A given port brings a server back where clients expect it (outage tests). */
  static async startOnPort(port: number): Promise<TwitchIrcServer> {
    const wss = new WebSocketServer({ host: '127.0.0.1', port, handleProtocols: (protocols) => (protocols.has('irc') ? 'irc' : false) });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    return new TwitchIrcServer(wss);
  }

  get port(): number {
    return (this.wss.address() as AddressInfo).port;
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** How many connections have joined `channel` right now. */
  joined(channel: string): number {
    return [...this.peers].filter((peer) => peer.channels.has(`#${channel}`)).length;
  }

  /** Resolves once `predicate` holds (re-checked after every line the server reads or connection it loses). */
  async until(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error('TwitchIrcServer: condition not met in time');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Writes a tagged PRIVMSG to every connection that joined the channel. */
  privmsg(channel: string, input: PrivmsgInput): void {
    this.broadcast(channel, privmsgLine(channel, input));
  }

  broadcast(channel: string, line: string): void {
    for (const peer of this.peers) if (peer.channels.has(`#${channel}`)) peer.socket.send(`${line}\r\n`);
  }

  ping(): void {
    for (const peer of this.peers) peer.socket.send('PING :tmi.twitch.tv\r\n');
  }

  /** Twitch's "please move" before a server restart. */
  sendReconnect(): void {
    for (const peer of this.peers) peer.socket.send(':tmi.twitch.tv RECONNECT\r\n');
  }

  /** Cuts every connection without a goodbye, like a network drop. */
  dropAll(): void {
    for (const peer of this.peers) peer.socket.terminate();
  }

  async close(): Promise<void> {
    for (const peer of this.peers) peer.socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
    this.connections += 1;
    const peer: Peer = { socket, nick: undefined, channels: new Set() };
    this.peers.add(peer);
    socket.on('close', () => {
      this.peers.delete(peer);
      this.wake();
    });
    socket.on('message', (data) => {
      for (const line of data.toString('utf8').split('\r\n')) if (line) this.handle(peer, line);
      this.wake();
    });
  }

  private handle(peer: Peer, line: string): void {
    this.received.push(line);
    const send = (text: string) => peer.socket.send(`${text}\r\n`);
    const [command = '', ...rest] = line.split(' ');
    const argument = rest.join(' ');
    switch (command.toUpperCase()) {
      case 'CAP':
        if (rest[0] === 'REQ') send(`:tmi.twitch.tv CAP * ACK ${rest.slice(1).join(' ')}`);
        break;
      case 'PASS':
        break;
      case 'NICK': {
        const nick = argument.trim();
        peer.nick = nick;
        send(`:tmi.twitch.tv 001 ${nick} :Welcome, GLHF!`);
        send(`:tmi.twitch.tv 002 ${nick} :Your host is tmi.twitch.tv`);
        send(`:tmi.twitch.tv 003 ${nick} :This server is rather new`);
        send(`:tmi.twitch.tv 004 ${nick} :-`);
        send(`:tmi.twitch.tv 375 ${nick} :-`);
        send(`:tmi.twitch.tv 372 ${nick} :You are in a maze of twisty passages, all alike.`);
        send(`:tmi.twitch.tv 376 ${nick} :>`);
        break;
      }
      case 'JOIN': {
        const nick = peer.nick ?? 'justinfan0';
        for (const channel of argument.split(',')) {
          const name = channel.replace(/^#/, '');
          if (this.silentChannels.has(name)) continue;
          const refusal = this.refusedChannels.get(name);
          if (refusal) {
            send(`@msg-id=${refusal} :tmi.twitch.tv NOTICE ${channel} :This channel has been suspended.`);
            continue;
          }
          peer.channels.add(channel);
          send(`:${nick}!${nick}@${nick}.tmi.twitch.tv JOIN ${channel}`);
          send(`:${nick}.tmi.twitch.tv 353 ${nick} = ${channel} :${nick}`);
          send(`:${nick}.tmi.twitch.tv 366 ${nick} ${channel} :End of /NAMES list`);
          send(`@emote-only=0;followers-only=-1;r9k=0;room-id=100200300;slow=0;subs-only=0 :tmi.twitch.tv ROOMSTATE ${channel}`);
        }
        break;
      }
      case 'PART':
        peer.channels.delete(argument.trim());
        break;
      case 'PING':
        send(`:tmi.twitch.tv PONG tmi.twitch.tv :${argument.replace(/^:/, '') || 'tmi.twitch.tv'}`);
        break;
      case 'PONG':
        this.pongs += 1;
        break;
      default:
        break;
    }
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}
