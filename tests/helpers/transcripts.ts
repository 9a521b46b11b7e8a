// Transcript and catalog files for the replay and crash tests, from the
// benchmarks' synthetic Vietnamese chat.
import { writeFileSync } from 'node:fs';
import { catalogCsv, syntheticCatalog, syntheticComments } from '../../bench/synthetic-chat';

/** Writes `count` comments as transcript lines (the parse input format plus ts, platform). */
export function writeTranscript(path: string, count: number, options: { users?: number; seed?: number; showcaseEvery?: number; gapMs?: number } = {}): string[] {
  const ids: string[] = [];
  const lines: string[] = [];
  for (const { message, showcase } of syntheticComments(count, options)) {
    ids.push(message.messageId);
    lines.push(
      JSON.stringify({
        id: message.messageId,
        platform: message.platform,
        user: message.userName,
        userId: message.userId,
        text: message.text,
        ts: message.sentAt,
        ...(showcase ? { showcase } : {}),
      }),
    );
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return ids;
}

/** The synthetic 50-product catalog, every product with `stock` units so stock runs out and waitlists form. */
export function writeCatalog(path: string, stock: number): void {
  writeFileSync(path, catalogCsv(syntheticCatalog().map((product) => ({ ...product, stock }))));
}
