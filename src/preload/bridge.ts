// What the preload puts on `window.ocop`: one named function per command of
// the contract, each sending only its input over `ocop:<name>`, and onEvent.
// The page never gets ipcRenderer itself, nor the IPC event objects.
import type { AppEvent, CommandName } from '../app/contract';

export const EVENT_CHANNEL = 'ocop:event';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export type BridgeFunction = (input?: unknown) => Promise<unknown>;
export type Bridge = Record<string, BridgeFunction> & { onEvent(listener: (event: AppEvent) => void): () => void };

export function createBridge(ipc: IpcRendererLike, names: readonly CommandName[]): Bridge {
  // A plain object: contextBridge copies plain objects and functions, nothing more.
  const bridge: Record<string, unknown> = {};
  for (const name of names) {
    const channel = `ocop:${name}`;
    bridge[name] = (input?: unknown) => ipc.invoke(channel, input);
  }
  bridge.onEvent = (listener: (event: AppEvent) => void) => {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
    const relay = (_event: unknown, payload: unknown) => listener(payload as AppEvent);
    ipc.on(EVENT_CHANNEL, relay);
    return () => {
      ipc.removeListener(EVENT_CHANNEL, relay);
    };
  };
  return bridge as Bridge;
}
