import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveSourceEndpoints, SOURCE_ENDPOINT_ENV } from '../../app/sources/source-endpoints';
import { DEFAULT_PORT, startServer } from '../../server/http-server';
import { webRoutes } from '../../server/routes';
import { defaultDataDir } from '../data-dir';
import { fail, orFail } from '../fail';
import { openAppOrExit } from '../open-book';

const RENDERER_DIR = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Chạy ứng dụng dạng web tại http://127.0.0.1:4545 (run the app as a local web app)')
    .option('--port <port>', 'cổng (port)', String(DEFAULT_PORT))
    .option('--data-dir <dir>', 'thư mục dữ liệu (data folder)', defaultDataDir())
    .option('--twitch-url <url>', `địa chỉ máy chủ chat Twitch, qua proxy (Twitch IRC WebSocket URL; or $${SOURCE_ENDPOINT_ENV.twitchUrl})`)
    .option('--youtube-api-base <url>', `địa chỉ gốc YouTube Data API (YouTube API base URL; or $${SOURCE_ENDPOINT_ENV.youtubeApiBase})`)
    .option('--facebook-graph-base <url>', `địa chỉ gốc Facebook Graph API (Facebook Graph API base URL; or $${SOURCE_ENDPOINT_ENV.facebookGraphBase})`)
    .action(async (options: { port: string; dataDir: string; twitchUrl?: string; youtubeApiBase?: string; facebookGraphBase?: string }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`Cổng không hợp lệ: ${options.port} (invalid port)`);
      const endpoints = orFail(() => resolveSourceEndpoints(options));
      const dataDir = resolve(options.dataDir);
      const databasePath = join(dataDir, 'ocop-live.db');
      // A too-new, damaged or locked book: what to do, not a stack.
      // The app a seller works in: it recovers a rehearsal a crash cut short.
      const app = openAppOrExit({ dataDir, databasePath, mode: 'web', sources: { endpoints }, recoverCrashedRehearsals: true }, '--data-dir');
      const server = await startServer({ app, port, staticDir: RENDERER_DIR, routes: webRoutes(app) }).catch(
        (error: NodeJS.ErrnoException) => {
          app.close();
          if (error.code === 'EADDRINUSE') fail(`Cổng ${port} đang bận; thử --port khác (port ${port} is in use; try another --port)`);
          throw error;
        },
      );
      console.log(`OCOP Live đang chạy tại ${server.url}  (data: ${databasePath})`);
      console.log('Nhấn Ctrl+C để dừng (press Ctrl+C to stop).');
      const stop = () => {
        void server.close().then(() => {
          app.close();
          process.exit(0);
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
