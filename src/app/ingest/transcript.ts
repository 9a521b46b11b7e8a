// A saved chat transcript: one comment per JSON line, the parser's input
// format (ORDER-GRAMMAR.md) plus when it was sent and on which platform.
//   {"id":"c1","platform":"tiktok","user":"Lan","userId":"u1","text":"chốt 2 MO1","ts":"2026-11-22T12:00:01Z","showcase":"MO1"}
import { z } from 'zod';
import { platformSchema, type ChatMessage } from '../../core/chat/chat-message';

export const transcriptLineSchema = z.object({
  id: z.union([z.string().min(1).max(200), z.number().int()]).transform(String),
  platform: platformSchema.default('replay'),
  user: z.string().max(200),
  userId: z.string().min(1).max(200).optional(),
  text: z.string().max(10_000),
  /** ISO-8601, or epoch seconds / milliseconds. */
  ts: z.union([z.string(), z.number()]).optional(),
  /** The product code on screen (null: nothing); absent: unchanged. */
  showcase: z.string().max(20).nullable().optional(),
});
export type TranscriptLine = z.output<typeof transcriptLineSchema>;

/** Milliseconds since the epoch, or undefined when the line has no usable time. */
export function transcriptTime(ts: TranscriptLine['ts']): number | undefined {
  if (ts === undefined) return undefined;
  if (typeof ts === 'number' || /^\d+(\.\d+)?$/.test(ts)) {
    const value = Number(ts);
    // Seconds until the year 5138; milliseconds after.
    return value < 1e11 ? Math.round(value * 1000) : Math.round(value);
  }
  const parsed = Date.parse(ts);
  return Number.isNaN(parsed) ? undefined : parsed;
}

export function toChatMessage(line: TranscriptLine, fallbackTime: Date): ChatMessage {
  const at = transcriptTime(line.ts) ?? fallbackTime.getTime();
  return {
    platform: line.platform,
    messageId: line.id,
    userId: line.userId ?? line.user,
    userName: line.user,
    text: line.text,
    sentAt: new Date(at).toISOString(),
  };
}
