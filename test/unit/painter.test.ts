/**
 * The painter's registration rules, without a browser: which marks are registered (near the
 * screen, by their holder), what a far holder costs (nothing until a scroll), and the storm
 * hold's timing. A fake observer stands in for IntersectionObserver.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nearScreen, RELOOK_MS, type NearEntry } from '../../entrypoints/named-page/painter/near-screen';
import { HOLD_QUIET_MS, stormHold } from '../../entrypoints/named-page/painter/storm-hold';

function setup() {
  const registered = new Set<Range>();
  const observed = new Set<Element>();
  let report: (entries: readonly NearEntry[]) => void = () => {};
  const near = nearScreen(registered, (onEntries) => {
    report = onEntries;
    return { observe: (el) => observed.add(el), unobserve: (el) => observed.delete(el), disconnect: () => observed.clear() };
  });
  const box = (w = 10, h = 10) => ({ width: w, height: h });
  const seen = (el: Element, isIntersecting: boolean, rect = box()) => report([{ target: el, isIntersecting, boundingClientRect: rect }]);
  return { near, registered, observed, seen, box };
}

function rangeIn(p: Element): Range {
  const r = document.createRange();
  r.selectNodeContents(p.firstChild!);
  return r;
}

beforeEach(() => {
  document.body.innerHTML = '<p id="a">Natalie Portman</p><p id="b">Lena Dunham</p>';
});

describe('near-screen registration', () => {
  it('registers nothing until the observer says a holder is near; then all of its marks', () => {
    const { near, registered, observed, seen } = setup();
    const a = document.getElementById('a')!;
    const r1 = rangeIn(a);
    const r2 = document.createRange();
    r2.setStart(a.firstChild!, 0);
    r2.setEnd(a.firstChild!, 7);
    near.add(r1);
    near.add(r2);
    expect(observed).toEqual(new Set([a]));
    expect(registered.size).toBe(0);
    seen(a, true);
    expect(registered).toEqual(new Set([r1, r2]));
  });

  it('a mark added to a holder already near is registered at once', () => {
    const { near, registered, seen } = setup();
    const a = document.getElementById('a')!;
    near.add(rangeIn(a));
    seen(a, true);
    const later = document.createRange();
    later.setStart(a.firstChild!, 8);
    later.setEnd(a.firstChild!, 15);
    near.add(later);
    expect(registered.has(later)).toBe(true);
  });

  it('a holder gone far is unregistered and no longer observed, until a scroll looks again', () => {
    vi.useFakeTimers();
    const { near, registered, observed, seen } = setup();
    const a = document.getElementById('a')!;
    const r = rangeIn(a);
    near.add(r);
    seen(a, true);
    seen(a, false);
    expect(registered.size).toBe(0);
    expect(observed.has(a)).toBe(false);
    near.moved();
    near.moved(); // a second scroll event before the look: one look
    vi.advanceTimersByTime(RELOOK_MS);
    expect(observed.has(a)).toBe(true);
    vi.useRealTimers();
  });

  it('a holder with no box of its own (display: contents) counts as near', () => {
    const { near, registered, seen, box } = setup();
    const a = document.getElementById('a')!;
    near.add(rangeIn(a));
    seen(a, false, box(0, 0));
    expect(registered.size).toBe(1);
  });

  it('forgetting the last mark of a holder stops observing it; forgetting twice is harmless', () => {
    const { near, registered, observed, seen } = setup();
    const a = document.getElementById('a')!;
    const r = rangeIn(a);
    near.add(r);
    seen(a, true);
    near.forget(r);
    near.forget(r);
    expect(registered.size).toBe(0);
    expect(observed.size).toBe(0);
    // A report about a holder we no longer hold changes nothing.
    seen(a, true);
    expect(registered.size).toBe(0);
  });

  it('the same range added twice is held once', () => {
    const { near, registered, seen } = setup();
    const a = document.getElementById('a')!;
    const r = rangeIn(a);
    near.add(r);
    near.add(r);
    seen(a, true);
    near.forget(r);
    expect(registered.size).toBe(0);
  });

  it('clear forgets every holder and disconnects', () => {
    const { near, registered, observed, seen } = setup();
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    near.add(rangeIn(a));
    near.add(rangeIn(b));
    seen(a, true);
    near.clear();
    expect(observed.size).toBe(0);
    seen(a, true);
    expect(registered.size).toBe(1); // the highlight itself is cleared by the painter, not here
  });
});

describe('the storm hold', () => {
  afterEach(() => vi.useRealTimers());

  it('holds at the first change, releases once the page has been quiet for the whole wait', () => {
    vi.useFakeTimers();
    let t = 0;
    const events: string[] = [];
    const storm = stormHold(
      () => events.push('hold'),
      () => events.push('release'),
      () => t,
    );
    storm.hold();
    expect(events).toEqual(['hold']);
    expect(storm.holding()).toBe(true);
    // Changes keep coming: one hold, pushed back, no second timer.
    for (let i = 0; i < 5; i++) {
      t += 100;
      vi.advanceTimersByTime(100);
      storm.hold();
    }
    expect(events).toEqual(['hold']);
    t += HOLD_QUIET_MS - 1;
    vi.advanceTimersByTime(HOLD_QUIET_MS - 1);
    expect(events).toEqual(['hold']);
    t += 1;
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['hold', 'release']);
    expect(storm.holding()).toBe(false);
  });

  it('disposed, it releases nothing later', () => {
    vi.useFakeTimers();
    const events: string[] = [];
    const storm = stormHold(
      () => events.push('hold'),
      () => events.push('release'),
    );
    storm.hold();
    storm.dispose();
    vi.advanceTimersByTime(HOLD_QUIET_MS * 3);
    expect(events).toEqual(['hold']);
  });
});
