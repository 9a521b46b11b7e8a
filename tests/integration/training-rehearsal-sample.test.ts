// Rehearsing on a fresh machine: with no catalog the app offers the shipped
// sample products, adds them for the rehearsal only, and takes them out of
// the catalog again when the practice ends, however it ends.
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app/create-app';
import { makeTempDir } from '../helpers/temp-dir';

const opened: { app: App; cleanup?: () => void }[] = [];
afterEach(() => {
  for (const { app, cleanup } of opened.splice(0).reverse()) {
    app.close();
    cleanup?.();
  }
});

async function freshApp(dir?: string) {
  const temp = dir ? undefined : makeTempDir();
  const app = createApp({ dataDir: dir ?? temp!.dir, mode: 'test' });
  opened.push({ app, cleanup: temp?.cleanup });
  const learners = await app.call('listLearners', {});
  const learnerId = learners[0]?.id ?? (await app.call('createLearner', { name: 'Hoàng Văn Tú', className: '' })).id;
  return { app, dir: dir ?? temp!.dir, learnerId };
}

/** A slow audience: the test's own comments are the practice orders. */
const sampleRehearsal = (app: App, learnerId: number) => app.call('startRehearsal', { learnerId, commentsPerMinute: 6, minutes: 30, seed: 8, sampleCatalog: true });

async function order(app: App, sessionId: number, text: string) {
  await app.context.ingest.submit(
    { platform: 'simulator', messageId: `s-${text}`, userId: 'v1', userName: 'Lan', text, sentAt: app.context.now().toISOString() },
    { sessionId },
  );
}

describe('rehearsing with the sample catalog', () => {
  it('names the sample catalog as the way out when the catalog is empty', async () => {
    const { app, learnerId } = await freshApp();
    await expect(app.call('startRehearsal', { learnerId })).rejects.toMatchObject({
      code: 'REHEARSAL_NEEDS_PRODUCTS',
      message: expect.stringContaining('Dùng danh mục mẫu để diễn tập'),
      messageEn: expect.stringContaining('sample catalog'),
    });
  });

  it('rehearses with the sample products on an empty catalog and leaves the catalog empty afterwards', async () => {
    const { app, learnerId } = await freshApp();
    const started = await sampleRehearsal(app, learnerId);
    expect(started.sampleCatalog).toBe(true);
    const during = await app.call('listProducts', {});
    expect(during.map((p) => p.code).sort()).toEqual(['CF1', 'HD1', 'KG1', 'MO1', 'MO2', 'TR1', 'TR2', 'YS1']);
    expect(started.runOfShow.every((slot) => during.some((p) => p.code === slot.code))).toBe(true);
    await order(app, started.sessionId, 'lấy 2 hũ khô gà');
    const statuses = () => app.context.db.prepare('SELECT status FROM orders WHERE session_id = ?').pluck().all(started.sessionId);
    expect(statuses()).toEqual(['pending']);

    const finished = await app.call('finishRehearsal', {});
    expect(finished.sessionId).toBe(started.sessionId);
    expect(statuses()).toEqual(['cancelled']);
    expect(await app.call('listProducts', {})).toEqual([]);
    // And again: the sample codes are free for the next rehearsal.
    const again = await sampleRehearsal(app, learnerId);
    expect((await app.call('listProducts', {})).length).toBe(8);
    await app.call('abandonRehearsal', {});
    expect(await app.call('listProducts', {})).toEqual([]);
    expect(again.sessionId).not.toBe(started.sessionId);
  });

  it('takes the sample products out of the catalog when the app closes in the middle of the rehearsal', async () => {
    const { app, dir, learnerId } = await freshApp();
    const started = await sampleRehearsal(app, learnerId);
    await order(app, started.sessionId, 'MO1 x2');
    opened.pop();
    app.close();
    const { app: reopened } = await freshApp(dir);
    expect(await reopened.call('listProducts', {})).toEqual([]);
    expect((await reopened.call('getLiveState', {})).session).toBeNull();
  });

  it('refuses the sample catalog when the catalog has products, and changes nothing', async () => {
    const { app, learnerId } = await freshApp();
    await app.call('createProduct', { code: 'GA1', name: 'Gạo ST25 5kg', price: 200000, unit: 'túi', stock: 20, aliases: [], ocopStars: null, description: '', image: '' });
    await expect(sampleRehearsal(app, learnerId)).rejects.toMatchObject({ code: 'CATALOG_NOT_EMPTY' });
    expect((await app.call('listProducts', {})).map((p) => p.code)).toEqual(['GA1']);
    expect(await app.call('getRehearsal', {})).toBeNull();
  });
});
