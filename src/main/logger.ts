// The desktop app's log: one file in the per-user logs folder, rotated by
// size (ocop-live.log, .1 … .N), readable by the user only, and every line
// passed through the redactor first, so no password or token is ever written.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatWithOptions } from 'node:util';
import { createStream, type RotatingFileStream } from 'rotating-file-stream';
import type { Redactor } from './redact';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  readonly path: string;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  /** Flushes and closes the file. */
  close(): Promise<void>;
}

export interface FileLoggerOptions {
  dir: string;
  redactor: Redactor;
  fileName?: string;
  /** Rotate when the file grows past this, e.g. "1M" or "300B" (tests). */
  maxSize?: `${number}${'B' | 'K' | 'M'}`;
  /** How many rotated files to keep. */
  keep?: number;
  now?: () => Date;
}

export function formatLine(level: LogLevel, args: readonly unknown[], at: Date, redactor: Redactor): string {
  const text = formatWithOptions({ colors: false, depth: 4, breakLength: Infinity }, ...args);
  return redactor.redact(`${at.toISOString()} ${level.toUpperCase()} ${text}`) + '\n';
}

export function createFileLogger(options: FileLoggerOptions): Logger {
  const fileName = options.fileName ?? 'ocop-live.log';
  mkdirSync(options.dir, { recursive: true });
  const stream: RotatingFileStream = createStream(fileName, {
    path: options.dir,
    size: options.maxSize ?? '1M',
    rotate: options.keep ?? 5,
    mode: 0o600,
  });
  // A log that cannot be written must not take the app down with it.
  stream.on('error', () => undefined);
  const now = options.now ?? (() => new Date());
  let closed = false;
  const write = (level: LogLevel, args: unknown[]) => {
    if (!closed) stream.write(formatLine(level, args, now(), options.redactor));
  };
  return {
    path: join(options.dir, fileName),
    info: (...args) => write('info', args),
    warn: (...args) => write('warn', args),
    error: (...args) => write('error', args),
    close: () =>
      new Promise<void>((resolve) => {
        if (closed) return resolve();
        closed = true;
        stream.end(() => resolve());
      }),
  };
}

/** Mirrors console output of the main process (the app service logs through it) into the log; returns the undo. */
export function captureConsole(logger: Logger, target: Pick<Console, 'log' | 'info' | 'warn' | 'error'> = console): () => void {
  const original = { log: target.log, info: target.info, warn: target.warn, error: target.error };
  target.log = (...args: unknown[]) => {
    original.log.apply(target, args);
    logger.info(...args);
  };
  target.info = (...args: unknown[]) => {
    original.info.apply(target, args);
    logger.info(...args);
  };
  target.warn = (...args: unknown[]) => {
    original.warn.apply(target, args);
    logger.warn(...args);
  };
  target.error = (...args: unknown[]) => {
    original.error.apply(target, args);
    logger.error(...args);
  };
  return () => Object.assign(target, original);
}
