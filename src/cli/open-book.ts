// Every command that opens the order book opens it through here, so a book it
// cannot open (too new, damaged, locked…) ends the command the same way
// everywhere: the bilingual message of src/cli/open-problem-message.ts and a
// non-zero exit, never a Node stack.
import { dirname } from 'node:path';
import { createApp, type App, type CreateAppOptions } from '../app/create-app';
import { classifyOpenError } from '../app/open-problem';
import { fail } from './fail';
import { openProblemMessage, type BookOption } from './open-problem-message';

export interface BookPlace {
  databasePath: string;
  /** Where backups are looked for; the database's folder by default. */
  dataDir?: string;
  bookOption: BookOption;
}

/** Runs `open`; an error from it is told as an open problem of that book, and the command ends. */
export function openOrExit<T>(place: BookPlace, open: () => T): T {
  try {
    return open();
  } catch (error) {
    fail(openProblemMessage(classifyOpenError(error, place.databasePath, place.dataDir ?? dirname(place.databasePath)), place.bookOption));
  }
}

/** The app on that book, or the command ends with what to do about it. */
export function openAppOrExit(options: CreateAppOptions & { databasePath: string }, bookOption: BookOption): App {
  return openOrExit({ databasePath: options.databasePath, dataDir: options.dataDir, bookOption }, () => createApp(options));
}
