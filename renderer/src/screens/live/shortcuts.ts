// Keyboard shortcuts of the Live console, for the busy moments when a
// seller talks to the camera and cannot hunt for buttons. Keys act only when
// no text field has the focus.
import { useEffect, useRef } from 'react';

export interface ShortcutActions {
  showcaseIndex(index: number): void;
  hideShowcase(): void;
  manualOrder(): void;
  fixReview(): void;
  togglePause(): void;
  filter(name: 'all' | 'order' | 'question' | 'cancel'): void;
  toggleHelp(): void;
}

/** Shown on screen in this order: [keys, message key in the "live" namespace]. */
export const shortcutList: [string, string][] = [
  ['1 – 9', 'shortcuts.showcase'],
  ['0', 'shortcuts.hide'],
  ['N', 'shortcuts.manual'],
  ['F', 'shortcuts.fix'],
  ['P', 'shortcuts.pause'],
  ['A / O / Q / C', 'shortcuts.filter'],
  ['?', 'shortcuts.help'],
];

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useShortcuts(actions: ShortcutActions, enabled: boolean): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const a = ref.current;
      const key = event.key.toLowerCase();
      if (key >= '1' && key <= '9') a.showcaseIndex(Number(key) - 1);
      else if (key === '0') a.hideShowcase();
      else if (key === 'n') a.manualOrder();
      else if (key === 'f') a.fixReview();
      else if (key === 'p') a.togglePause();
      else if (key === 'a') a.filter('all');
      else if (key === 'o') a.filter('order');
      else if (key === 'q') a.filter('question');
      else if (key === 'c') a.filter('cancel');
      else if (key === '?') a.toggleHelp();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
