// The real OBS Studio (Debian's build, headless under Xvfb, websocket on):
// connection messages, the OCOP Live scene set up twice, overlays shown and
// hidden, the card following the showcase, and reconnection after OBS restarts.
// One OBS start plus one restart for the whole file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OBSWebSocket } from 'obs-websocket-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, obsMissingReason, startObs, type RunningObs } from '../helpers/obs';
import { startTestServer, type TestServer } from '../helpers/app-server';
import { qrPng } from '../../src/adapters/qr/qr-image';
import { nativeParts, nativeSceneName, OCOP_SCENE } from '../../src/adapters/obs/overlay-sources';
import { OVERLAY_KINDS } from '../../src/core/overlay';
import type { Product } from '../../src/core/catalog/product';
import type { AppEvent } from '../../src/app/contract';

const missing = obsMissingReason();

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < until) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch {
      // not there yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(last)?.slice(0, 300)}`);
}

if (missing) {
  describe('OBS Studio control', () => {
    it.skip(`skipped: ${missing}`, () => undefined);
  });
} else {
  describe('OBS Studio control (real OBS under Xvfb)', () => {
    let obs: RunningObs;
    let t: TestServer;
    let peek: OBSWebSocket; // a second client that only looks at what OBS holds
    let honey: Product;
    let tea: Product;
    const statuses: string[] = [];

    async function post<T>(name: string, body: unknown = {}): Promise<T> {
      const { json } = await t.post(name, body);
      if (!json.ok) throw new Error(`${name}: ${JSON.stringify(json.error)}`);
      return json.result as T;
    }
    const textOf = async (inputName: string) => String((await peek.call('GetInputSettings', { inputName })).inputSettings.text ?? '');
    const itemEnabled = async (sourceName: string) => {
      const { sceneItemId } = await peek.call('GetSceneItemId', { sceneName: OCOP_SCENE, sourceName });
      return (await peek.call('GetSceneItemEnabled', { sceneName: OCOP_SCENE, sceneItemId })).sceneItemEnabled;
    };
    const screenshot = async (sourceName: string) =>
      (await peek.call('GetSourceScreenshot', { sourceName, imageFormat: 'png', imageWidth: 640 })).imageData;

    beforeAll(async () => {
      obs = await startObs();
      t = await startTestServer();
      t.app.subscribe((event: AppEvent) => {
        if (event.event === 'obsStatusChanged') statuses.push(event.payload.state);
      });
      mkdirSync(join(t.dataDir, 'images'));
      writeFileSync(join(t.dataDir, 'images', 'mo1.png'), await qrPng('mật ong', { width: 256, dark: '#7a4a00ff', light: '#ffe9a8ff' }));
      honey = await post<Product>('createProduct', { code: 'MO1', name: 'Mật ong rừng U Minh', price: 180000, unit: 'hũ', stock: 30, ocopStars: 4, image: 'images/mo1.png' });
      tea = await post<Product>('createProduct', { code: 'TRA2', name: 'Trà Shan tuyết cổ thụ Hà Giang', price: 250000, unit: 'gói', stock: 10, ocopStars: 5 });
      peek = new OBSWebSocket();
      await peek.connect(`ws://127.0.0.1:${obs.port}`, obs.password);
    });

    afterAll(async () => {
      await peek?.disconnect().catch(() => undefined);
      await t?.close();
      await obs?.stop();
    });

    it('says a wrong password is wrong, in Vietnamese and English, with where to find the right one', async () => {
      const { status, json } = await t.post('connectObs', { host: '127.0.0.1', port: obs.port, password: 'not-the-password' });
      expect(status).toBe(503);
      expect(json.error?.code).toBe('OBS_WRONG_PASSWORD');
      expect(json.error?.message).toContain('Sai mật khẩu WebSocket của OBS');
      expect(json.error?.messageEn).toContain('Wrong OBS WebSocket password');
      expect(json.error?.message).toContain('Show Connect Info');
      expect((await post<{ state: string }>('getObsStatus')).state).toBe('disconnected');
    });

    it('says the WebSocket server is off (with the steps to turn it on) when OBS runs but does not listen there', async () => {
      const { json } = await t.post('connectObs', { host: '127.0.0.1', port: await freePort(), password: obs.password });
      expect(json.error?.code).toBe('OBS_WEBSOCKET_DISABLED');
      expect(json.error?.message).toContain('Tools (Công cụ) → WebSocket Server Settings');
      expect(json.error?.messageEn).toContain('tick “Enable WebSocket server”');
    });

    it('connects with the right password', async () => {
      const status = await post<{ state: string; websocketVersion: string; obsVersion: string }>('connectObs', { host: '127.0.0.1', port: obs.port, password: obs.password });
      expect(status.state).toBe('connected');
      expect(status.websocketVersion).toMatch(/^5\./);
      expect(status.obsVersion).toMatch(/^\d+\./);
    });

    it('sets up the OCOP Live scene from native sources sized for the canvas, and a second time changes nothing', async () => {
      const first = await post<{ mode: string; canvas: { width: number; height: number }; layout: string; created: string[] }>('setupObsScene', {});
      expect(first).toMatchObject({ mode: 'native', canvas: { width: 1280, height: 720 }, layout: 'landscape' });
      expect(first.created).toContain(OCOP_SCENE);
      const snapshot = async () => {
        const scenes = (await peek.call('GetSceneList')).scenes.map((scene) => String(scene.sceneName));
        const inputs = (await peek.call('GetInputList')).inputs.map((input) => String(input.inputName));
        const items = (await peek.call('GetSceneItemList', { sceneName: OCOP_SCENE })).sceneItems.map((item) => String(item.sourceName));
        return { scenes, inputs, items };
      };
      const before = await snapshot();
      const second = await post<{ created: string[] }>('setupObsScene', {});
      expect(second.created).toEqual([]);
      const after = await snapshot();
      expect(after).toEqual(before);
      expect(after.scenes.filter((name) => name === OCOP_SCENE)).toHaveLength(1);
      expect(new Set(after.inputs).size).toBe(after.inputs.length);
      // The seller's own scene underneath, then each overlay once.
      expect(after.items).toEqual(['Scene', ...OVERLAY_KINDS.map((kind) => nativeSceneName(kind))]);
      for (const kind of OVERLAY_KINDS) {
        const inner = (await peek.call('GetSceneItemList', { sceneName: nativeSceneName(kind) })).sceneItems.map((item) => String(item.sourceName));
        expect(inner).toEqual(nativeParts(kind, 'landscape').map((part) => part.name));
      }
      // Sized for this 1280×720 canvas: the card panel sits at the design box scaled by 2/3.
      const cardScene = nativeSceneName('card');
      const { sceneItemId } = await peek.call('GetSceneItemId', { sceneName: cardScene, sourceName: `${cardScene} • nền` });
      const { sceneItemTransform } = await peek.call('GetSceneItemTransform', { sceneName: cardScene, sceneItemId });
      const { positionX, positionY, width, height } = sceneItemTransform as Record<string, number>;
      expect([positionX, positionY, Math.round(width!), Math.round(height!)]).toEqual([40, 413, 547, 200]);
    });

    it('changes the card when the showcased product changes (text and picture differ)', async () => {
      const cardScene = nativeSceneName('card');
      await post('setShowcase', { productId: honey.id });
      await eventually(() => textOf(`${cardScene} • tên`), (text) => text === 'Mật ong rừng U Minh', 'the honey card');
      await expect(textOf(`${cardScene} • giá`)).resolves.toBe('180.000 ₫ / hũ');
      await expect(textOf(`${cardScene} • bình luận`)).resolves.toBe('★★★★☆ OCOP 4 sao\nBình luận: MO1 x2');
      const honeyShot = await eventually(() => screenshot(cardScene), (image) => image.length > 1000, 'a card screenshot');
      await post('setShowcase', { productId: tea.id });
      await eventually(() => textOf(`${cardScene} • tên`), (text) => text === 'Trà Shan tuyết cổ thụ Hà Giang', 'the tea card');
      const teaShot = await eventually(() => screenshot(cardScene), (image) => image !== honeyShot, 'a different card on screen');
      expect(teaShot).not.toBe(honeyShot);
      const preview = await post<{ imageDataUrl: string; sceneName: string }>('getObsScreenshot', { sceneName: OCOP_SCENE, width: 320 });
      expect(preview.imageDataUrl.startsWith('data:image/jpg;base64,') || preview.imageDataUrl.startsWith('data:image/jpeg;base64,')).toBe(true);
    });

    it('shows and hides each overlay, and hides them all at once', async () => {
      const card = nativeSceneName('card');
      await post('setOverlayVisible', { kind: 'card', visible: false });
      await eventually(() => itemEnabled(card), (enabled) => enabled === false, 'the card hidden');
      await post('setOverlayVisible', { kind: 'card', visible: true });
      await eventually(() => itemEnabled(card), (enabled) => enabled === true, 'the card shown');
      await post('updateOverlayState', { visible: { lowerThird: true }, lowerThird: { title: 'HTX Chè Hà Giang', subtitle: 'Trà OCOP 5 sao' } });
      await eventually(() => itemEnabled(nativeSceneName('lowerThird')), (enabled) => enabled, 'the lower third shown');
      await expect(textOf(`${nativeSceneName('lowerThird')} • tiêu đề`)).resolves.toBe('HTX Chè Hà Giang');
      await post('hideAllOverlays');
      for (const kind of OVERLAY_KINDS) await eventually(() => itemEnabled(nativeSceneName(kind)), (enabled) => !enabled, `${kind} hidden`);
    });

    it('counts the flash sale down in OBS once a second, and never shows a buyer’s phone in the ticker', async () => {
      await post('setShowcase', { productId: honey.id });
      await post('startFlashSale', { dealPrice: 149000, quantity: 10, durationSec: 120 });
      const clock = `${nativeSceneName('flashSale')} • đồng hồ`;
      const first = await eventually(() => textOf(clock), (text) => /FLASH SALE {3}0[12]:\d\d/.test(text), 'the countdown');
      await eventually(() => textOf(clock), (text) => text !== first, 'the countdown to tick');
      await expect(itemEnabled(nativeSceneName('flashSale'))).resolves.toBe(true);
      await post('stopFlashSale');
      await eventually(() => itemEnabled(nativeSceneName('flashSale')), (enabled) => !enabled, 'the flash sale hidden');

      const at = new Date().toISOString();
      t.app.context.events.emit('orderChanged', {
        reason: 'created',
        order: {
          id: 9001, code: 'DH9001', sessionId: null, customerId: 1, customerName: 'Cô Ba 0912 345 678', status: 'pending',
          items: [{ code: 'MO1', name: 'Mật ong', qty: 2, unitPrice: 180000 }], total: 360000, createdAt: at, updatedAt: at,
        },
      });
      const ticker = await eventually(() => textOf(`${nativeSceneName('ticker')} • chữ`), (text) => text.includes('vừa chốt MO1 x2'), 'the ticker');
      expect(ticker).not.toMatch(/0912|345 678/);
    });

    it('comes back by itself when OBS restarts, and keeps the overlays in step', async () => {
      await obs.stopObs();
      await eventually(() => post<{ state: string }>('getObsStatus'), (status) => status.state === 'reconnecting', 'the app to notice');
      await obs.startObs();
      await eventually(() => post<{ state: string }>('getObsStatus'), (status) => status.state === 'connected', 'the app to reconnect', 40_000);
      expect(statuses).toContain('reconnecting');
      await peek.connect(`ws://127.0.0.1:${obs.port}`, obs.password);
      // OBS saved the scene on exit; the app picks it up again without a click.
      const scenes = (await peek.call('GetSceneList')).scenes.map((scene) => String(scene.sceneName));
      expect(scenes).toContain(OCOP_SCENE);
      await eventually(() => post<{ sceneReady: boolean }>('getObsStatus'), (status) => status.sceneReady, 'the scene picked up again');
      await post('setShowcase', { productId: tea.id });
      await post('setOverlayVisible', { kind: 'card', visible: true });
      await eventually(() => textOf(`${nativeSceneName('card')} • tên`), (text) => text === 'Trà Shan tuyết cổ thụ Hà Giang', 'the card after the restart');
      await eventually(() => itemEnabled(nativeSceneName('card')), (enabled) => enabled, 'the card shown after the restart');
      // Each step keeps its own bound (40 s to reconnect); a real OBS starting under Xvfb on a busy machine can take
      // most of a minute before them, so the whole test gets room for the steps' sum.
    }, 150_000);
  });
}
