// One interface for every live-chat source (Twitch, YouTube, Facebook, TikTok,
// the simulator, a replayed transcript): start it, stop it, and listen for
// normalised comments, state changes and, where the platform has them,
// likes/gifts/joins. What happens to a comment is the app's business.
import type { ChatMessage, Platform } from '../../core/chat/chat-message';

/** Why a source stopped or is retrying, for people: Vietnamese first, English second. */
export interface SourceReason {
  code: string;
  messageVi: string;
  messageEn: string;
}

export type SourceState =
  | { kind: 'idle' }
  | { kind: 'connecting' }
  /** `via` says how comments arrive when a platform has more than one way (Facebook: stream, or polling while the stream is down). */
  | { kind: 'live'; via?: 'stream' | 'polling' }
  | { kind: 'reconnecting'; attempt: number; retryInMs: number; nextRetryAt: string; reason: SourceReason }
  | { kind: 'ended'; reason: SourceReason }
  | { kind: 'failed'; reason: SourceReason };

export type SourceStateKind = SourceState['kind'];

/** Things viewers do besides commenting (TikTok): shown in the UI, never orders. */
export type LiveActivity =
  | { kind: 'like'; userId: string; userName: string; count: number; totalCount?: number; at: string }
  | { kind: 'gift'; userId: string; userName: string; giftName: string; giftId: number; repeatCount: number; at: string }
  | { kind: 'join'; userId: string; userName: string; at: string };

export type ChatSourceEvent =
  | { type: 'message'; message: ChatMessage }
  | { type: 'state'; state: SourceState }
  | { type: 'activity'; activity: LiveActivity };

export type ChatSourceListener = (event: ChatSourceEvent) => void;

export interface ChatSource {
  readonly platform: Platform;
  /** What it listens to: a channel, a video id, a user name, a file. */
  readonly target: string;
  readonly state: SourceState;
  /** Begins connecting; states and comments arrive through listeners. Calling it twice is harmless. */
  start(): void;
  /** Stops for good: no reconnect, no more events after the promise resolves. */
  stop(): Promise<void>;
  subscribe(listener: ChatSourceListener): () => void;
}

export const isFinalState = (state: SourceState): boolean => state.kind === 'ended' || state.kind === 'failed';

export function reason(code: string, messageVi: string, messageEn: string): SourceReason {
  return { code, messageVi, messageEn };
}

/** Short, safe text for an unknown error: never a stack, never a URL with a token in it. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';
  return redactSecrets(text).slice(0, 200);
}

/** Query parameters that carry keys or tokens are masked before any text leaves an adapter. */
export function redactSecrets(text: string): string {
  return text.replace(/((?:access_token|key|token|api_key|signApiKey|password)=)[^&\s"']+/gi, '$1***');
}
