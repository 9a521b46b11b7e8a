// Records what a chat source emits, and waits for it: comments, states, activities.
import type { ChatMessage } from '../../src/core/chat/chat-message';
import type { ChatSource, LiveActivity, SourceState } from '../../src/adapters/chat/chat-source';

export interface SourceRecorder {
  messages: ChatMessage[];
  states: SourceState[];
  activities: LiveActivity[];
  /** State kinds in the order they happened. */
  kinds(): string[];
  until(predicate: () => boolean, timeoutMs?: number, what?: string): Promise<void>;
  stop(): void;
}

export function recordSource(source: ChatSource): SourceRecorder {
  const recorder: SourceRecorder = {
    messages: [],
    states: [],
    activities: [],
    kinds: () => recorder.states.map((state) => state.kind),
    async until(predicate, timeoutMs = 10_000, what = 'condition') {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) {
          throw new Error(`Timed out waiting for ${what}; states: ${recorder.kinds().join(' → ')}; ${recorder.messages.length} messages`);
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    stop: () => unsubscribe(),
  };
  const unsubscribe = source.subscribe((event) => {
    if (event.type === 'message') recorder.messages.push(event.message);
    else if (event.type === 'state') recorder.states.push(event.state);
    else recorder.activities.push(event.activity);
  });
  return recorder;
}
