// One connection to OBS Studio over obs-websocket (protocol v5). Once it has
// connected, it keeps coming back by itself when OBS restarts (or the socket
// drops), until the seller disconnects or OBS refuses the password.
import { OBSWebSocket, EventSubscription, type OBSRequestTypes, type OBSResponseTypes, type RequestBatchRequest, type ResponseMessage } from 'obs-websocket-js';
import type { ObsError} from './obs-errors';
import { explainConnectError, notConnected, requestFailed } from './obs-errors';
import { isLocalHost, isObsProcessRunning } from './obs-process';

export interface ObsTarget {
  host: string;
  port: number;
  password: string;
}

export type ObsState = 'disconnected' | 'connecting' | 'connected' | 'reconnecting';

export interface ObsConnectionStatus {
  state: ObsState;
  host: string;
  port: number;
  obsVersion: string | null;
  websocketVersion: string | null;
  error: { code: string; message: string; messageEn: string } | null;
}

export interface ObsConnectionHooks {
  onStatus?(status: ObsConnectionStatus): void;
  /** After every successful (re)connection: the place to put the scene back in step. */
  onReady?(): Promise<void> | void;
  onEvent?(name: 'CurrentProgramSceneChanged' | 'SceneListChanged'): void;
  connectTimeoutMs?: number;
  /** Longest wait between reconnection attempts. */
  maxRetryMs?: number;
}

export class ObsConnection {
  private readonly socket = new OBSWebSocket();
  private target: ObsTarget | null = null;
  private wanted = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = 500;
  private current: ObsConnectionStatus = {
    state: 'disconnected',
    host: '127.0.0.1',
    port: 4455,
    obsVersion: null,
    websocketVersion: null,
    error: null,
  };

  constructor(private readonly hooks: ObsConnectionHooks = {}) {
    this.socket.on('ConnectionClosed', () => {
      if (this.current.state !== 'connected') return; // a failed attempt reports through connect()
      if (this.wanted) {
        this.setStatus({ state: 'reconnecting', error: null });
        this.scheduleRetry();
      } else {
        this.setStatus({ state: 'disconnected' });
      }
    });
    this.socket.on('CurrentProgramSceneChanged', () => this.hooks.onEvent?.('CurrentProgramSceneChanged'));
    this.socket.on('SceneListChanged', () => this.hooks.onEvent?.('SceneListChanged'));
  }

  status(): ObsConnectionStatus {
    return { ...this.current };
  }

  get connected(): boolean {
    return this.current.state === 'connected' && this.socket.identified;
  }

  /** Connects now; a failure is thrown (with the reason) and not retried. */
  async connect(target: ObsTarget): Promise<ObsConnectionStatus> {
    await this.disconnect();
    this.target = target;
    this.wanted = true;
    this.setStatus({ state: 'connecting', host: target.host, port: target.port, error: null });
    try {
      await this.attempt(target);
    } catch (error) {
      this.wanted = false;
      const reason = error as ObsError;
      this.setStatus({ state: 'disconnected', error: { code: reason.code, message: reason.message, messageEn: reason.messageEn } });
      throw reason;
    }
    return this.status();
  }

  /** Keeps trying in the background until OBS answers (e.g. saved settings at start-up, OBS opened later). */
  connectInBackground(target: ObsTarget): void {
    void this.disconnect().then(() => {
      this.target = target;
      this.wanted = true;
      this.setStatus({ state: 'reconnecting', host: target.host, port: target.port, error: null });
      this.retryDelay = 500;
      this.scheduleRetry(0);
    });
  }

  async disconnect(): Promise<void> {
    this.wanted = false;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const wasConnected = this.current.state !== 'disconnected';
    await this.socket.disconnect().catch(() => undefined);
    if (wasConnected) this.setStatus({ state: 'disconnected', error: null });
  }

  async call<T extends keyof OBSRequestTypes>(type: T, data?: OBSRequestTypes[T]): Promise<OBSResponseTypes[T]> {
    if (!this.connected) throw notConnected();
    try {
      return await this.socket.call(type, data);
    } catch (error) {
      throw requestFailed(type, error);
    }
  }

  /** Several requests in one round trip; each answer says whether it worked. */
  async callBatch(requests: RequestBatchRequest[]): Promise<ResponseMessage[]> {
    if (!this.connected) throw notConnected();
    if (requests.length === 0) return [];
    return this.socket.callBatch(requests);
  }

  private async attempt(target: ObsTarget): Promise<void> {
    const url = `ws://${target.host.includes(':') && !target.host.startsWith('[') ? `[${target.host}]` : target.host}:${target.port}`;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error('ETIMEDOUT: OBS did not answer')), this.hooks.connectTimeoutMs ?? 5000);
      });
      const hello = await Promise.race([
        this.socket.connect(url, target.password === '' ? undefined : target.password, {
          rpcVersion: 1,
          eventSubscriptions: EventSubscription.General | EventSubscription.Scenes,
        }),
        timeout,
      ]);
      const version = await this.socket.call('GetVersion');
      this.retryDelay = 500;
      this.setStatus({ state: 'connected', obsVersion: version.obsVersion, websocketVersion: hello.obsWebSocketVersion, error: null });
    } catch (error) {
      await this.socket.disconnect().catch(() => undefined);
      const obsRunning = isLocalHost(target.host) ? await isObsProcessRunning() : null;
      throw explainConnectError(error, { host: target.host, port: target.port, obsRunning });
    } finally {
      clearTimeout(timer);
    }
    try {
      await this.hooks.onReady?.();
    } catch (error) {
      console.error('[obs] setting up after connecting failed:', error);
    }
  }

  private scheduleRetry(delay = this.retryDelay): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      const target = this.target;
      if (!this.wanted || !target) return;
      void this.attempt(target).catch((error: ObsError) => {
        if (!this.wanted) return;
        if (error.code === 'OBS_WRONG_PASSWORD' || error.code === 'OBS_PASSWORD_REQUIRED' || error.code === 'OBS_TOO_OLD') {
          // Trying again cannot help: the seller has to act.
          this.wanted = false;
          this.setStatus({ state: 'disconnected', error: { code: error.code, message: error.message, messageEn: error.messageEn } });
          return;
        }
        this.setStatus({ state: 'reconnecting', error: { code: error.code, message: error.message, messageEn: error.messageEn } });
        this.retryDelay = Math.min(this.retryDelay * 2, this.hooks.maxRetryMs ?? 5000);
        this.scheduleRetry();
      });
    }, delay);
    this.retryTimer.unref?.();
  }

  private setStatus(change: Partial<ObsConnectionStatus>): void {
    this.current = { ...this.current, ...change };
    this.hooks.onStatus?.(this.status());
  }
}
