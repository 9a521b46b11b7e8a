// The tally read straight from an order book opened read-only, for
// `ocop-live tally`. No app is started: starting one would migrate, resume
// OBS and, above all, treat a rehearsal still open in the book as one a crash
// left behind and cancel its practice orders, although the desktop app or
// `serve` may be running it on this very file. A tally only reads.
import type { Database } from 'better-sqlite3';
import { openDatabaseReadOnly } from '../adapters/sqlite/open-database';
import type { SessionTally } from '../core/reports/tally';
import { commands, type CommandResult } from './contract';
import { getSessionTally, listTallySessions } from './handlers/tally';

export interface TallyBook {
  sessions(input: { includeRehearsals?: boolean }): CommandResult<'listTallySessions'>;
  tally(input: { sessionId?: number; sessionName?: string; topBuyers?: number }): SessionTally;
  close(): void;
}

/** Throws what openDatabase throws for a book it cannot open (too new, damaged, locked…). */
export function openTallyBook(databasePath: string): TallyBook {
  const db: Database = openDatabaseReadOnly(databasePath);
  return {
    // The commands' own schemas: the same defaults and limits as over HTTP or IPC.
    sessions: (input) => listTallySessions(db, commands.listTallySessions.input.parse(input)),
    tally: (input) => getSessionTally(db, commands.getSessionTally.input.parse(input)),
    close: () => db.close(),
  };
}
