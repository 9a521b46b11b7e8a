// A rehearsal is an exercise the score measures: through the real app (real
// simulator, real ingest, real order book) on a clock the test moves, a
// learner who does nothing scores low and one who follows the run-of-show,
// settles the review queue and answers questions scores high.
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app/create-app';
import type { CommandResult } from '../../src/app/contract';
import { foldVietnamese } from '../../src/core/text/fold';
import { makeTempDir } from '../helpers/temp-dir';

// Two products answer to "mật ong": comments naming only that go to the review queue.
const CATALOG = [
  'code,name,price,unit,stock,aliases,ocop_stars,description',
  'MO1,Mật ong hoa cà phê 500ml,150000,chai,40,mật ong|mật ong cà phê,4,',
  'MO2,Mật ong rừng U Minh 250ml,180000,chai,40,mật ong|mật ong rừng,4,',
  'CF1,Cà phê Robusta Đắk Lắk 500g,120000,gói,60,cà phê|cafe,3,',
  'KG1,Khô gà lá chanh 200g,95000,hũ,50,khô gà|kho ga,3,',
  'HD1,Hạt điều rang muối Bình Phước 500g,160000,hũ,30,hạt điều|hat dieu,4,',
].join('\n');

const MINUTES = 5;
const PER_MINUTE = 20;
const STEP_SECONDS = 5;

type Status = NonNullable<CommandResult<'getRehearsal'>>;

const opened: { app: App; cleanup(): void }[] = [];
afterEach(() => {
  for (const { app, cleanup } of opened.splice(0)) {
    app.close();
    cleanup();
  }
});

async function rehearsalApp() {
  const temp = makeTempDir();
  const clock = { ms: Date.UTC(2026, 2, 7, 13, 0, 0) };
  const app = createApp({ dataDir: temp.dir, mode: 'test', now: () => new Date(clock.ms) });
  opened.push({ app, cleanup: temp.cleanup });
  await app.call('importCatalogCsv', { csv: CATALOG });
  const learnerId = (await app.call('createLearner', { name: 'Đặng Thị Hoa', className: 'Lớp Tân Phú' })).id;
  return { app, clock, learnerId };
}

