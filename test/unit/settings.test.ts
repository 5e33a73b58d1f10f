import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isOnFor, LOCAL_FILES_SITE, normalizeSettings, siteOf, withSite } from '../../data/core/settings';
import { loadSettings, updateSettings, watchSettings } from '../../data/browser/settings-store';

describe('normalizeSettings', () => {
  it('gives the defaults for a missing value', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it.each([['garbage'], [42], [[1, 2]], [true]])('gives the defaults for a corrupt value %j', (v) => {
    expect(normalizeSettings(v)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps good fields and replaces bad ones with their default', () => {
    const s = normalizeSettings({
      enabled: 'no',
      disabledSites: ['Example.com', 7, 'www.news.test', 'bad host/x'],
      hoverDelay: 'slow',
      markStyle: 'sparkles',
      language: 'it',
    });
    expect(s).toEqual({
      enabled: true,
      disabledSites: ['example.com', 'news.test'],
      hoverDelay: 'slow',
      markStyle: 'underline',
      language: 'it',
    });
    expect(normalizeSettings({ language: 'klingon' }).language).toBe('auto');
  });

  it('drops duplicate sites and sorts them', () => {
    expect(normalizeSettings({ disabledSites: ['b.test', 'a.test', 'www.b.test'] }).disabledSites).toEqual(['a.test', 'b.test']);
  });

  it('reads a value of an older or partial shape, field by field', () => {
    expect(normalizeSettings({ enabled: false })).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });
});

describe('siteOf', () => {
  it.each([
    ['https://www.Example.com/a?b', 'example.com'],
    ['http://127.0.0.1:8123/news.html', '127.0.0.1'],
    ['https://news.example.co.uk/x', 'news.example.co.uk'],
    ['file:///home/me/page.html', LOCAL_FILES_SITE],
    ['chrome://extensions', null],
    ['about:blank', null],
    ['not a url', null],
  ])('%s is %j', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});

describe('the switches', () => {
  it('off everywhere beats the per-site list', () => {
    expect(isOnFor({ ...DEFAULT_SETTINGS, enabled: false }, 'a.test')).toBe(false);
    expect(isOnFor(DEFAULT_SETTINGS, 'a.test')).toBe(true);
  });

  it('turns one site off and on again, leaving the others', () => {
    const off = withSite({ ...DEFAULT_SETTINGS, disabledSites: ['z.test'] }, 'a.test', false);
    expect(off.disabledSites).toEqual(['a.test', 'z.test']);
    expect(isOnFor(off, 'a.test')).toBe(false);
    expect(isOnFor(off, 'b.test')).toBe(true);
    expect(withSite(off, 'a.test', true).disabledSites).toEqual(['z.test']);
  });
});

describe('settings in storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('loads a corrupted stored value as the defaults, without throwing', async () => {
    await browser.storage.local.set({ settings: '{not json' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await browser.storage.local.set({ settings: { enabled: 0, hoverDelay: 3 } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('writes a change and tells watchers, normalized', async () => {
    const seen: unknown[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await updateSettings((s) => withSite(s, 'www.a.test', false));
    expect((await browser.storage.local.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['a.test'] });
    await browser.storage.local.set({ settings: 'broken' });
    unwatch();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, disabledSites: ['a.test'] }, DEFAULT_SETTINGS]);
  });
});

describe("the content script's read of the same item", () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads what the store wrote, and hears changes, normalized', async () => {
    const { onSettingsChanged, readSettings } = await import('../../data/browser/settings-read');
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    const seen: unknown[] = [];
    const off = onSettingsChanged((s) => seen.push(s));
    await updateSettings((s) => ({ ...s, hoverDelay: 'slow' }));
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, hoverDelay: 'slow' });
    await browser.storage.local.set({ settings: 17 });
    await browser.storage.local.set({ other: 1 });
    off();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, hoverDelay: 'slow' }, DEFAULT_SETTINGS]);
  });
});
