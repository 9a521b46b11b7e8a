// The one contract between the UI and the app: every command with its zod
// request schema and result, every event with its payload. Electron IPC, the
// HTTP/WebSocket server and the renderer's client are all derived from it.
// A domain adds its commands in src/app/contract/<domain>.ts and one line here.
import { z } from 'zod';
import { catalogCommands, catalogEvents } from './contract/catalog';
import { settingsCommands, settingsEvents } from './contract/settings';
import { backupCommands, backupEvents } from './contract/backup';
import { liveCommands, liveEvents } from './contract/live';
import { ordersCommands, ordersEvents } from './contract/orders';
import { trainingCommands, trainingEvents } from './contract/training';
import { overlayCommands, overlayEvents } from './contract/overlay';
import { obsCommands, obsEvents } from './contract/obs';
import { sourcesCommands, sourcesEvents } from './contract/sources';
import { tallyCommands } from './contract/tally';
import { ordersAdminCommands, ordersAdminEvents } from './contract/orders-admin';
import { shortcutsCommands } from './contract/shortcuts';

export const commands = {
  ...catalogCommands,
  ...settingsCommands,
  ...liveCommands,
  ...ordersCommands,
  ...backupCommands,
  ...trainingCommands,
  ...overlayCommands,
  ...obsCommands,
  ...sourcesCommands,
  ...tallyCommands,
  ...ordersAdminCommands,
  ...shortcutsCommands,
};

export const events = {
  ...catalogEvents,
  ...settingsEvents,
  ...backupEvents,
  ...liveEvents,
  ...ordersEvents,
  ...trainingEvents,
  ...overlayEvents,
  ...obsEvents,
  ...sourcesEvents,
  ...ordersAdminEvents,
};

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandInput<N extends CommandName> = z.input<Commands[N]['input']>;
export type CommandParsedInput<N extends CommandName> = z.output<Commands[N]['input']>;
export type CommandResult<N extends CommandName> = z.output<Commands[N]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.output<Events[N]>;
export type AppEvent = { [N in EventName]: { event: N; payload: EventPayload<N> } }[EventName];

export const commandNames = Object.keys(commands) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}

export const appErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  messageEn: z.string(),
  details: z.unknown().optional(),
});
export type AppErrorBody = z.infer<typeof appErrorSchema>;

/** What every transport answers: a result, or an error a person can read. */
export type CallOutcome<N extends CommandName> = { ok: true; result: CommandResult<N> } | { ok: false; error: AppErrorBody };

/** The typed surface the renderer, CLI and tests call: `call('listProducts', { query })`. */
export interface AppClient {
  call<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandResult<N>>;
  subscribe(listener: (event: AppEvent) => void): () => void;
}
