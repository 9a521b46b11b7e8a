// What the global shortcuts, the Live menu and the tray do: step the showcased
// product forwards or back through the catalog, hide it, hide every overlay.
// They go through the contract's commands like any other caller; a command
// this build does not have yet makes its action report "unavailable".
import { z } from 'zod';
import { isCommandName } from '../app/contract';
import { globalShortcutActionIds, type GlobalShortcutActionId } from '../app/contract/shortcuts';
import type { App } from '../app/create-app';

// The contract names them too, so Settings can show and change their keys.
export const showcaseActionIds = globalShortcutActionIds;
export type ShowcaseActionId = GlobalShortcutActionId;

export type ActionOutcome = { ok: true } | { ok: false; reason: 'unavailable' | 'empty-catalog' | 'failed'; detail?: string };

/** The commands each action needs; an action whose commands are missing is a hook waiting for them. */
export const actionCommands: Record<ShowcaseActionId, readonly string[]> = {
  showcaseNext: ['setShowcase', 'getLiveState', 'listProducts'],
  showcasePrevious: ['setShowcase', 'getLiveState', 'listProducts'],
  showcaseHide: ['setShowcase'],
  hideAllOverlays: ['hideAllOverlays'],
};

export function isActionAvailable(id: ShowcaseActionId): boolean {
  return actionCommands[id].every((name) => isCommandName(name));
}

const liveStateSchema = z.object({
  showcase: z.object({ product: z.object({ id: z.number() }).nullable() }).nullable(),
});
const productListSchema = z.array(z.object({ id: z.number() }));

export interface ShowcaseActions {
  run(id: ShowcaseActionId): Promise<ActionOutcome>;
}

export function createShowcaseActions(app: Pick<App, 'callUnknown'>, log: (message: string) => void): ShowcaseActions {
  async function step(direction: 1 | -1): Promise<ActionOutcome> {
    const products = productListSchema.parse(await app.callUnknown('listProducts', { query: '' }));
    if (products.length === 0) return { ok: false, reason: 'empty-catalog' };
    const state = liveStateSchema.parse(await app.callUnknown('getLiveState', {}));
    const current = state.showcase?.product?.id;
    const index = products.findIndex((product) => product.id === current);
    // Nothing on screen: "next" starts at the first product, "previous" at the last.
    const nextIndex = index === -1 ? (direction === 1 ? 0 : products.length - 1) : (index + direction + products.length) % products.length;
    await app.callUnknown('setShowcase', { productId: products[nextIndex]!.id });
    return { ok: true };
  }

  const actions: Record<ShowcaseActionId, () => Promise<ActionOutcome>> = {
    showcaseNext: () => step(1),
    showcasePrevious: () => step(-1),
    showcaseHide: async () => {
      await app.callUnknown('setShowcase', { productId: null });
      return { ok: true };
    },
    hideAllOverlays: async () => {
      await app.callUnknown('hideAllOverlays', {});
      return { ok: true };
    },
  };

  return {
    async run(id) {
      if (!isActionAvailable(id)) {
        log(`action ${id} unavailable: the contract has no ${actionCommands[id].filter((n) => !isCommandName(n)).join(', ')} yet`);
        return { ok: false, reason: 'unavailable' };
      }
      try {
        return await actions[id]();
      } catch (error) {
        log(`action ${id} failed: ${(error as Error).message}`);
        return { ok: false, reason: 'failed', detail: (error as Error).message };
      }
    },
  };
}
