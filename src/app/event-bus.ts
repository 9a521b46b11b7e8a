import type { AppEvent, EventName, EventPayload } from './contract';

type Listener = (event: AppEvent) => void;

/** The app's events, fanned out to the UI, overlays and tests. A failing listener never stops the others. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<N extends EventName>(event: N, payload: EventPayload<N>): void {
    const message = { event, payload } as AppEvent;
    for (const listener of this.listeners) {
      try {
        listener(message);
      } catch (error) {
        console.error(`[events] listener failed on ${event}:`, error);
      }
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.listeners.size;
  }
}
