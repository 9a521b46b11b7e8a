import { SettingsStore } from '../../adapters/sqlite/settings-store';
import type { liveCommands } from '../contract/live';
import { AppError, notFound } from '../errors';
import { REPEAT_WINDOW_SETTING } from '../ingest';
import type { HandlersFor } from './define';
import { runningRehearsal } from '../training/rehearsal-service';

export const liveHandlers: HandlersFor<typeof liveCommands> = {
  getLiveState: (_input, ctx) => {
    const session = ctx.live.current() ?? null;
    return {
      session,
      showcase: session ? ctx.live.showcase(session.id) : null,
      repeatWindowSeconds: ctx.ingest.repeatWindowMs / 1000,
    };
  },
  startSession: ({ name, kind, notes }, ctx) => {
    // Starting a session ends the open one: during a rehearsal that would leave its audience ordering into a closed practice session.
    const rehearsal = runningRehearsal(ctx);
    if (rehearsal) {
      throw new AppError(
        'REHEARSAL_RUNNING',
        `Đang diễn tập (${rehearsal.learnerName}). Hãy kết thúc hoặc bỏ buổi diễn tập trước khi mở phiên live.`,
        `A rehearsal is running (${rehearsal.learnerName}). Finish or abandon it before starting a live session.`,
        409,
      );
    }
    return ctx.live.start({ name, kind, notes });
  },
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
  listStaff: (_input, ctx) => ctx.staff.list(),
  setStaff: ({ staff, ...account }, ctx) => {
    const list = ctx.staff.set(account, staff);
    ctx.events.emit('staffChanged', { staff: list });
    return list;
  },
};
