// Sets up the "OCOP Live" scene in OBS and keeps its overlays in step with the
// app. Setting up twice changes nothing (everything is found by name first).
import { layoutForCanvas, OVERLAY_BOXES, OVERLAY_KINDS, type OverlayKind, type OverlayLayoutName, type OverlayView } from '../../core/overlay';
import type { ObsConnection } from './obs-connection';
import {
  browserSourceName,
  canvasFactor,
  nativeParts,
  nativeSceneName,
  nativeSettings,
  OCOP_SCENE,
  type JsonObject,
  type NativeFiles,
} from './overlay-sources';

export type ObsOverlayMode = 'browser' | 'native';

export interface SceneSetupResult {
  mode: ObsOverlayMode;
  scene: string;
  canvas: { width: number; height: number };
  layout: OverlayLayoutName;
  /** Scenes, inputs and scene items that did not exist before. */
  created: string[];
}

const TOP_LEFT = 5; // OBS_ALIGN_TOP | OBS_ALIGN_LEFT

interface SceneItem {
  sceneItemId: number;
  sourceName: string;
}

export class ObsOverlayScene {
  private mode: ObsOverlayMode | null = null;
  private layout: OverlayLayoutName = 'landscape';
  private canvas = { width: 1920, height: 1080 };
  /** OCOP Live's item of each overlay (native mode), for showing and hiding. */
  private readonly overlayItems = new Map<OverlayKind, number>();
  private readonly sentSettings = new Map<string, string>();
  private readonly sentEnabled = new Map<OverlayKind, boolean>();
  private ready = false;

  constructor(private readonly obs: ObsConnection) {}

  get isReady(): boolean {
    return this.ready;
  }

  get overlayMode(): ObsOverlayMode | null {
    return this.mode;
  }

  /** Forgets what was sent: after a reconnection OBS may have restarted with older settings. */
  reset(): void {
    this.ready = false;
    this.overlayItems.clear();
    this.sentSettings.clear();
    this.sentEnabled.clear();
  }

  async detect(): Promise<{ mode: ObsOverlayMode; canvas: { width: number; height: number }; layout: OverlayLayoutName }> {
    const [video, kinds] = await Promise.all([this.obs.call('GetVideoSettings'), this.obs.call('GetInputKindList', { unversioned: false })]);
    this.canvas = { width: video.baseWidth, height: video.baseHeight };
    this.layout = layoutForCanvas(video.baseWidth, video.baseHeight);
    this.mode = kinds.inputKinds.includes('browser_source') ? 'browser' : 'native';
    return { mode: this.mode, canvas: this.canvas, layout: this.layout };
  }

  /** After (re)connecting: picks up a scene set up earlier, so updates flow again without a click. */
  async attach(): Promise<boolean> {
    this.reset();
    const { scenes } = await this.obs.call('GetSceneList');
    if (!scenes.some((scene) => scene.sceneName === OCOP_SCENE)) return false;
    await this.detect();
    if (this.mode === 'native') await this.findOverlayItems();
    this.ready = true;
    return true;
  }

