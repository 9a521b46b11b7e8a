// The renderer's one way to the app: the contract's commands, carried by
// Electron IPC where the preload exposes them, and by HTTP + WebSocket in web mode.
import type { AppClient, AppErrorBody, AppEvent, CommandInput, CommandName, CommandResult } from '../../../src/app/contract';

/** What the preload puts on window: one named function per command, and an event subscription. */
export type IpcBridge = {
  [N in CommandName]: (input: CommandInput<N>) => Promise<{ ok: true; result: CommandResult<N> } | { ok: false; error: AppErrorBody }>;
} & { onEvent(listener: (event: AppEvent) => void): () => void };

declare global {
  interface Window {
    ocop?: IpcBridge;
  }
}

export class CommandError extends Error {
  constructor(readonly body: AppErrorBody) {
    super(body.message);
  }
}

function ipcClient(bridge: IpcBridge): AppClient {
  return {
    async call(name, input) {
      const send = bridge[name] as (input: unknown) => Promise<{ ok: true; result: unknown } | { ok: false; error: AppErrorBody }>;
      const outcome = await send(input);
      if (!outcome.ok) throw new CommandError(outcome.error);
      return outcome.result as CommandResult<typeof name>;
    },
    subscribe: (listener) => bridge.onEvent(listener),
  };
}

const offline: AppErrorBody = {
  code: 'OFFLINE',
  message: 'Không kết nối được với ứng dụng OCOP Live. Ứng dụng còn đang chạy không?',
  messageEn: 'Cannot reach the OCOP Live app. Is it still running?',
};

function httpClient(base: string): AppClient {
  const listeners = new Set<(event: AppEvent) => void>();
  let socket: WebSocket | undefined;
  let retry = 500;
  const connect = () => {
    const url = new URL('api/events', base);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(url);
    socket.onopen = () => (retry = 500);
    socket.onmessage = (message) => {
      const event = JSON.parse(String(message.data)) as AppEvent;
      for (const listener of listeners) listener(event);
    };
    // The app may restart; come back by ourselves, a little slower each time.
    socket.onclose = () => {
      if (listeners.size === 0) return;
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 10_000);
    };
  };
  return {
    async call(name, input) {
      let response: Response;
      try {
        response = await fetch(new URL(`api/${name}`, base), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw new CommandError(offline);
      }
      const outcome = (await response.json()) as { ok: true; result: unknown } | { ok: false; error: AppErrorBody };
      if (!outcome.ok) throw new CommandError(outcome.error);
      return outcome.result as CommandResult<typeof name>;
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!socket || socket.readyState === WebSocket.CLOSED) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) socket?.close();
      };
    },
  };
}

export function createClient(): AppClient {
  if (window.ocop) return ipcClient(window.ocop);
  return httpClient(new URL('/', window.location.href).href);
}

export const client: AppClient = createClient();
