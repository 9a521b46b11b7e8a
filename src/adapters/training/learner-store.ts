// Learners of a class on one machine and what they did: lessons read,
// checklist ticks, quiz attempts, rehearsal scores. Tables from migrations
// 0001 (learners, lesson_reads, quiz_attempts, rehearsals) and 0004 (ticks).
import type { Database } from 'better-sqlite3';
import type { LessonRead, QuizAttemptRecord } from '../../core/training/progress';

export interface Learner {
  id: number;
  name: string;
  className: string;
  createdAt: string;
}

export interface StoredAttempt extends QuizAttemptRecord {
  id: number;
  answers: (number | null)[];
}

export interface RehearsalRecord {
  id: number;
  learnerId: number;
  sessionId: number | null;
  score: unknown;
  at: string;
}

interface LearnerRow {
  id: number;
  name: string;
  class_name: string;
  created_at: string;
}

const vietnamese = new Intl.Collator('vi');

const toLearner = (row: LearnerRow): Learner => ({ id: row.id, name: row.name, className: row.class_name, createdAt: row.created_at });

function parseAnswers(text: string): (number | null)[] {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? value.map((answer) => (typeof answer === 'number' ? answer : null)) : [];
  } catch {
    return [];
  }
}

export class LearnerStore {
  constructor(private readonly db: Database) {}

  /** By class, then name, in Vietnamese alphabetical order (SQLite's NOCASE sorts by code point: "Đặng" after "Nguyễn"). */
  list(): Learner[] {
    const rows = (this.db.prepare('SELECT * FROM learners').all() as LearnerRow[]).map(toLearner);
    return rows.sort((a, b) => vietnamese.compare(a.className, b.className) || vietnamese.compare(a.name, b.name) || a.id - b.id);
  }

  get(id: number): Learner | undefined {
    const row = this.db.prepare('SELECT * FROM learners WHERE id = ?').get(id) as LearnerRow | undefined;
    return row && toLearner(row);
  }

  create(name: string, className: string, at: string): Learner {
    const info = this.db.prepare('INSERT INTO learners (name, class_name, created_at) VALUES (?, ?, ?)').run(name, className, at);
    return this.get(Number(info.lastInsertRowid))!;
  }

  rename(id: number, name: string, className: string): Learner | undefined {
    this.db.prepare('UPDATE learners SET name = ?, class_name = ? WHERE id = ?').run(name, className, id);
    return this.get(id);
  }

  /** The first read counts; reading again keeps the original time. */
  markRead(learnerId: number, moduleId: string, lessonId: string, at: string): void {
    this.db
      .prepare('INSERT OR IGNORE INTO lesson_reads (learner_id, module_id, lesson_id, read_at) VALUES (?, ?, ?, ?)')
      .run(learnerId, moduleId, lessonId, at);
  }

  reads(learnerId: number): LessonRead[] {
    return this.db
      .prepare('SELECT module_id AS moduleId, lesson_id AS lessonId, read_at AS readAt FROM lesson_reads WHERE learner_id = ?')
      .all(learnerId) as LessonRead[];
  }

  addAttempt(learnerId: number, attempt: Omit<StoredAttempt, 'id'>): number {
    const info = this.db
      .prepare(
        `INSERT INTO quiz_attempts (learner_id, module_id, lesson_id, answers, score, total, passed, attempted_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(learnerId, attempt.moduleId, attempt.lessonId, JSON.stringify(attempt.answers), attempt.score, attempt.total, attempt.passed ? 1 : 0, attempt.attemptedAt);
    return Number(info.lastInsertRowid);
  }

  attempts(learnerId: number): StoredAttempt[] {
    const rows = this.db
      .prepare(
        `SELECT id, module_id, lesson_id, answers, score, total, passed, attempted_at
         FROM quiz_attempts WHERE learner_id = ? ORDER BY attempted_at, id`,
      )
      .all(learnerId) as { id: number; module_id: string; lesson_id: string; answers: string; score: number; total: number; passed: number; attempted_at: string }[];
    return rows.map((row) => ({
      id: row.id,
      moduleId: row.module_id,
      lessonId: row.lesson_id,
      answers: parseAnswers(row.answers),
      score: row.score,
      total: row.total,
      passed: row.passed === 1,
      attemptedAt: row.attempted_at,
    }));
  }

  setTick(learnerId: number, moduleId: string, lessonId: string, item: number, done: boolean, at: string): void {
    if (done) {
      this.db
        .prepare('INSERT OR IGNORE INTO checklist_ticks (learner_id, module_id, lesson_id, item, ticked_at) VALUES (?, ?, ?, ?, ?)')
        .run(learnerId, moduleId, lessonId, item, at);
    } else {
      this.db.prepare('DELETE FROM checklist_ticks WHERE learner_id = ? AND module_id = ? AND lesson_id = ? AND item = ?').run(learnerId, moduleId, lessonId, item);
    }
  }

  ticks(learnerId: number, moduleId: string, lessonId: string): number[] {
    return (
      this.db
        .prepare('SELECT item FROM checklist_ticks WHERE learner_id = ? AND module_id = ? AND lesson_id = ? ORDER BY item')
        .all(learnerId, moduleId, lessonId) as { item: number }[]
    ).map((row) => row.item);
  }

  addRehearsal(learnerId: number, sessionId: number | null, score: unknown, at: string): number {
    const info = this.db
      .prepare('INSERT INTO rehearsals (learner_id, session_id, score, at) VALUES (?, ?, ?, ?)')
      .run(learnerId, sessionId, JSON.stringify(score), at);
    return Number(info.lastInsertRowid);
  }

  /** The learner's latest rehearsal, if any. */
  latestRehearsal(learnerId: number): RehearsalRecord | undefined {
    const row = this.db.prepare('SELECT id, learner_id, session_id, score, at FROM rehearsals WHERE learner_id = ? ORDER BY at DESC, id DESC LIMIT 1').get(learnerId) as
      | { id: number; learner_id: number; session_id: number | null; score: string; at: string }
      | undefined;
    return row && { id: row.id, learnerId: row.learner_id, sessionId: row.session_id, score: JSON.parse(row.score) as unknown, at: row.at };
  }

  rehearsals(learnerId: number): RehearsalRecord[] {
    const rows = this.db
      .prepare('SELECT id, learner_id, session_id, score, at FROM rehearsals WHERE learner_id = ? ORDER BY at DESC, id DESC')
      .all(learnerId) as { id: number; learner_id: number; session_id: number | null; score: string; at: string }[];
    return rows.map((row) => ({ id: row.id, learnerId: row.learner_id, sessionId: row.session_id, score: JSON.parse(row.score) as unknown, at: row.at }));
  }
}
