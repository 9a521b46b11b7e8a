// The main side of the IPC bridge: one `ocop:<command>` channel per command of
// the contract. Every argument is validated by the command's zod schema
// (app.callUnknown) and every answer is { ok, result } or { ok: false, error },
// exactly what the HTTP API answers; only the app's own page may call.
import { commandNames, type AppErrorBody, type AppEvent } from '../app/contract';
import { AppError, internalError } from '../app/errors';
import type { App } from '../app/create-app';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from './electron-api';

export const COMMAND_CHANNEL_PREFIX = 'ocop:';
export const EVENT_CHANNEL = 'ocop:event';

export type IpcOutcome = { ok: true; result: unknown } | { ok: false; error: AppErrorBody };

export function commandChannel(name: string): string {
  return `${COMMAND_CHANNEL_PREFIX}${name}`;
}

export function errorBody(error: unknown): AppErrorBody {
  return (error instanceof AppError ? error : internalError()).toJSON();
}

const forbiddenSender = new AppError(
  'FORBIDDEN_SENDER',
  'Yêu cầu không đến từ cửa sổ của ứng dụng nên bị từ chối',
  'The request did not come from the app’s own window and was refused',
  403,
);

export interface IpcBridgeOptions {
  app: Pick<App, 'callUnknown'>;
  ipcMain: IpcMain;
  /** True when the call comes from the app's window, from its top frame, on the app's origin. */
  isTrustedSender(event: IpcMainInvokeEvent): boolean;
  log(message: string): void;
}

/** The usual sender check: the given webContents, its top frame, showing a page of the app's origin. */
export function trustedSenderCheck(contents: () => WebContents | undefined, appOrigin: () => string | undefined) {
  return (event: IpcMainInvokeEvent): boolean => {
    const expected = contents();
    const frame = event.senderFrame;
    if (!expected || event.sender !== expected || !frame || frame.parent !== null) return false;
    try {
      return new URL(frame.url).origin === appOrigin();
    } catch {
      return false;
    }
  };
}

/** Registers one handler per command; returns the undo. */
export function registerIpcBridge(options: IpcBridgeOptions): () => void {
  const channels = commandNames.map((name) => {
    const channel = commandChannel(name);
    // Only the first argument is the command's input; anything more is ignored.
    options.ipcMain.handle(channel, async (event, input): Promise<IpcOutcome> => {
      if (!options.isTrustedSender(event)) {
        options.log(`IPC ${name} refused: untrusted sender`);
        return { ok: false, error: forbiddenSender.toJSON() };
      }
      try {
        return { ok: true, result: await options.app.callUnknown(name, input) };
      } catch (error) {
        return { ok: false, error: errorBody(error) };
      }
    });
    return channel;
  });
  return () => {
    for (const channel of channels) options.ipcMain.removeHandler(channel);
  };
}

/** Forwards the app's events to the window's page (the preload hands them to onEvent listeners). */
export function forwardEvents(app: Pick<App, 'subscribe'>, contents: () => WebContents | undefined): () => void {
  return app.subscribe((event: AppEvent) => {
    const target = contents();
    if (target && !target.isDestroyed()) target.send(EVENT_CHANNEL, event);
  });
}
