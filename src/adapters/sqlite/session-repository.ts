// Stream sessions: one live stream (or rehearsal, or replay) from start to end.
import type { Database, Statement } from 'better-sqlite3';

export type SessionKind = 'live' | 'rehearsal' | 'replay';

export interface StreamSession {
  id: number;
  name: string;
  kind: SessionKind;
  startedAt: string;
  endedAt: string | null;
  notes: string;
}

interface SessionRow {
  id: number;
  name: string;
  kind: SessionKind;
  started_at: string;
  ended_at: string | null;
  notes: string;
}

const toSession = (row: SessionRow): StreamSession => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  startedAt: row.started_at,
  endedAt: row.ended_at,
  notes: row.notes,
});

export class SessionRepository {
  private readonly byId: Statement<[number], SessionRow>;
  private readonly byName: Statement<[string], SessionRow>;
  private readonly openLatest: Statement<[], SessionRow>;

  constructor(private readonly db: Database) {
    this.byId = db.prepare('SELECT * FROM stream_sessions WHERE id = ?');
    this.byName = db.prepare('SELECT * FROM stream_sessions WHERE name = ?');
    // A replay's session is never the stream comments arrive in live.
    this.openLatest = db.prepare("SELECT * FROM stream_sessions WHERE ended_at IS NULL AND kind <> 'replay' ORDER BY id DESC LIMIT 1");
  }

  get(id: number): StreamSession | undefined {
    const row = this.byId.get(id);
    return row && toSession(row);
  }

  findByName(name: string): StreamSession | undefined {
    const row = this.byName.get(name);
    return row && toSession(row);
  }

  /** The latest live or rehearsal session not yet ended. */
  open(): StreamSession | undefined {
    const row = this.openLatest.get();
    return row && toSession(row);
  }

  list(limit = 100): StreamSession[] {
    return (this.db.prepare('SELECT * FROM stream_sessions ORDER BY id DESC LIMIT ?').all(limit) as SessionRow[]).map(toSession);
  }

  /** A new session; a name already taken gets " (2)", " (3)", ... so two streams on one day both fit. */
  create(name: string, kind: SessionKind, now: string, notes = ''): StreamSession {
    return this.db.transaction(() => {
      let candidate = name;
      for (let n = 2; this.byName.get(candidate); n += 1) candidate = `${name} (${n})`;
      const { lastInsertRowid } = this.db
        .prepare('INSERT INTO stream_sessions (name, kind, started_at, notes) VALUES (?, ?, ?, ?)')
        .run(candidate, kind, now, notes);
      return this.get(Number(lastInsertRowid))!;
    })();
  }

  /**
   * A replay's session spans its transcript: from the first comment or
   * showcase change to the last, whenever it was replayed. Other kinds are
   * left alone (their times are the real stream's).
   */
  spanReplay(id: number): StreamSession | undefined {
    this.db
      .prepare(
        `WITH times AS (
           SELECT sent_at AS at FROM chat_messages WHERE session_id = @id
           UNION ALL SELECT shown_at FROM showcase_events WHERE session_id = @id)
         UPDATE stream_sessions
           SET started_at = COALESCE((SELECT MIN(at) FROM times), started_at),
               ended_at = COALESCE((SELECT MAX(at) FROM times), ended_at)
         WHERE id = @id AND kind = 'replay'`,
      )
      .run({ id });
    return this.get(id);
  }

  end(id: number, now: string): StreamSession | undefined {
    this.db.prepare('UPDATE stream_sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL').run(now, id);
    return this.get(id);
  }
}
