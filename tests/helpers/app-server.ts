// A real app on a real SQLite file in a temp folder, served on 127.0.0.1 at
// an ephemeral port: what integration and end-to-end tests talk to.
import { fileURLToPath } from 'node:url';
import { createApp, type App } from '../../src/app/create-app';
import { startServer, type RunningServer } from '../../src/server/http-server';
import { webRoutes } from '../../src/server/routes';
import { makeTempDir } from './temp-dir';

export const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export interface TestServer {
  app: App;
  server: RunningServer;
  url: string;
  dataDir: string;
  /** POST /api/<name> and the parsed JSON answer with its status. */
  post(name: string, body?: unknown): Promise<{ status: number; json: { ok: boolean; result?: unknown; error?: { code: string; message: string; messageEn: string; details?: unknown } } }>;
  close(): Promise<void>;
}

export async function startTestServer(options: { withUi?: boolean; dataDir?: string } = {}): Promise<TestServer> {
  const temp = options.dataDir ? undefined : makeTempDir();
  const dataDir = options.dataDir ?? temp!.dir;
  // Stands for `ocop-live serve`, the app a seller works in.
  const app = createApp({ dataDir, mode: 'test', recoverCrashedRehearsals: true });
  const server = await startServer({
    app,
    port: 0,
    staticDir: options.withUi ? RENDERER_DIR : undefined,
    routes: webRoutes(app),
  });
  return {
    app,
    server,
    url: server.url,
    dataDir,
    async post(name, body) {
      const response = await fetch(`${server.url}/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? '' : JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as Awaited<ReturnType<TestServer['post']>>['json'] };
    },
    async close() {
      await server.close();
      app.close();
      temp?.cleanup();
    },
  };
}
