/**
 * The pointer and key events we need, taken at the window in the capture phase by listeners
 * registered when the document starts, before any of the page's scripts run: a page that
 * stops these events at the window (some do, to own every click) stops them after we have
 * seen them. Until the marking code subscribes, each event costs one lookup in an empty map.
 * Lives in the content script; the marking code reaches it through a global of our world.
 */
export const INPUT_GLOBAL = '__contextCardsInput';

export type InputEvents = Pick<WindowEventMap, 'pointermove' | 'pointerdown' | 'pointerup' | 'keydown'>;
const TYPES: ReadonlyArray<keyof InputEvents> = ['pointermove', 'pointerdown', 'pointerup', 'keydown'];

export interface InputRelay {
  /** Calls `fn` for every `type` event the window sees, until `signal` aborts. */
  on<K extends keyof InputEvents>(type: K, fn: (e: InputEvents[K]) => void, signal: AbortSignal): void;
  /**
   * Listens again: `document.open()` erases every listener on the window. Safe to call when
   * nothing was erased (the listeners are taken off first, so none is doubled).
   */
  reattach(): void;
  /** Stops listening for good (this copy of the content script has stepped aside). */
  detach(): void;
}

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
  (globalThis as typeof globalThis & { [INPUT_GLOBAL]?: InputRelay })[INPUT_GLOBAL] = relay;
  return relay;
}

/** The relay the content script installed, if any (absent in unit tests and the scan command). */
export function inputRelay(): InputRelay | undefined {
  return (globalThis as typeof globalThis & { [INPUT_GLOBAL]?: InputRelay })[INPUT_GLOBAL];
}
