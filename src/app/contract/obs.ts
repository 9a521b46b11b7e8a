// OBS Studio control over obs-websocket (v5): connection, the "OCOP Live"
// scene with the overlays, scene switching and a live preview.
import { z } from 'zod';
import { defineCommands, defineEvents } from './define';

const empty = z.object({}).default({});

export const obsStatusSchema = z.object({
  state: z.enum(['disconnected', 'connecting', 'connected', 'reconnecting']),
  host: z.string(),
  port: z.number().int(),
  obsVersion: z.string().nullable(),
  websocketVersion: z.string().nullable(),
  /** The last problem, in Vietnamese and English, with the steps to fix it. */
  error: z.object({ code: z.string(), message: z.string(), messageEn: z.string() }).nullable(),
  overlayMode: z.enum(['browser', 'native']).nullable(),
  sceneReady: z.boolean(),
  passwordSaved: z.boolean(),
});
export type ObsStatusView = z.output<typeof obsStatusSchema>;

const scenesSchema = z.object({ current: z.string(), scenes: z.array(z.string()) });

// Overlay pages are served by this app on this machine only.
const localBaseUrl = z
  .string()
  .trim()
  .regex(/^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d{1,5}\/?$/, 'Địa chỉ trang lớp phủ phải là http://127.0.0.1:<cổng>');

export const obsCommands = defineCommands({
  getObsStatus: { summary: 'Whether OBS is connected, to what, and the last problem.', input: empty, output: obsStatusSchema },
  connectObs: {
    summary: 'Connect to OBS (Tools → WebSocket Server Settings shows the port and password). remember saves the password in the secret store.',
    input: z.object({
      host: z.string().trim().min(1).max(255).default('127.0.0.1'),
      port: z.number().int().min(1).max(65535).default(4455),
      /** Absent: the saved password, if any. */
      password: z.string().max(200).optional(),
      remember: z.boolean().default(true),
    }),
    output: obsStatusSchema,
  },
  disconnectObs: { summary: 'Disconnect from OBS and stop reconnecting.', input: empty, output: obsStatusSchema },
  setupObsScene: {
    summary: 'Create or repair the "OCOP Live" scene with every overlay, sized for the canvas. Running it again makes no duplicates.',
    input: z.object({ overlayBaseUrl: localBaseUrl.default('http://127.0.0.1:4545') }),
    output: z.object({
      mode: z.enum(['browser', 'native']),
      scene: z.string(),
      canvas: z.object({ width: z.number().int(), height: z.number().int() }),
      layout: z.enum(['landscape', 'portrait']),
      created: z.array(z.string()),
    }),
  },
  listObsScenes: { summary: 'The scenes of OBS and the one on air.', input: empty, output: scenesSchema },
  switchObsScene: { summary: 'Put another scene on air.', input: z.object({ sceneName: z.string().min(1).max(500) }), output: scenesSchema },
  getObsScreenshot: {
    summary: 'A picture of what is on air (or of one scene) for the live preview.',
    input: z.object({ sceneName: z.string().min(1).max(500).optional(), width: z.number().int().min(64).max(1920).default(480) }),
    output: z.object({ sceneName: z.string(), imageDataUrl: z.string(), takenAt: z.string() }),
  },
});

export const obsEvents = defineEvents({
  obsStatusChanged: obsStatusSchema,
  /** A scene was added, removed or put on air in OBS. */
  obsScenesChanged: z.object({}),
});

