import type { obsCommands } from '../contract/obs';
import type { HandlersFor } from './define';

export const obsHandlers: HandlersFor<typeof obsCommands> = {
  getObsStatus: (_input, ctx) => ctx.obs.status(),
  connectObs: (input, ctx) => ctx.obs.connect(input),
  disconnectObs: (_input, ctx) => ctx.obs.disconnect(),
  setupObsScene: ({ overlayBaseUrl }, ctx) => ctx.obs.setupScene(overlayBaseUrl),
  listObsScenes: (_input, ctx) => ctx.obs.scenes(),
  switchObsScene: ({ sceneName }, ctx) => ctx.obs.switchScene(sceneName),
  getObsScreenshot: (input, ctx) => ctx.obs.screenshot(input),
};
