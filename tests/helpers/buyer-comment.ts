// A buyer's comment through the app's ingest pipeline, as a chat source hands
// it over: what the browser tests put in the feed before looking at a screen.
import type { App } from '../../src/app/create-app';
import type { ChatMessage } from '../../src/core/chat/chat-message';

/** The `sequence`-th comment of a stream, 20 s after the one before. */
export function buyerComment(app: App, userName: string, text: string, sequence: number, prefix = 'e2e') {
  const message: ChatMessage = {
    platform: 'tiktok',
    messageId: `${prefix}-${sequence}`,
    userId: `id-${userName}`,
    userName,
    text,
    sentAt: new Date(Date.UTC(2026, 10, 22, 12, 0, sequence * 20)).toISOString(),
  };
  return app.context.ingest.submit(message);
}
