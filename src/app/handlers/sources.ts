import type { sourcesCommands } from '../contract/sources';
import type { HandlersFor } from './define';

export const sourcesHandlers: HandlersFor<typeof sourcesCommands> = {
  listSources: (input, ctx) => ctx.sources.list(input.sessionId),
  connectSource: (input, ctx) => ctx.sources.connect(input),
  disconnectSource: (input, ctx) => ctx.sources.disconnect(input.id),
  listSourceSecrets: (_input, ctx) => ctx.sources.secretStatus(),
  saveSourceSecret: async (input, ctx) => {
    await ctx.secrets.set(input.key, input.value);
    return { key: input.key, stored: true as const };
  },
  deleteSourceSecret: async (input, ctx) => {
    await ctx.secrets.delete(input.key);
    return { key: input.key, stored: false as const };
  },
};
