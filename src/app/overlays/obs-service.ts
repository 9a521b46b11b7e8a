// The app's side of OBS: one connection (coming back by itself when OBS
// restarts), the "OCOP Live" scene, and the overlays kept in step with the
// overlay view. The password lives in the secret store, never in settings.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ObsConnection, type ObsConnectionStatus } from '../../adapters/obs/obs-connection';
import { ObsError } from '../../adapters/obs/obs-errors';
import { ObsOverlayScene, type SceneSetupResult } from '../../adapters/obs/obs-scene';
import type { NativeFiles } from '../../adapters/obs/overlay-sources';
import { SettingsStore } from '../../adapters/sqlite/settings-store';
import type { SecretStore } from '../../adapters/secrets/secret-store';
import type { OverlayView } from '../../core/overlay';
import type { EventBus } from '../event-bus';
import { AppError } from '../errors';
import type { OverlayService } from './overlay-service';

/** The saved OBS address (settings) and password (secret store), as "connect, remember" leaves them. */
export const SETTINGS_KEY = 'obs.connection';
export const PASSWORD_KEY = 'obs.password';

export interface ObsStatus extends ObsConnectionStatus {
  /** browser: overlay pages in browser sources; native: image/text sources the app updates; null: not known yet. */
  overlayMode: 'browser' | 'native' | null;
  sceneReady: boolean;
  passwordSaved: boolean;
}

export interface ObsServiceDeps {
  db: Database;
  dataDir: string;
  events: EventBus;
  overlays: OverlayService;
  secrets: SecretStore;
}

function toAppError(error: unknown): AppError {
  if (error instanceof ObsError) return new AppError(error.code, error.message, error.messageEn, error.code === 'OBS_NOT_CONNECTED' ? 409 : 503);
  if (error instanceof AppError) return error;
  throw error;
}

