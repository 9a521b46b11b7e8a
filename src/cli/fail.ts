import { AppError } from '../app/errors';

/** Ends the command with one readable line on stderr and a non-zero exit. */
export function fail(message: string, exitCode = 2): never {
  console.error(message);
  process.exit(exitCode);
}

/** Runs `work`; a refusal it throws (an AppError) ends the command with its message in both languages. */
export function orFail<T>(work: () => T, exitCode = 2): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof AppError) fail(`${error.message} (${error.messageEn})`, exitCode);
    throw error;
  }
}
