import { SettingsStore } from '../../adapters/sqlite/settings-store';
import type { liveCommands } from '../contract/live';
import { notFound } from '../errors';
import { REPEAT_WINDOW_SETTING } from '../ingest';
import type { HandlersFor } from './define';

export const liveHandlers: HandlersFor<typeof liveCommands> = {
  getLiveState: (_input, ctx) => {
    const session = ctx.live.current() ?? null;
    return {
      session,
      showcase: session ? ctx.live.showcase(session.id) : null,
      repeatWindowSeconds: ctx.ingest.repeatWindowMs / 1000,
    };
  },
  startSession: ({ name, kind, notes }, ctx) => ctx.live.start({ name, kind, notes }),
  endSession: ({ id }, ctx) => {
    const sessionId = id ?? ctx.live.current()?.id;
    if (sessionId === undefined) throw notFound('phiên live đang mở', 'Open stream session');
    return ctx.live.end(sessionId);
  },
  listSessions: ({ limit }, ctx) => ctx.live.list(limit),
  setShowcase: ({ productId, sessionId }, ctx) => ctx.live.setShowcase(sessionId ?? ctx.live.currentId(), productId),
  listComments: ({ sessionId, beforeId, limit, intent }, ctx) => {
    const session = sessionId ?? ctx.live.current()?.id;
    if (session === undefined) return [];
    return ctx.orderBook.repos.chatLog.list({ sessionId: session, beforeId, limit, intent });
  },
  submitComment: ({ message, sessionId }, ctx) => ctx.ingest.submit(message, { sessionId }),
  setRepeatWindow: ({ seconds }, ctx) => {
    new SettingsStore(ctx.db).writeMany({ [REPEAT_WINDOW_SETTING]: seconds });
    ctx.ingest.repeatWindowMs = seconds * 1000;
    return { seconds };
  },
};
