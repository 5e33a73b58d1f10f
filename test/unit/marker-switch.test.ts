/**
 * The marker switch's lifecycle with a fake loader: it loads the marker only once the page
 * may name someone and the settings have it on, stops it when turned off, starts it again
 * when turned on, drops a load that lands after a stop, and tries a failed load again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Marking, MarkerModule } from '../../data/contracts/stages';
import { DEFAULT_SETTINGS, type Settings } from '../../data/core/settings';
import { RETRIES, RETRY_MS, startMarkerSwitch, type MarkerSwitch } from '../../entrypoints/every-page.content/marker-switch';

const ctx = {} as ContentScriptContext;
const on: Settings = { ...DEFAULT_SETTINGS };

/** A marker module whose every start and stop is recorded. */
function fakeMarker() {
  const started: Settings[] = [];
  let stops = 0;
  const module: MarkerModule = {
    startMarking(_ctx, settings) {
      started.push(settings);
      const marking: Marking = {
        mentions: () => [],
        claims: () => [],
        count: () => 7,
        ready: () => Promise.resolve(),
        update: (next) => void started.push(next),
        next: () => true,
        show: () => true,
        showClaim: () => true,
        stop: () => void stops++,
      };
      return marking;
    },
  };
  return { module, started, stops: () => stops };
}

/** A load the test resolves or rejects when it chooses. */
function deferredLoads(module: MarkerModule) {
  const pending: Array<{ resolve: (m: MarkerModule) => void; reject: (e: Error) => void }> = [];
  const load = vi.fn(() => new Promise<MarkerModule>((resolve, reject) => pending.push({ resolve, reject })));
  return {
    load,
    resolveNext: () => pending.shift()!.resolve(module),
    rejectNext: () => pending.shift()!.reject(new Error('no background')),
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
let sw: MarkerSwitch | null = null;

beforeEach(() => {
  document.body.innerHTML = '<p>Weather today: sunny.</p>';
});
afterEach(() => {
  sw?.stop();
  sw = null;
  vi.useRealTimers();
});

describe('the marker switch', () => {
  it('on a page that names nobody, asks for no settings and loads nothing', async () => {
    const load = vi.fn();
    const named = vi.fn(() => Promise.resolve());
    sw = startMarkerSwitch(ctx, { settings: on, named, load });
    await sw.ready();
    expect(named).not.toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
    expect(sw.count()).toBe(0);
  });

  it('once the page names someone: asks for the settings once, loads the marker, starts it with them', async () => {
    document.body.innerHTML = '<p>Natalie Portman stars.</p>';
    const marker = fakeMarker();
    const named = vi.fn(() => Promise.resolve());
    const load = vi.fn(() => Promise.resolve(marker.module));
    sw = startMarkerSwitch(ctx, { settings: on, named, load });
    await sw.ready();
    expect(named).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(1);
    expect(marker.started).toEqual([on]);
    expect(sw.count()).toBe(7);
  });

  it('with the settings not yet read, starts when they arrive, and not at all when they say off', async () => {
    document.body.innerHTML = '<p>Lena Dunham directs.</p>';
    const marker = fakeMarker();
    const load = vi.fn(() => Promise.resolve(marker.module));
    let s: MarkerSwitch;
    const named = vi.fn(async () => s.update(null)); // read: off on this site
    sw = s = startMarkerSwitch(ctx, { settings: null, named, load });
    await sw.ready();
    expect(load).not.toHaveBeenCalled();
    sw.update(on);
    await sw.ready();
    expect(marker.started).toEqual([on]);
  });

  it('stopped while the marker loads: the late module is not started', async () => {
    document.body.innerHTML = '<p>Natalie Portman stars.</p>';
    const marker = fakeMarker();
    const loads = deferredLoads(marker.module);
    sw = startMarkerSwitch(ctx, { settings: on, named: () => Promise.resolve(), load: loads.load });
    await vi.waitFor(() => expect(loads.load).toHaveBeenCalled());
    sw.stop();
    loads.resolveNext();
    await tick();
    expect(marker.started).toEqual([]);
  });

  it('turned off while the marker loads: not started; turned on again: started once', async () => {
    document.body.innerHTML = '<p>Natalie Portman stars.</p>';
    const marker = fakeMarker();
    const loads = deferredLoads(marker.module);
    sw = startMarkerSwitch(ctx, { settings: on, named: () => Promise.resolve(), load: loads.load });
    await vi.waitFor(() => expect(loads.load).toHaveBeenCalledTimes(1));
    sw.update(null);
    loads.resolveNext();
    await tick();
    expect(marker.started).toEqual([]);
    sw.update(on);
    expect(loads.load).toHaveBeenCalledTimes(2);
    loads.resolveNext();
    await sw.ready();
    expect(marker.started).toEqual([on]);
  });

  it('off then on: the marker stops, then starts again; new settings reach the running marker', async () => {
    document.body.innerHTML = '<p>Natalie Portman stars.</p>';
    const marker = fakeMarker();
    sw = startMarkerSwitch(ctx, { settings: on, named: () => Promise.resolve(), load: () => Promise.resolve(marker.module) });
    await sw.ready();
    sw.update(null);
    expect(marker.stops()).toBe(1);
    expect(sw.count()).toBe(0);
    expect(sw.next()).toBe(false);
    sw.update(on);
    await sw.ready();
    expect(marker.started).toEqual([on, on]);
    const faster: Settings = { ...on, hoverDelay: 'instant' };
    sw.update(faster);
    expect(marker.started.at(-1)).toEqual(faster);
    sw.stop();
    expect(marker.stops()).toBe(2);
  });

  it(`a failed load is tried again after ${RETRY_MS} ms, up to ${RETRIES} times; after that the next turn-on tries anew`, async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.body.innerHTML = '<p>Natalie Portman stars.</p>';
    const marker = fakeMarker();
    const loads = deferredLoads(marker.module);
    sw = startMarkerSwitch(ctx, { settings: on, named: () => Promise.resolve(), load: loads.load });
    await vi.waitFor(async () => {
      await vi.advanceTimersByTimeAsync(50);
      expect(loads.load).toHaveBeenCalledTimes(1);
    });
    for (let i = 1; i < RETRIES; i++) {
      loads.rejectNext();
      await vi.advanceTimersByTimeAsync(RETRY_MS);
      expect(loads.load).toHaveBeenCalledTimes(i + 1);
    }
    loads.rejectNext();
    await vi.advanceTimersByTimeAsync(RETRY_MS * 2);
    expect(loads.load).toHaveBeenCalledTimes(RETRIES);
    expect(marker.started).toEqual([]);
    sw.update(on);
    expect(loads.load).toHaveBeenCalledTimes(RETRIES + 1);
    loads.resolveNext();
    await vi.advanceTimersByTimeAsync(0);
    expect(marker.started).toEqual([on]);
  });
});
