// `ocop-live listen --source twitch:CHANNEL [--source youtube:VIDEO_ID ...] --catalog FILE --db FILE [--session NAME]`
// Reads live chat from one or more platforms into one session until Ctrl+C,
// printing one JSON line per event: comment, order, source state, activity.
// Keys and tokens come from environment variables or the secret store of the
// data folder; they are never printed.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '../../app/errors';
import { sourcePlatformSchema, type SourcePlatform } from '../../app/contract/sources';
import { resolveSourceEndpoints, SOURCE_ENDPOINT_ENV } from '../../app/sources/source-endpoints';
import { missingSecret } from '../../app/sources/source-manager';
import type { AppEvent } from '../../app/contract';
import { FileSecretStore } from '../../adapters/secrets/file-secret-store';
import { fail, orFail } from '../fail';
import { openAppOrExit } from '../open-book';

interface ListenFlags {
  source: string[];
  catalog?: string;
  db: string;
  session?: string;
  dataDir?: string;
  twitchUrl?: string;
  youtubeApiBase?: string;
  facebookGraphBase?: string;
  seed?: string;
  limit?: string;
  speed?: string;
}

/** Environment variables that may carry a platform's key or token. */
export const SECRET_ENV: Partial<Record<SourcePlatform, string>> = {
  youtube: 'OCOP_YOUTUBE_API_KEY',
  facebook: 'OCOP_FACEBOOK_ACCESS_TOKEN',
  tiktok: 'OCOP_TIKTOK_SIGN_API_KEY',
};

export function parseSourceSpec(spec: string): { platform: SourcePlatform; target: string } {
  const at = spec.indexOf(':');
  const platform = sourcePlatformSchema.safeParse(at > 0 ? spec.slice(0, at).toLowerCase() : '');
  const target = at > 0 ? spec.slice(at + 1).trim() : '';
  if (!platform.success || target === '') {
    throw new Error(`--source phải có dạng nền_tảng:mục_tiêu, ví dụ twitch:ocopshop (must be platform:target; platforms: ${sourcePlatformSchema.options.join(', ')}): ${spec}`);
  }
  return { platform: platform.data, target };
}

const collect = (value: string, previous: string[]) => [...previous, value];
const write = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

