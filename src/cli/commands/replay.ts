// `ocop-live replay TRANSCRIPT.jsonl --catalog FILE --db FILE [--session NAME] [--speed N] [--json]`
import type { Command } from 'commander';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { AppError } from '../../app/errors';
import { replayTranscript } from '../../app/ingest/replay';
import { formatVnd } from '../../core/money/vnd';
import { fail } from '../fail';
import { openAppOrExit } from '../open-book';

interface ReplayFlags {
  catalog: string;
  db: string;
  session?: string;
  speed?: string;
  json?: boolean;
}

export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('Nạp lại một bản ghi bình luận như một buổi live (replay a saved chat transcript as a stream would)')
    .argument('<transcript>', 'tệp JSON lines: {"id","user","text","ts","platform","showcase"?} mỗi dòng')
    .requiredOption('--catalog <file>', 'danh mục CSV, nhập vào cơ sở dữ liệu trước (catalog CSV, imported first, all or nothing)')
    .requiredOption('--db <file>', 'tệp cơ sở dữ liệu SQLite (order book database file)')
    .option('--session <name>', 'tên phiên (session name; default: "Replay <transcript file name>")')
    .option('--speed <n>', 'tốc độ N × thời gian thực theo ts (N × real time; default: as fast as possible)')
    .option('--json', 'in mỗi bình luận đã lưu và bản tổng kết dưới dạng JSON lines (JSON lines output)')
    .action(async (transcript: string, flags: ReplayFlags) => {
      const speed = flags.speed === undefined ? undefined : Number(flags.speed);
      if (speed !== undefined && !(speed > 0 && Number.isFinite(speed))) fail(`--speed phải là số dương (must be a positive number): ${flags.speed}`);
      if (!existsSync(transcript)) fail(`Không tìm thấy tệp ${transcript} (no such file)`);
      let csv: string;
      try {
        csv = readFileSync(flags.catalog, 'utf8');
      } catch {
        fail(`Không đọc được danh mục ${flags.catalog} (cannot read the catalog)`);
      }
      const databasePath = resolve(flags.db);
      const app = openAppOrExit({ dataDir: dirname(databasePath), databasePath, mode: 'web', resumeObs: false }, '--db');
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        app.close();
      };
      process.once('SIGINT', () => {
        close();
        process.exit(130);
      });
      try {
        const ctx = app.context;
        const sessionName = flags.session ?? `Replay ${basename(transcript)}`;
        const resuming = ctx.live.findByName(sessionName);
        try {
          // Resuming a replay (after a crash, or to add more lines) keeps the stock its orders took:
          // importing the catalog again would put the stock back to the file's numbers.
          const result = await app.call('importCatalogCsv', { csv, dryRun: resuming !== undefined });
          if (resuming) console.error(`Tiếp tục phiên "${sessionName}": danh mục hợp lệ, không nhập lại (resuming the session: the catalog is valid and not imported again).`);
          else if (!flags.json) console.log(`Đã nhập danh mục: ${result.added} mới, ${result.updated} cập nhật (catalog imported)`);
        } catch (error) {
          if (error instanceof AppError && Array.isArray(error.details)) {
            for (const issue of error.details as { line: number; message: string; messageEn: string }[]) {
              console.error(`danh mục dòng ${issue.line}: ${issue.message} (${issue.messageEn})`);
            }
          }
          console.error(error instanceof AppError ? `${error.message} / ${error.messageEn}` : error);
          close();
          process.exit(1);
        }
        const session = resuming ?? ctx.live.named(sessionName, 'replay');
        const write = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
        const lines = createInterface({ input: createReadStream(transcript, 'utf8'), crlfDelay: Infinity });
        const tally = await replayTranscript(ctx, lines, {
          sessionId: session.id,
          speed,
          onBadLine: (line, message) => console.error(`dòng ${line}: ${message}`),
          onReceipt: flags.json
            ? (line, receipt) =>
                write({
                  id: line.id,
                  line: line.lineNumber,
                  status: receipt.status,
                  chatMessageId: receipt.chatMessageId,
                  intent: receipt.outcome?.intent ?? null,
                  action: receipt.outcome?.action ?? null,
                  orderCode: receipt.outcome?.orderCode ?? null,
                })
            : undefined,
        });
        const orders = ctx.orderBook.repos.orders.list({ sessionId: session.id }).filter((order) => order.status !== 'cancelled');
        const value = orders.reduce((sum, order) => sum + order.total, 0);
        const waiting = ctx.orderBook.repos.waitlist.list({ sessionId: session.id, status: 'waiting' }).length;
        const review = ctx.orderBook.repos.reviews.list({ sessionId: session.id, status: 'open' }).length;
        const summary = {
          session: session.name,
          sessionId: session.id,
          ...tally,
          elapsedMs: Math.round(tally.elapsedMs),
          commentsPerSecond: tally.elapsedMs > 0 ? Math.round(((tally.stored + tally.alreadyStored) / tally.elapsedMs) * 1000) : null,
          orders: orders.length,
          orderValue: value,
          waiting,
          review,
        };
        if (flags.json) write({ summary });
        else {
          console.log(`Phiên "${session.name}" (session #${session.id})`);
          console.log(`  bình luận: ${tally.lines} dòng, ${tally.stored} lưu mới, ${tally.alreadyStored} đã có từ trước, ${tally.badLines} dòng lỗi, ${tally.failed} thất bại`);
          console.log(`  ý định (intents): ${Object.entries(tally.intents).map(([k, v]) => `${k} ${v}`).join(', ') || '—'}`);
          console.log(`  kết quả (actions): ${Object.entries(tally.actions).map(([k, v]) => `${k} ${v}`).join(', ') || '—'}`);
          console.log(`  đơn hàng (orders): ${orders.length}, tổng ${formatVnd(value)}; chờ hàng (waiting) ${waiting}; cần xem lại (review) ${review}`);
          console.log(`  thời gian (elapsed): ${(tally.elapsedMs / 1000).toFixed(2)} s${summary.commentsPerSecond ? `, ${summary.commentsPerSecond} bình luận/s` : ''}`);
        }
        ctx.live.end(session.id);
        close();
        if (tally.failed > 0) process.exitCode = 1;
      } catch (error) {
        close();
        throw error;
      }
    });
}