export class ObsService {
  private readonly connection: ObsConnection;
  private readonly scene: ObsOverlayScene;
  private readonly store: SettingsStore;
  private passwordSaved = false;
  private closed = false;
  private saved: { host: string; port: number; autoConnect: boolean } | null;
  private pushing: Promise<void> = Promise.resolve();
  private pushQueued = false;
  private qrFile: { payloadKey: string; path: string } | null = null;
  private readonly countdown: ReturnType<typeof setInterval>;
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: ObsServiceDeps) {
    this.store = new SettingsStore(deps.db);
    this.saved = this.readSavedTarget();
    this.connection = new ObsConnection({
      onStatus: () => this.emitStatus(),
      onReady: async () => {
        if (await this.scene.attach()) await this.push();
        this.emitStatus();
      },
      onEvent: () => deps.events.emit('obsScenesChanged', {}),
    });
    this.scene = new ObsOverlayScene(this.connection);
    this.unsubscribe = deps.overlays.onView(() => void this.push());
    // Native text sources cannot count down by themselves: the app ticks them once a second.
    this.countdown = setInterval(() => {
      if (this.scene.isReady && this.scene.overlayMode === 'native' && this.deps.overlays.getState().flashSale.endsAt) void this.push();
    }, 1000);
    this.countdown.unref?.();
  }

  /** Connects in the background with the saved address and password, if the seller saved them. */
  async resume(): Promise<void> {
    const saved = this.savedTarget();
    const password = await this.deps.secrets.get(PASSWORD_KEY);
    this.passwordSaved = password !== undefined;
    if (saved?.autoConnect && password !== undefined) this.connection.connectInBackground({ ...saved, password });
  }

  status(): ObsStatus {
    const saved = this.savedTarget();
    const status = this.connection.status();
    return {
      ...status,
      ...(status.state === 'disconnected' && saved ? { host: saved.host, port: saved.port } : {}),
      overlayMode: this.scene.overlayMode,
      sceneReady: this.scene.isReady,
      passwordSaved: this.passwordSaved,
    };
  }

  async connect(input: { host: string; port: number; password?: string; remember: boolean }): Promise<ObsStatus> {
    const password = input.password ?? (await this.deps.secrets.get(PASSWORD_KEY)) ?? '';
    try {
      await this.connection.connect({ host: input.host, port: input.port, password });
    } catch (error) {
      throw toAppError(error);
    }
    this.saveTarget({ host: input.host, port: input.port, autoConnect: input.remember });
    if (input.remember && password !== '') {
      await this.deps.secrets.set(PASSWORD_KEY, password);
      this.passwordSaved = true;
    } else if (!input.remember) {
      await this.deps.secrets.delete(PASSWORD_KEY);
      this.passwordSaved = false;
    }
    this.emitStatus();
    return this.status();
  }

  async disconnect(): Promise<ObsStatus> {
    await this.connection.disconnect();
    this.scene.reset();
    const saved = this.savedTarget();
    if (saved) this.saveTarget({ ...saved, autoConnect: false });
    this.emitStatus();
    return this.status();
  }

  async setupScene(overlayBaseUrl: string): Promise<SceneSetupResult> {
    try {
      const view = this.deps.overlays.view();
      const result = await this.scene.setup(view, await this.files(view), overlayBaseUrl);
      this.emitStatus();
      return result;
    } catch (error) {
      throw toAppError(error);
    }
  }

  async scenes(): Promise<{ current: string; scenes: string[] }> {
    try {
      const { scenes, currentProgramSceneName } = await this.connection.call('GetSceneList');
      // OBS lists scenes bottom-up; people read them top-down as in OBS's Scenes dock.
      return { current: currentProgramSceneName, scenes: scenes.map((scene) => String(scene.sceneName)).reverse() };
    } catch (error) {
      throw toAppError(error);
    }
  }

  async switchScene(sceneName: string): Promise<{ current: string; scenes: string[] }> {
    const list = await this.scenes();
    if (!list.scenes.includes(sceneName)) {
      throw new AppError('NOT_FOUND', `OBS không có cảnh “${sceneName}”`, `OBS has no scene “${sceneName}”`, 404);
    }
    try {
      await this.connection.call('SetCurrentProgramScene', { sceneName });
    } catch (error) {
      throw toAppError(error);
    }
    return { ...list, current: sceneName };
  }

  /** What is on air right now (or one scene), as a JPEG data URL for the live preview. */
  async screenshot(input: { sceneName?: string; width: number }): Promise<{ sceneName: string; imageDataUrl: string; takenAt: string }> {
    try {
      const sceneName = input.sceneName ?? (await this.connection.call('GetCurrentProgramScene')).currentProgramSceneName;
      const { imageData } = await this.connection.call('GetSourceScreenshot', {
        sourceName: sceneName,
        imageFormat: 'jpg',
        imageWidth: input.width,
        imageCompressionQuality: 75,
      });
      return { sceneName, imageDataUrl: imageData, takenAt: new Date().toISOString() };
    } catch (error) {
      throw toAppError(error);
    }
  }

  async close(): Promise<void> {
    this.closed = true; // the database closes right after: nothing may touch it or emit from here on
    clearInterval(this.countdown);
    this.unsubscribe();
    await this.connection.disconnect();
  }

  private savedTarget(): { host: string; port: number; autoConnect: boolean } | null {
    return this.saved;
  }

  private saveTarget(target: { host: string; port: number; autoConnect: boolean }): void {
    this.saved = target;
    this.store.writeMany({ [SETTINGS_KEY]: target });
  }

  private readSavedTarget(): { host: string; port: number; autoConnect: boolean } | null {
    const value = this.store.readAll()[SETTINGS_KEY] as { host?: unknown; port?: unknown; autoConnect?: unknown } | undefined;
    if (!value || typeof value.host !== 'string' || typeof value.port !== 'number') return null;
    return { host: value.host, port: value.port, autoConnect: value.autoConnect === true };
  }

  /** One push at a time; a change arriving meanwhile is sent right after with the newest view. */
  private push(): Promise<void> {
    if (this.pushQueued) return this.pushing;
    this.pushQueued = true;
    this.pushing = this.pushing.then(async () => {
      this.pushQueued = false;
      if (!this.scene.isReady || this.closed) return;
      const view = this.deps.overlays.view();
      await this.scene.sync(view, await this.files(view)).catch((error: unknown) => console.error('[obs] overlay update failed:', error));
    });
    return this.pushing;
  }

  /** Pictures the native image sources show: the product's own file, and the payment QR written as PNG. */
  private async files(view: OverlayView): Promise<NativeFiles> {
    const image = view.card ? this.deps.overlays.productImage(view.card.productId) : null;
    const productImage = image && image.contentType !== 'image/svg+xml' ? image.path : null;
    let paymentQr: string | null = null;
    const qr = view.payment ? await this.deps.overlays.paymentQrImage() : null;
    if (qr) {
      // A new name for a new code: OBS reloads an image source when its file setting changes.
      const payloadKey = createHash('sha256').update(qr.payload).digest('hex').slice(0, 12);
      if (this.qrFile?.payloadKey !== payloadKey) {
        const dir = join(this.deps.dataDir, 'obs');
        mkdirSync(dir, { recursive: true });
        const path = join(dir, `payment-qr-${payloadKey}.png`);
        if (!existsSync(path)) writeFileSync(path, qr.png);
        this.qrFile = { payloadKey, path };
      }
      paymentQr = this.qrFile.path;
    }
    return { productImage, paymentQr };
  }

  private emitStatus(): void {
    if (this.closed) return;
    this.deps.events.emit('obsStatusChanged', this.status());
  }
}
