/**
 * When a card opens and closes, as an explicit state machine in the manner of Wikipedia's
 * Page Previews: open after a dwell, close a little after the pointer leaves both the mark
 * and the card, never close while the pointer is in the card. Timers are injected so the
 * behaviour is testable without a page.
 */

/**
 * Page Previews waits 500 ms before showing (chosen in their A/B tests to keep pass-overs from
 * firing cards; users of other hover extensions complain of exactly that, e.g.
 * wikitree-browser-extension#25).
 */
export const SHOW_DELAY_MS = 500;
/**
 * Page Previews hides 300 ms after the pointer leaves: long enough to cross the gap between
 * the mark and the card without the card vanishing under the pointer.
 */
export const HIDE_DELAY_MS = 300;

export type HoverState<T> =
  | { kind: 'idle' }
  | { kind: 'pending'; target: T }
  | { kind: 'open'; target: T; inCard: boolean; overMark: boolean }
  | { kind: 'closing'; target: T };

export interface HoverEffects<T> {
  show(target: T): void;
  hide(): void;
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

export class HoverIntent<T> {
  state: HoverState<T> = { kind: 'idle' };
  private timer: unknown = null;

  constructor(
    private readonly effects: HoverEffects<T>,
    private readonly same: (a: T, b: T) => boolean = Object.is,
    private readonly timers: Timers = realTimers,
    /** The dwell before a card opens, read at each hover so a changed setting applies at once. */
    private readonly showDelay: () => number = () => SHOW_DELAY_MS,
  ) {}

  /** The pointer is over a mark (or `null`: over nothing of ours). */
  overMark(target: T | null): void {
    const s = this.state;
    if (target === null) {
      if (s.kind === 'pending') this.to({ kind: 'idle' });
      else if (s.kind === 'open') {
        if (s.inCard) this.state = { ...s, overMark: false };
        else this.startClosing(s.target);
      }
      return;
    }
    if ((s.kind === 'open' || s.kind === 'closing') && this.same(s.target, target)) {
      this.cancel();
      this.state = { kind: 'open', target, inCard: s.kind === 'open' && s.inCard, overMark: true };
      return;
    }
    // Still the same mark: its dwell goes on, and the card opens where the pointer is now
    // (the line of a wrapped name under the pointer, not the line it entered by).
    if (s.kind === 'pending' && this.same(s.target, target)) {
      this.state = { kind: 'pending', target };
      return;
    }
    // A new mark: the open card goes, and the new one waits for its own dwell.
    if (s.kind === 'open' || s.kind === 'closing') this.effects.hide();
    this.cancel();
    this.state = { kind: 'pending', target };
    const delay = this.showDelay();
    if (delay <= 0) return this.open(target);
    this.timer = this.timers.set(() => {
      const now = this.state;
      this.open(now.kind === 'pending' ? now.target : target);
    }, delay);
  }

  enterCard(): void {
    const s = this.state;
    if (s.kind === 'closing') {
      this.cancel();
      this.state = { kind: 'open', target: s.target, inCard: true, overMark: false };
    } else if (s.kind === 'open') this.state = { ...s, inCard: true };
  }

  leaveCard(): void {
    const s = this.state;
    if (s.kind === 'open' && !s.overMark) this.startClosing(s.target);
    else if (s.kind === 'open') this.state = { ...s, inCard: false };
  }

  /** Opens at once: a tap, a keyboard command. */
  openNow(target: T): void {
    this.open(target);
  }

  /** Closes at once: Escape, a click elsewhere, the page scrolling the mark away. */
  close(): void {
    if (this.state.kind === 'idle') return;
    const wasShown = this.state.kind === 'open' || this.state.kind === 'closing';
    this.to({ kind: 'idle' });
    if (wasShown) this.effects.hide();
  }

  private open(target: T): void {
    this.cancel();
    this.state = { kind: 'open', target, inCard: false, overMark: true };
    this.effects.show(target);
  }

  private startClosing(target: T): void {
    this.cancel();
    this.state = { kind: 'closing', target };
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.state = { kind: 'idle' };
      this.effects.hide();
    }, HIDE_DELAY_MS);
  }

  private to(state: HoverState<T>): void {
    this.cancel();
    this.state = state;
  }

  private cancel(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }
}