  async setup(view: OverlayView, files: NativeFiles, overlayBaseUrl: string): Promise<SceneSetupResult> {
    this.reset();
    const { mode, canvas, layout } = await this.detect();
    const created: string[] = [];
    const { scenes, currentProgramSceneName } = await this.obs.call('GetSceneList');
    const sceneNames = new Set(scenes.map((scene) => String(scene.sceneName)));
    const { inputs } = await this.obs.call('GetInputList');
    const inputNames = new Set(inputs.map((input) => String(input.inputName)));

    if (!sceneNames.has(OCOP_SCENE)) {
      await this.obs.call('CreateScene', { sceneName: OCOP_SCENE });
      created.push(OCOP_SCENE);
      // The camera scene the seller was using goes underneath, so the new scene is ready to go live.
      if (currentProgramSceneName && currentProgramSceneName !== OCOP_SCENE) {
        await this.obs.call('CreateSceneItem', { sceneName: OCOP_SCENE, sourceName: currentProgramSceneName });
      }
    }

    const factor = canvasFactor(layout, canvas.width);
    const ownItems: string[] = [];
    if (mode === 'native') {
      const settings = nativeSettings(view, files, layout);
      for (const kind of OVERLAY_KINDS) {
        const sceneName = nativeSceneName(kind);
        if (!sceneNames.has(sceneName)) {
          await this.obs.call('CreateScene', { sceneName });
          created.push(sceneName);
        }
        const items = await this.sceneItems(sceneName);
        for (const [index, part] of nativeParts(kind, layout).entries()) {
          const inputSettings = settings.get(part.name) ?? {};
          let itemId = items.find((item) => item.sourceName === part.name)?.sceneItemId;
          if (!inputNames.has(part.name)) {
            itemId = (await this.obs.call('CreateInput', { sceneName, inputName: part.name, inputKind: part.inputKind, inputSettings, sceneItemEnabled: true })).sceneItemId;
            created.push(part.name);
          } else {
            await this.obs.call('SetInputSettings', { inputName: part.name, inputSettings, overlay: true });
            if (itemId === undefined) {
              itemId = (await this.obs.call('CreateSceneItem', { sceneName, sourceName: part.name })).sceneItemId;
              created.push(`${sceneName} ← ${part.name}`);
            }
          }
          this.sentSettings.set(part.name, JSON.stringify(inputSettings));
          const transform: JsonObject = part.fit
            ? {
                positionX: Math.round(part.x * factor),
                positionY: Math.round(part.y * factor),
                alignment: TOP_LEFT,
                boundsType: 'OBS_BOUNDS_SCALE_INNER',
                boundsWidth: Math.round(part.fit.w * factor),
                boundsHeight: Math.round(part.fit.h * factor),
                boundsAlignment: 0,
              }
            : { positionX: Math.round(part.x * factor), positionY: Math.round(part.y * factor), alignment: TOP_LEFT, boundsType: 'OBS_BOUNDS_NONE', scaleX: factor, scaleY: factor };
          await this.obs.call('SetSceneItemTransform', { sceneName, sceneItemId: itemId, sceneItemTransform: transform });
          await this.obs.call('SetSceneItemIndex', { sceneName, sceneItemId: itemId, sceneItemIndex: index });
          await this.obs.call('SetSceneItemEnabled', { sceneName, sceneItemId: itemId, sceneItemEnabled: true });
        }
        ownItems.push(sceneName);
      }
    } else {
      for (const kind of OVERLAY_KINDS) {
        const inputName = browserSourceName(kind);
        const inputSettings = {
          url: `${overlayBaseUrl.replace(/\/$/, '')}/overlays/${kind}?layout=${layout}`,
          width: canvas.width,
          height: canvas.height,
          css: '',
          shutdown: false,
          restart_when_active: false,
          reroute_audio: false,
        };
        if (!inputNames.has(inputName)) {
          await this.obs.call('CreateInput', { sceneName: OCOP_SCENE, inputName, inputKind: 'browser_source', inputSettings });
          created.push(inputName);
        } else {
          await this.obs.call('SetInputSettings', { inputName, inputSettings, overlay: true });
        }
        ownItems.push(inputName);
      }
    }

    // OCOP Live holds each overlay once, on top of whatever the seller put there, full canvas.
    const otherMode = new Set(OVERLAY_KINDS.map((kind) => (mode === 'native' ? browserSourceName(kind) : nativeSceneName(kind))));
    let items = await this.sceneItems(OCOP_SCENE);
    for (const item of items) if (otherMode.has(item.sourceName)) await this.obs.call('RemoveSceneItem', { sceneName: OCOP_SCENE, sceneItemId: item.sceneItemId });
    for (const [index, sourceName] of ownItems.entries()) {
      const kind = OVERLAY_KINDS[index]!;
      let itemId = items.find((item) => item.sourceName === sourceName)?.sceneItemId;
      if (itemId === undefined) {
        itemId = (await this.obs.call('CreateSceneItem', { sceneName: OCOP_SCENE, sourceName })).sceneItemId;
        created.push(`${OCOP_SCENE} ← ${sourceName}`);
      }
      await this.obs.call('SetSceneItemTransform', {
        sceneName: OCOP_SCENE,
        sceneItemId: itemId,
        sceneItemTransform: { positionX: 0, positionY: 0, alignment: TOP_LEFT, boundsType: 'OBS_BOUNDS_NONE', scaleX: 1, scaleY: 1 },
      });
      if (mode === 'native') this.overlayItems.set(kind, itemId);
    }
    items = await this.sceneItems(OCOP_SCENE);
    for (const sourceName of ownItems) {
      const itemId = items.find((item) => item.sourceName === sourceName)?.sceneItemId;
      if (itemId !== undefined) await this.obs.call('SetSceneItemIndex', { sceneName: OCOP_SCENE, sceneItemId: itemId, sceneItemIndex: items.length - 1 });
    }

    this.ready = true;
    await this.sync(view, files);
    return { mode, scene: OCOP_SCENE, canvas, layout, created };
  }

