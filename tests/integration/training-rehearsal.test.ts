// A rehearsal through the real app on the real clock: the simulator's comments
// go through the real ingest into a rehearsal session; the learner answers
// some questions; the score counts what the order book holds against the
// simulator's truth. (What a learner must do to score well, on a clock the
// test moves: training-rehearsal-exercise.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/app-server';
import { readFixture } from '../helpers/fixtures';

let server: TestServer;
let learnerId: number;

beforeAll(async () => {
  server = await startTestServer();
  await server.app.call('importCatalogCsv', { csv: readFixture('catalog-basic.csv') });
  learnerId = (await server.app.call('createLearner', { name: 'Lò Thị Mai', className: 'Lớp 1' })).id;
  // Runs follow each other within seconds with the same viewers: every comment must count.
  await server.post('setRepeatWindow', { seconds: 0 });
});
afterAll(async () => {
  await server?.close();
});

async function runAudience(seed: number) {
  const started = await server.app.call('startRehearsal', { learnerId, commentsPerMinute: 3000, minutes: 0.02, seed });
  expect(started.planned).toBe(60);
  const live = await server.post('getLiveState', {});
  expect((live.json.result as { session: { id: number; kind: string } }).session).toMatchObject({ id: started.sessionId, kind: 'rehearsal' });
  for (let i = 0; i < 200; i += 1) {
    const status = await server.app.call('getRehearsal', {});
    if (status?.audienceDone) return status;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the simulated audience never finished');
}

describe('a rehearsal with a simulated audience', () => {
  it('scores orders captured and questions answered, and keeps the score', async () => {
    const status = await runAudience(7);
    expect(status.sent).toBe(60);
    expect(status.questions.length).toBeGreaterThan(0);
    const answered = status.questions.filter((_, index) => index % 2 === 0);
    for (const question of answered) await server.app.call('answerRehearsalQuestion', { ref: question.ref, answered: true });
    const refused = await server.post('startRehearsal', { learnerId });
    expect(refused.json.error?.code).toBe('REHEARSAL_RUNNING');

    expect(status.runOfShow.length).toBeGreaterThan(0);

    const result = await server.app.call('finishRehearsal', {});
    const { orders, questions } = result.score;
    expect(orders.expected).toBeGreaterThan(0);
    expect(orders.captured + orders.wrongQuantity + orders.missed).toBe(orders.expected);
    expect(orders.throughLearner! + orders.automatic!).toBe(orders.expected);
    // Nothing was on screen: the app takes only the orders that name their product, and those earn nothing.
    expect(orders.capturedThroughLearner).toBe(0);
    expect(questions).toMatchObject({ asked: status.questions.length, answered: answered.length });
    expect(result.score.mistakes.filter((m) => m.kind === 'unanswered')).toHaveLength(status.questions.length - answered.length);
    expect(result.score.score).toBeGreaterThan(0);
    expect(result.score.score).toBeLessThan(100);

    expect(await server.app.call('getRehearsal', {})).toBeNull();
    const sessions = (await server.post('listSessions', {})).json.result as { id: number; endedAt: string | null }[];
    expect(sessions.find((s) => s.id === result.sessionId)?.endedAt).toBeTruthy();
    const history = await server.app.call('listRehearsals', { learnerId });
    expect(history).toEqual([expect.objectContaining({ id: result.id, sessionId: result.sessionId, score: result.score })]);
  });

  it('counts an order the learner wrongly cancelled as missed, and takes points off for it', async () => {
    const answerAll = async () => {
      const status = await server.app.call('getRehearsal', {});
      for (const question of status!.questions) await server.app.call('answerRehearsalQuestion', { ref: question.ref, answered: true });
    };
    const first = await (async () => {
      await runAudience(11);
      await answerAll();
      return server.app.call('finishRehearsal', {});
    })();
    await runAudience(11);
    await answerAll();
    const status = await server.app.call('getRehearsal', {});
    await server.app.context.ingest.drain();
    // The learner cancels one captured order by mistake.
    const row = server.app.context.db
      .prepare(`SELECT o.id, COUNT(oi.id) AS lines FROM orders o JOIN order_items oi ON oi.order_id = o.id WHERE o.session_id = ? AND o.status != 'cancelled' GROUP BY o.id ORDER BY o.id LIMIT 1`)
      .get(status!.sessionId) as { id: number; lines: number };
    server.app.context.db.prepare(`UPDATE orders SET status = 'cancelled' WHERE id = ?`).run(row.id);
    const second = await server.app.call('finishRehearsal', {});
    expect(second.score.orders.expected).toBe(first.score.orders.expected);
    expect(second.score.orders.captured + second.score.orders.wrongQuantity).toBe(first.score.orders.captured + first.score.orders.wrongQuantity - row.lines);
    expect(second.score.orders.missed).toBe(first.score.orders.missed + row.lines);
    expect(second.score.penalty).toBeGreaterThan(first.score.penalty!);
    expect(second.score.score).toBeLessThan(first.score.score);
  });
});
