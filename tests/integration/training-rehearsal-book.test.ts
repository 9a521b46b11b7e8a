// Scoring a rehearsal against a real order book: orders, waitlist and a
// customer the learner typed by hand, in a SQLite file with every migration.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../src/adapters/sqlite/open-database';
import { capturedLines } from '../../src/adapters/training/rehearsal-book';
import { expectationsFromTruth, type TruthComment } from '../../src/core/training/rehearsal-truth';
import { scoreRehearsal } from '../../src/core/training/rehearsal-score';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

const at = (second: number) => new Date(Date.UTC(2025, 0, 1, 10, 0, second)).toISOString();

describe('a rehearsal scored from the order book', () => {
  it('counts captured, waitlisted, hand-typed, wrong and missing lines of that session only', () => {
    const db = openDatabase(join(temp.dir, 'book.db'));
    try {
      const run = (sql: string, ...params: unknown[]) => Number(db.prepare(sql).run(...params).lastInsertRowid);
      const product = (code: string) => run(`INSERT INTO products (code, name, price, created_at, updated_at) VALUES (?, ?, 100000, ?, ?)`, code, `SP ${code}`, at(0), at(0));
      const mo1 = product('MO1');
      const cf1 = product('CF1');
      const yen1 = product('YEN1');
      const session = run(`INSERT INTO stream_sessions (name, kind, started_at) VALUES ('Diễn tập 1', 'rehearsal', ?)`, at(0));
      const other = run(`INSERT INTO stream_sessions (name, kind, started_at) VALUES ('Live thật', 'live', ?)`, at(0));
      const customer = (name: string, simulatorId: string | null) => {
        const id = run(`INSERT INTO customers (display_name, created_at, updated_at) VALUES (?, ?, ?)`, name, at(0), at(0));
        if (simulatorId) {
          run(`INSERT INTO customer_identities (customer_id, platform, platform_user_id, display_name, first_seen_at) VALUES (?, 'simulator', ?, ?, ?)`, id, simulatorId, name, at(0));
        }
        return id;
      };
      const lan = customer('Lan', 'v1');
      const hung = customer('Hùng', 'v2');
      const thu = customer('Chị Thu', null); // typed in by hand by the learner
      let n = 0;
      const order = (sessionId: number, customerId: number, items: [number, number][], status = 'pending') => {
        const id = run(`INSERT INTO orders (code, session_id, customer_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`, `DH${++n}`, sessionId, customerId, status, at(5), at(5));
        for (const [productId, qty] of items) run(`INSERT INTO order_items (order_id, product_id, qty, unit_price, created_at) VALUES (?, ?, ?, 100000, ?)`, id, productId, qty, at(5));
      };
      order(session, lan, [[mo1, 2]]);
      order(session, hung, [[cf1, 1]]); // Hùng wanted 2
      order(session, hung, [[yen1, 1]], 'cancelled');
      order(other, lan, [[cf1, 5]]); // another stream: not this rehearsal
      order(session, thu, [[yen1, 1]]);
      run(`INSERT INTO waitlist (session_id, product_id, customer_id, qty, created_at) VALUES (?, ?, ?, 1, ?)`, session, cf1, lan, at(6));

      const viewers = [
        { userId: 'v1', userName: 'Lan' },
        { userId: 'v2', userName: 'Hùng' },
        { userId: 'v3', userName: 'chị thu' },
        { userId: 'v4', userName: 'Mai' },
      ];
      const comment = (ref: string, userId: string, second: number, intent: TruthComment['truth']['intent'], items: { code: string; qty: number | null }[] = []): TruthComment => ({
        ref,
        userId,
        userName: viewers.find((v) => v.userId === userId)!.userName,
        text: ref,
        sentAt: at(second),
        truth: { intent, items },
      });
      const expected = expectationsFromTruth([
        comment('m1', 'v1', 1, 'order', [{ code: 'MO1', qty: 2 }]),
        comment('m2', 'v1', 2, 'order', [{ code: 'CF1', qty: 1 }]),
        comment('m3', 'v2', 2, 'order', [{ code: 'CF1', qty: 2 }]),
        comment('m4', 'v3', 3, 'order', [{ code: 'YEN1', qty: 1 }]),
        comment('m5', 'v4', 4, 'order', [{ code: 'MO1', qty: 1 }]),
      ]);
      const score = scoreRehearsal({ expected: expected.orders, captured: capturedLines(db, session, viewers), questions: [] });
      expect(score.orders).toMatchObject({ expected: 5, captured: 3, wrongQuantity: 1, missed: 1, extra: 0 });
      expect(score.mistakes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'wrong-quantity', userName: 'Hùng', code: 'CF1', expectedQty: 2, capturedQty: 1 }),
          expect.objectContaining({ kind: 'missed', userName: 'Mai', code: 'MO1' }),
        ]),
      );
    } finally {
      db.close();
    }
  });
});
