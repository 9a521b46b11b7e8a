import type { Commands, CommandParsedInput, CommandResult } from '../contract';
import type { AppContext } from '../app-context';

export type Handler<N extends keyof Commands> = (
  input: CommandParsedInput<N>,
  ctx: AppContext,
) => CommandResult<N> | Promise<CommandResult<N>>;

export type HandlersFor<C> = { [N in keyof C & keyof Commands]: Handler<N> };
