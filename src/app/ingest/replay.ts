// Replays a saved transcript into a session as the stream would have fed
// it: the showcase changes when the transcript says, comments go through the
// same ingest pipeline, and with a speed the gaps between them are kept.
// Replaying the same transcript again (after a crash) changes nothing that
// was already stored.
import type { AppContext } from '../app-context';
import type { IngestReceipt } from './ingest-service';
import { toChatMessage, transcriptLineSchema, transcriptTime } from './transcript';

export interface ReplayOptions {
  sessionId: number;
  /** N × real time, using the gaps between `ts`; undefined: as fast as possible. */
  speed?: number;
  onReceipt?(line: { id: string; lineNumber: number }, receipt: IngestReceipt): void;
  onBadLine?(lineNumber: number, message: string): void;
  sleep?(ms: number): Promise<void>;
}

export interface ReplayTally {
  lines: number;
  badLines: number;
  stored: number;
  alreadyStored: number;
  failed: number;
  intents: Record<string, number>;
  actions: Record<string, number>;
  elapsedMs: number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function replayTranscript(ctx: AppContext, lines: AsyncIterable<string> | Iterable<string>, options: ReplayOptions): Promise<ReplayTally> {
  const started = performance.now();
  const tally: ReplayTally = { lines: 0, badLines: 0, stored: 0, alreadyStored: 0, failed: 0, intents: {}, actions: {}, elapsedMs: 0 };
  const sleep = options.sleep ?? defaultSleep;
  const { sessionId, speed } = options;
  let previousTime: number | undefined;
  let lineNumber = 0;
  let firstError: unknown;
  const inFlight = new Set<Promise<void>>();

  for await (const raw of lines) {
    lineNumber += 1;
    if (raw.trim() === '') continue;
    tally.lines += 1;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      tally.badLines += 1;
      options.onBadLine?.(lineNumber, 'không phải JSON (not JSON)');
      continue;
    }
    const parsed = transcriptLineSchema.safeParse(json);
    if (!parsed.success) {
      tally.badLines += 1;
      options.onBadLine?.(lineNumber, parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
      continue;
    }
    const line = parsed.data;
    const time = transcriptTime(line.ts);
    if (speed !== undefined && time !== undefined && previousTime !== undefined && time > previousTime) {
      await sleep((time - previousTime) / speed);
    }
    if (time !== undefined) previousTime = time;
    const message = toChatMessage(line, ctx.now());

    if (line.showcase !== undefined) {
      const code = line.showcase === null || line.showcase === '' ? null : line.showcase.toUpperCase();
      if (code !== ctx.live.showcaseCode(sessionId)) {
        const product = code === null ? null : ctx.products.findByCode(code);
        if (product === undefined) options.onBadLine?.(lineNumber, `showcase ${code} không có trong danh mục (not in the catalog)`);
        else ctx.live.setShowcase(sessionId, product?.id ?? null, message.sentAt);
      }
    }

    const id = line.id;
    const here = lineNumber;
    // The transcript's clock, not the replaying machine's: orders then line up with the showcase timeline above.
    const work: Promise<void> = ctx.ingest.submit(message, { sessionId, clock: 'sent' }).then(
      (receipt) => {
        inFlight.delete(work);
        if (receipt.status === 'duplicate') tally.alreadyStored += 1;
        else {
          tally.stored += 1;
          const outcome = receipt.outcome!;
          tally.intents[outcome.intent] = (tally.intents[outcome.intent] ?? 0) + 1;
          tally.actions[outcome.action] = (tally.actions[outcome.action] ?? 0) + 1;
        }
        options.onReceipt?.({ id, lineNumber: here }, receipt);
      },
      (error: unknown) => {
        inFlight.delete(work);
        tally.failed += 1;
        firstError ??= error;
      },
    );
    inFlight.add(work);
    // Keep memory flat on a long transcript: let the pipeline catch up now and then.
    if (inFlight.size >= 20_000) await ctx.ingest.drain();
  }
  await ctx.ingest.drain();
  await Promise.all(inFlight);
  // Its start and end too, so the tally's chart runs over the stream, not over the day it was replayed.
  ctx.live.spanReplay(sessionId);
  tally.elapsedMs = performance.now() - started;
  if (tally.failed > 0 && firstError) console.error('[replay] first failure:', firstError);
  return tally;
}
