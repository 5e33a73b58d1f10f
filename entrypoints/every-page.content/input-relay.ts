/**
 * The pointer and key events we need, taken at the window in the capture phase by listeners
 * registered when the document starts, before any of the page's scripts run: a page that
 * stops these events at the window (some do, to own every click) stops them after we have
 * seen them. Until the marking code subscribes, each event costs one lookup in an empty map.
 * Lives in the every-page script; the marker reaches it through a global of our world.
 */
import { INPUT_GLOBAL, type InputEvents, type InputRelay, type World } from '../../data/contracts/world';

const TYPES: ReadonlyArray<keyof InputEvents> = ['pointermove', 'pointerdown', 'pointerup', 'keydown'];

export function installInputRelay(win: Window = window): InputRelay {
  const subscribers = new Map<string, Set<(e: Event) => void>>();
  const listeners = new Map<string, (e: Event) => void>();
  for (const type of TYPES) {
    listeners.set(type, (e) => {
      const fns = subscribers.get(type);
      if (fns) for (const fn of fns) fn(e);
    });
  }
  // Escape may be stopped on its way to the page once it closes our card: not passive.
  const options = (type: string): AddEventListenerOptions => ({ capture: true, passive: type !== 'keydown' });
  const attach = () => {
    for (const [type, fn] of listeners) win.addEventListener(type, fn, options(type));
  };
  attach();
  const relay: InputRelay = {
    on(type, fn, signal) {
      if (signal.aborted) return;
      const f = fn as (e: Event) => void;
      let fns = subscribers.get(type);
      if (!fns) subscribers.set(type, (fns = new Set()));
      fns.add(f);
      signal.addEventListener('abort', () => fns!.delete(f), { once: true });
    },
    reattach() {
      relay.detach();
      attach();
    },
    detach() {
      for (const [type, fn] of listeners) win.removeEventListener(type, fn, { capture: true });
    },
  };
  (globalThis as World)[INPUT_GLOBAL] = relay;
  return relay;
}