/** Moves the clock and waits until the audience has written everything due by then and the book holds it. */
async function advance(app: App, clock: { ms: number }, seconds: number, startedMs: number): Promise<Status> {
  clock.ms += seconds * 1000;
  const due = Math.min(MINUTES * PER_MINUTE, Math.floor(((clock.ms - startedMs) / 60_000) * PER_MINUTE));
  for (let i = 0; i < 500; i += 1) {
    const status = await app.call('getRehearsal', {});
    if (status && status.sent >= due) {
      await app.context.ingest.drain();
      return status;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the simulated audience did not keep up with the clock');
}

const words = (text: string) => new Set(foldVietnamese(text).split(/[^a-z0-9]+/).filter((w) => w !== ''));
const quantityIn = (text: string) => Number(/(?:^|[^\d])(\d{1,2})(?!\d)/.exec(text)?.[1] ?? 1);

/** What a careful learner does at a moment of the rehearsal, with only what the screen shows them. */
async function actLikeAGoodLearner(app: App, status: Status, clock: { ms: number }, startedMs: number): Promise<void> {
  const products = app.context.products.list();
  const second = (clock.ms - startedMs) / 1000;
  // 1. The run-of-show's product on screen.
  const slot = status.runOfShow.find((s) => second >= s.startSecond && second < s.endSecond) ?? status.runOfShow.at(-1)!;
  const live = await app.call('getLiveState', {});
  if (live.showcase?.product?.code !== slot.code) {
    await app.call('setShowcase', { productId: products.find((p) => p.code === slot.code)!.id, sessionId: status.sessionId });
  }
  // 2. The review queue: a shared name is settled by the hint in the comment, "+1" with nothing on screen by the run-of-show.
  for (const entry of await app.call('listReviewQueue', { sessionId: status.sessionId, status: 'open' })) {
    let code: string | undefined;
    if (entry.reason === 'ambiguous') {
      const said = words(entry.text);
      const fit = (name: string) => [...words(name)].filter((w) => said.has(w)).length;
      code = [...products].sort((a, b) => fit(b.name) - fit(a.name))[0]!.code;
    } else if (entry.reason === 'no-product') {
      const at = (Date.parse(entry.sentAt) - startedMs) / 1000;
      code = status.runOfShow.find((s) => at >= s.startSecond && at < s.endSecond)?.code;
    }
    const product = products.find((p) => p.code === code);
    if (product) await app.call('resolveReview', { id: entry.id, items: [{ productId: product.id, qty: quantityIn(entry.text) }] });
    else await app.call('dismissReview', { id: entry.id });
  }
  // 3. Every question answered.
  for (const question of status.questions.filter((q) => q.answeredAt === null)) {
    await app.call('answerRehearsalQuestion', { ref: question.ref, answered: true });
  }
}

describe('a rehearsal as an exercise', () => {
  it('scores a learner who does nothing below 30', async () => {
    const { app, clock, learnerId } = await rehearsalApp();
    const started = await app.call('startRehearsal', { learnerId, commentsPerMinute: PER_MINUTE, minutes: MINUTES, seed: 21 });
    const status = await advance(app, clock, MINUTES * 60, Date.parse(started.startedAt));
    expect(status.audienceDone).toBe(true);
    const { score } = await app.call('finishRehearsal', {});
    console.log('[rehearsal] a learner who does nothing:', JSON.stringify({ score: score.score, parts: score.parts, orders: score.orders, review: score.review }));
    expect(score.score).toBeLessThan(30);
    // The app still took the orders that name a product by itself, but those earn nothing.
    expect(score.orders.automatic).toBeGreaterThan(0);
    expect(score.orders.capturedThroughLearner).toBe(0);
    expect(score.showcase).toMatchObject({ notShown: started.runOfShow.length });
    expect(score.review!.open).toBeGreaterThan(0);
  });

  it('scores a learner who follows the run-of-show, settles the review queue and answers questions above 80', async () => {
    const { app, clock, learnerId } = await rehearsalApp();
    const started = await app.call('startRehearsal', { learnerId, commentsPerMinute: PER_MINUTE, minutes: MINUTES, seed: 21 });
    const startedMs = Date.parse(started.startedAt);
    expect(started.runOfShow.length).toBeGreaterThanOrEqual(2);
    await actLikeAGoodLearner(app, started, clock, startedMs);
    for (let t = 0; t < MINUTES * 60; t += STEP_SECONDS) {
      const status = await advance(app, clock, STEP_SECONDS, startedMs);
      await actLikeAGoodLearner(app, status, clock, startedMs);
    }
    const { score } = await app.call('finishRehearsal', {});
    console.log('[rehearsal] a learner who follows the run-of-show:', JSON.stringify({ score: score.score, parts: score.parts, orders: score.orders, review: score.review, mistakes: score.mistakes }));
    expect(score.score).toBeGreaterThan(80);
    expect(score.orders.throughLearner).toBeGreaterThan(10);
    expect(score.review!.entries).toBeGreaterThan(0);
    expect(score.showcase).toMatchObject({ onTime: started.runOfShow.length, notShown: 0 });
    expect(score.questions.answered).toBe(score.questions.asked);
  });

  it('puts "+1" for a product the learner did not present on the wrong product or in the review queue', async () => {
    const { app, clock, learnerId } = await rehearsalApp();
    const started = await app.call('startRehearsal', { learnerId, commentsPerMinute: PER_MINUTE, minutes: MINUTES, seed: 21 });
    const startedMs = Date.parse(started.startedAt);
    // The learner keeps the first product on screen the whole time.
    const first = app.context.products.list().find((p) => p.code === started.runOfShow[0]!.code)!;
    await app.call('setShowcase', { productId: first.id, sessionId: started.sessionId });
    await advance(app, clock, MINUTES * 60, startedMs);
    const { score } = await app.call('finishRehearsal', {});
    expect(score.showcase).toMatchObject({ onTime: 1, notShown: started.runOfShow.length - 1 });
    expect(score.orders.extra).toBeGreaterThan(0); // later "+1"s landed on the first product
    expect(score.mistakes.some((m) => m.kind === 'extra' && m.code === first.code)).toBe(true);
    expect(score.score).toBeLessThan(50);
  });
});
