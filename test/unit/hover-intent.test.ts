import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDE_DELAY_MS, HoverIntent, SHOW_DELAY_MS, type Timers } from '../../data/core/pacing/hover-intent';

/** Every show and hide, in order. */
function setup() {
  const log: string[] = [];
  const hover = new HoverIntent<string>({ show: (t) => log.push(`show ${t}`), hide: () => log.push('hide') });
  return { hover, log };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('HoverIntent', () => {
  it('uses the Page Previews delays: 500 ms to show, 300 ms to hide', () => {
    expect(SHOW_DELAY_MS).toBe(500);
    expect(HIDE_DELAY_MS).toBe(300);
  });

  it('shows nothing before 500 ms of dwell, and the card at 500 ms', () => {
    const { hover, log } = setup();
    hover.overMark('portman');
    vi.advanceTimersByTime(499);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show portman']);
    expect(hover.state.kind).toBe('open');
  });

  it('does not restart the dwell when the pointer moves within the same mark', () => {
    const { hover, log } = setup();
    hover.overMark('portman');
    vi.advanceTimersByTime(300);
    hover.overMark('portman');
    vi.advanceTimersByTime(200);
    expect(log).toEqual(['show portman']);
  });

  it('opens where the pointer is at the end of the dwell, not where it entered the mark', () => {
    // A target is a mark seen at a point; the same mark is the same name, wherever on it.
    const log: string[] = [];
    type At = { mark: string; y: number };
    const hover = new HoverIntent<At>(
      { show: (t) => log.push(`show ${t.mark} at ${t.y}`), hide: () => log.push('hide') },
      (a, b) => a.mark === b.mark,
    );
    hover.overMark({ mark: 'tillman', y: 339 });
    vi.advanceTimersByTime(300);
    hover.overMark({ mark: 'tillman', y: 371 });
    vi.advanceTimersByTime(200);
    expect(log).toEqual(['show tillman at 371']);
  });

  it('shows nothing when the pointer leaves the mark before 500 ms', () => {
    const { hover, log } = setup();
    hover.overMark('portman');
    vi.advanceTimersByTime(400);
    hover.overMark(null);
    vi.advanceTimersByTime(5000);
    expect(log).toEqual([]);
    expect(hover.state.kind).toBe('idle');
  });

  it("hides 300 ms after the pointer leaves an open card's mark", () => {
    const { hover, log } = setup();
    hover.overMark('portman');
    vi.advanceTimersByTime(500);
    hover.overMark(null);
    vi.advanceTimersByTime(299);
    expect(log).toEqual(['show portman']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show portman', 'hide']);
    expect(hover.state.kind).toBe('idle');
  });

  it('keeps the card when the pointer comes back to the mark in time', () => {
    const { hover, log } = setup();
    hover.overMark('portman');
    vi.advanceTimersByTime(500);
    hover.overMark(null);
    vi.advanceTimersByTime(200);
    hover.overMark('portman');
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['show portman']);
    expect(hover.state.kind).toBe('open');
  });

  it('cancels the hide when the pointer enters the card', () => {
    const { hover, log } = setup();
    hover.overMark('portman');
    vi.advanceTimersByTime(500);
    hover.overMark(null);
    vi.advanceTimersByTime(200);
    hover.enterCard();
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['show portman']);
    expect(hover.state).toMatchObject({ kind: 'open', target: 'portman', inCard: true });
  });

  it('starts the hide when the pointer leaves the card', () => {
    const { hover, log } = setup();
    hover.overMark('portman');
    vi.advanceTimersByTime(500);
    hover.overMark(null);
    hover.enterCard();
    hover.leaveCard();
    vi.advanceTimersByTime(299);
    expect(log).toEqual(['show portman']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show portman', 'hide']);
  });

  it('stays open while the pointer is on the mark, even after leaving the card', () => {
    const { hover, log } = setup();
    hover.overMark('portman');
    vi.advanceTimersByTime(500);
    hover.enterCard();
    hover.leaveCard(); // back on the mark, which it never left
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['show portman']);
  });

  it('stays open while the pointer is in the card, even off the mark', () => {
    const { hover, log } = setup();
    hover.overMark('portman');
    vi.advanceTimersByTime(500);
    hover.enterCard();
    hover.overMark(null);
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['show portman']);
  });

  it('hides at once on close()', () => {
    const { hover, log } = setup();
    hover.overMark('portman');
    vi.advanceTimersByTime(500);
    hover.close();
    expect(log).toEqual(['show portman', 'hide']);
    expect(hover.state.kind).toBe('idle');
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['show portman', 'hide']);
  });

  it('close() while waiting to show cancels the show and hides nothing', () => {
    const { hover, log } = setup();
    hover.overMark('portman');
    vi.advanceTimersByTime(200);
    hover.close();
    vi.advanceTimersByTime(5000);
    expect(log).toEqual([]);
  });

  it('close() while closing hides once, not twice', () => {
    const { hover, log } = setup();
    hover.overMark('portman');
    vi.advanceTimersByTime(500);
    hover.overMark(null);
    hover.close();
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['show portman', 'hide']);
  });

  it("on a second mark, hides the first card and waits for the second mark's own dwell", () => {
    const { hover, log } = setup();
    hover.overMark('portman');
    vi.advanceTimersByTime(500);
    hover.overMark('dunham');
    expect(log).toEqual(['show portman', 'hide']);
    vi.advanceTimersByTime(499);
    expect(log).toEqual(['show portman', 'hide']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show portman', 'hide', 'show dunham']);
  });

  it("a second mark during the first mark's dwell restarts the dwell for the second", () => {
    const { hover, log } = setup();
    hover.overMark('portman');
    vi.advanceTimersByTime(400);
    hover.overMark('dunham');
    vi.advanceTimersByTime(400);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(log).toEqual(['show dunham']);
  });

  it('openNow shows at once', () => {
    const { hover, log } = setup();
    hover.openNow('portman');
    expect(log).toEqual(['show portman']);
  });

  it('uses injected timers when given them', () => {
    const pending: Array<{ fn: () => void; ms: number } | null> = [];
    const timers: Timers = {
      set: (fn, ms) => pending.push({ fn, ms }) - 1,
      clear: (h) => {
        pending[h as number] = null;
      },
    };
    const log: string[] = [];
    const hover = new HoverIntent<string>({ show: (t) => log.push(`show ${t}`), hide: () => log.push('hide') }, Object.is, timers);
    hover.overMark('portman');
    expect(pending.map((p) => p?.ms)).toEqual([500]);
    pending[0]!.fn();
    expect(log).toEqual(['show portman']);
    hover.overMark(null);
    expect(pending[1]?.ms).toBe(300);
    hover.enterCard();
    expect(pending[1]).toBeNull();
  });

  it('compares targets with the given equality', () => {
    const log: string[] = [];
    const hover = new HoverIntent<{ id: string }>(
      { show: (t) => log.push(`show ${t.id}`), hide: () => log.push('hide') },
      (a, b) => a.id === b.id,
    );
    hover.overMark({ id: 'x' });
    vi.advanceTimersByTime(300);
    hover.overMark({ id: 'x' }); // a new object for the same mark does not restart the dwell
    vi.advanceTimersByTime(200);
    expect(log).toEqual(['show x']);
  });

  it('reads the dwell from the setting at each hover, and opens at once for zero', () => {
    let delay = 1000;
    const log: string[] = [];
    const hover = new HoverIntent<string>(
      { show: (t) => log.push(`show ${t}`), hide: () => log.push('hide') },
      Object.is,
      undefined,
      () => delay,
    );
    hover.overMark('a');
    vi.advanceTimersByTime(999);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show a']);
    delay = 0;
    hover.overMark('b');
    expect(log).toEqual(['show a', 'hide', 'show b']);
  });
});