export function registerListen(program: Command): void {
  program
    .command('listen')
    .description('Nhận bình luận live từ TikTok, Facebook, YouTube, Twitch (nhiều nền tảng cùng lúc) vào sổ đơn cho tới khi nhấn Ctrl+C (ingest live chat until interrupted)')
    .requiredOption('--source <platform:target>', 'twitch:KÊNH, youtube:VIDEO_ID, facebook:ID_TRANG (Page id or link), tiktok:USER, simulator:SỐ_MỖI_GIÂY, replay:TỆP (lặp lại được / repeatable)', collect, [])
    .requiredOption('--db <file>', 'tệp cơ sở dữ liệu SQLite (order book database file)')
    .option('--catalog <file>', 'danh mục CSV, nhập trước (catalog CSV, imported first, all or nothing)')
    .option('--session <name>', 'tên phiên live; dùng lại nếu đã có (session name; reused when it exists)')
    .option('--data-dir <dir>', 'thư mục chứa kho khoá bí mật (folder of the secret store; default: the database folder)')
    .option('--twitch-url <url>', `địa chỉ máy chủ chat Twitch, qua proxy (Twitch IRC WebSocket URL; or $${SOURCE_ENDPOINT_ENV.twitchUrl})`)
    .option('--youtube-api-base <url>', `địa chỉ gốc YouTube Data API (YouTube API base URL; or $${SOURCE_ENDPOINT_ENV.youtubeApiBase})`)
    .option('--facebook-graph-base <url>', `địa chỉ gốc Facebook Graph API (Facebook Graph API base URL; or $${SOURCE_ENDPOINT_ENV.facebookGraphBase})`)
    .option('--seed <n>', 'hạt giống cho simulator (simulator seed)')
    .option('--limit <n>', 'simulator dừng sau N bình luận (simulator stops after N comments)')
    .option('--speed <n>', 'tốc độ phát lại (replay speed, N × real time)')
    .addHelpText(
      'after',
      `\nKhoá và mã truy cập (keys and tokens): ${Object.entries(SECRET_ENV).map(([p, v]) => `${p}: $${v}`).join(', ')}; nếu không có thì dùng kho bí mật đã lưu (otherwise the saved secret store).`,
    )
    .action(async (flags: ListenFlags) => {
      let specs: { platform: SourcePlatform; target: string }[];
      try {
        specs = flags.source.map(parseSourceSpec);
      } catch (error) {
        fail((error as Error).message);
      }
      const number = (value: string | undefined, name: string) => {
        if (value === undefined) return undefined;
        const n = Number(value);
        if (!Number.isFinite(n) || n <= 0) fail(`${name} phải là số dương (must be a positive number): ${value}`);
        return n;
      };
      const seed = flags.seed === undefined ? undefined : Math.floor(Number(flags.seed));
      if (seed !== undefined && !(seed >= 0)) fail(`--seed không hợp lệ (invalid): ${flags.seed}`);
      const limit = number(flags.limit, '--limit');
      const endpoints = orFail(() => resolveSourceEndpoints(flags));
      const speed = number(flags.speed, '--speed');
      let csv: string | undefined;
      if (flags.catalog) {
        try {
          csv = readFileSync(flags.catalog, 'utf8');
        } catch {
          fail(`Không đọc được danh mục ${flags.catalog} (cannot read the catalog)`);
        }
      }

      const databasePath = resolve(flags.db);
      const dataDir = resolve(flags.dataDir ?? dirname(databasePath));
      const app = openAppOrExit(
        {
          dataDir,
          databasePath,
          mode: 'web',
          secrets: FileSecretStore.inDataDir(dataDir),
          sources: { endpoints },
        },
        '--db',
      );
      let closing = false;
      let sessionId: number | undefined;
      const shutdown = async (code: number) => {
        if (closing) return;
        closing = true;
        await app.context.sources.stopAll().catch(() => undefined);
        await app.context.ingest.drain().catch(() => undefined);
        // A replay's session spans its transcript, as `ocop-live replay` makes it (other kinds are left alone).
        if (sessionId !== undefined) {
          try {
            app.context.live.spanReplay(sessionId);
          } catch (error) {
            console.error('[listen] could not set the replay session\'s times:', error instanceof Error ? error.message : error);
          }
        }
        app.close();
        process.exit(code);
      };
      process.once('SIGINT', () => void shutdown(0));
      process.once('SIGTERM', () => void shutdown(0));

      try {
        if (csv !== undefined) await app.call('importCatalogCsv', { csv });
        // Only transcripts: a replay session, as `ocop-live replay` names it, so both give the same tally.
        const kind = specs.every((spec) => spec.platform === 'replay') ? 'replay' : 'live';
        const session = flags.session ? app.context.live.named(flags.session, kind) : app.context.live.get(app.context.live.currentId())!;
        sessionId = session.id;
        write({ type: 'session', sessionId: session.id, name: session.name });

        app.subscribe((event: AppEvent) => {
          switch (event.event) {
            case 'commentsIngested':
              for (const comment of event.payload.comments) if (comment.sessionId === session.id) write({ type: 'comment', ...comment });
              break;
            case 'orderChanged':
              if (event.payload.order.sessionId === session.id) write({ type: 'order', reason: event.payload.reason, ...event.payload.order });
              break;
            case 'sourceStateChanged':
              if (event.payload.sessionId === session.id) {
                write({ type: 'state', source: event.payload.id, platform: event.payload.platform, state: event.payload.state, counts: event.payload.counts });
                const all = app.context.sources.list(session.id);
                if (all.length === specs.length && all.every((s) => s.state.kind === 'ended' || s.state.kind === 'failed')) {
                  void shutdown(all.some((s) => s.state.kind === 'failed') ? 1 : 0);
                }
              }
              break;
            case 'sourceActivity':
              write({ type: 'activity', source: event.payload.sourceId, ...event.payload.activity });
              break;
            default:
              break;
          }
        });

        for (const spec of specs) {
          const envName = SECRET_ENV[spec.platform];
          const secret = envName ? process.env[envName]?.trim() || undefined : undefined;
          await app
            .call('connectSource', {
              platform: spec.platform,
              target: spec.platform === 'replay' ? resolve(spec.target) : spec.target,
              sessionId: session.id,
              ...(secret ? { secret, remember: false } : {}),
              ...(spec.platform === 'simulator' ? { simulator: { ...(seed !== undefined ? { seed } : {}), ...(limit !== undefined ? { limit } : {}) } } : {}),
              ...(spec.platform === 'replay' ? { replay: { speed: speed ?? 1 } } : {}),
            })
            .catch((error: unknown) => {
              // The app's advice is to enter and save the key in the UI, which a command line cannot do: name the variable instead.
              if (error instanceof AppError && error.code === 'SOURCE_SECRET_MISSING' && envName) throw missingSecret(spec.platform, envName);
              throw error;
            });
        }
      } catch (error) {
        if (error instanceof AppError) {
          if (Array.isArray(error.details)) {
            for (const issue of error.details as { line?: number; message: string; messageEn: string }[]) console.error(`${issue.line ? `dòng ${issue.line}: ` : ''}${issue.message} (${issue.messageEn})`);
          }
          console.error(`${error.message} / ${error.messageEn}`);
        } else {
          console.error(error instanceof Error ? error.message : error);
        }
        await shutdown(2);
      }
    });
}
