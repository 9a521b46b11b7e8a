/** Ends the command with one readable line on stderr and a non-zero exit. */
export function fail(message: string, exitCode = 2): never {
  console.error(message);
  process.exit(exitCode);
}
