import type { z } from 'zod';

/** One command of the app: what it takes, what it answers, and a line saying what it does. */
export interface CommandSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  input: I;
  output: O;
}

export function defineCommands<const T extends Record<string, CommandSpec>>(commands: T): T {
  return commands;
}

export function defineEvents<const T extends Record<string, z.ZodType>>(events: T): T {
  return events;
}