  /** Native mode: sends what changed since last time (texts, images, sizes) and shows or hides each overlay. */
  async sync(view: OverlayView, files: NativeFiles): Promise<void> {
    if (!this.ready || this.mode !== 'native' || !this.obs.connected) return;
    const requests: { requestType: 'SetInputSettings' | 'SetSceneItemEnabled'; requestData: Record<string, unknown> }[] = [];
    for (const [inputName, inputSettings] of nativeSettings(view, files, this.layout)) {
      const text = JSON.stringify(inputSettings);
      if (this.sentSettings.get(inputName) === text) continue;
      this.sentSettings.set(inputName, text);
      requests.push({ requestType: 'SetInputSettings', requestData: { inputName, inputSettings, overlay: true } });
    }
    for (const kind of OVERLAY_KINDS) {
      const itemId = this.overlayItems.get(kind);
      const enabled = view.visible[kind];
      if (itemId === undefined || this.sentEnabled.get(kind) === enabled) continue;
      this.sentEnabled.set(kind, enabled);
      requests.push({ requestType: 'SetSceneItemEnabled', requestData: { sceneName: OCOP_SCENE, sceneItemId: itemId, sceneItemEnabled: enabled } });
    }
    if (requests.length === 0) return;
    const results = await this.obs.callBatch(requests as Parameters<ObsConnection['callBatch']>[0]);
    for (const [index, result] of results.entries()) {
      if (result.requestStatus.result) continue;
      // Send it again next time rather than believe OBS has it.
      const data = requests[index]?.requestData;
      if (data && typeof data.inputName === 'string') this.sentSettings.delete(data.inputName);
      this.sentEnabled.clear();
      console.error(`[obs] ${result.requestType} failed: ${result.requestStatus.comment ?? result.requestStatus.code}`);
    }
  }

  /** Where each overlay sits on this canvas (for people reading the scene in OBS). */
  boxes(): Record<OverlayKind, { x: number; y: number; w: number; h: number }> {
    const factor = canvasFactor(this.layout, this.canvas.width);
    const scaled = {} as Record<OverlayKind, { x: number; y: number; w: number; h: number }>;
    for (const kind of OVERLAY_KINDS) {
      const b = OVERLAY_BOXES[this.layout][kind];
      scaled[kind] = { x: Math.round(b.x * factor), y: Math.round(b.y * factor), w: Math.round(b.w * factor), h: Math.round(b.h * factor) };
    }
    return scaled;
  }

  private async sceneItems(sceneName: string): Promise<SceneItem[]> {
    const { sceneItems } = await this.obs.call('GetSceneItemList', { sceneName });
    return sceneItems.map((item) => ({ sceneItemId: Number(item.sceneItemId), sourceName: String(item.sourceName) }));
  }

  private async findOverlayItems(): Promise<void> {
    const items = await this.sceneItems(OCOP_SCENE);
    for (const kind of OVERLAY_KINDS) {
      const itemId = items.find((item) => item.sourceName === nativeSceneName(kind))?.sceneItemId;
      if (itemId !== undefined) this.overlayItems.set(kind, itemId);
    }
  }
}
