/** The keyboard command reaches the tab it was pressed in, and nothing else happens for other commands. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import {
  badgeText,
  CONTENT_SCRIPT,
  injectIntoOpenTabs,
  NEXT_MENTION_COMMAND,
  onCommand,
  onCountReport,
  onTabUpdated,
} from '../../entrypoints/background';
import { COUNT_REPORT, NEXT_MENTION_REQUEST } from '../../data/contracts/messages';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('background: keyboard command', () => {
  it('asks the tab the command was pressed in to step to its next mention', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(true as never);
    await onCommand(NEXT_MENTION_COMMAND, { id: 7 });
    expect(send).toHaveBeenCalledWith(7, { type: NEXT_MENTION_REQUEST });
  });

  it('falls back to the active tab when the browser does not say which', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 12 }] as never);
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(true as never);
    await onCommand(NEXT_MENTION_COMMAND);
    expect(send).toHaveBeenCalledWith(12, { type: NEXT_MENTION_REQUEST });
  });

  it('stays quiet on a tab without the content script', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(onCommand(NEXT_MENTION_COMMAND, { id: 3 })).resolves.toBeUndefined();
  });

  it('ignores other commands', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(true as never);
    await onCommand('_execute_action', { id: 7 });
    expect(send).not.toHaveBeenCalled();
  });
});

describe('background: badge', () => {
  it('shows the count on the tab that reported it, and nothing for none', async () => {
    const set = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue(undefined as never);
    await onCountReport({ type: COUNT_REPORT, count: 12 }, { tab: { id: 4 } });
    await onCountReport({ type: COUNT_REPORT, count: 0 }, { tab: { id: 5 } });
    expect(set.mock.calls).toEqual([[{ tabId: 4, text: '12' }], [{ tabId: 5, text: '' }]]);
  });

  it('ignores reports that are not counts, or come from no tab', async () => {
    const set = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue(undefined as never);
    await onCountReport({ type: COUNT_REPORT, count: -1 }, { tab: { id: 4 } });
    await onCountReport({ type: COUNT_REPORT, count: 'many' }, { tab: { id: 4 } });
    await onCountReport({ type: COUNT_REPORT, count: 3 }, {});
    expect(set).not.toHaveBeenCalled();
  });

  it.each([
    [0, ''],
    [1, '1'],
    [999, '999'],
    [1000, '999+'],
    [25000, '999+'],
  ])('count %i reads "%s"', (n, text) => {
    expect(badgeText(n)).toBe(text);
  });
});

describe('background: badge across navigations', () => {
  it("clears a tab's badge when it starts loading a new page, and only then", async () => {
    const set = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue(undefined as never);
    await onTabUpdated(4, { status: 'loading' });
    await onTabUpdated(4, { status: 'complete' });
    await onTabUpdated(4, {});
    expect(set.mock.calls).toEqual([[{ tabId: 4, text: '' }]]);
  });
});

describe('background: pages open at an install or update', () => {
  it('gets the content script into each web page, one after another, past the ones that say no', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([
      { id: 1, url: 'https://news.example/a' },
      { id: 2, url: 'chrome://settings/' },
      { id: 3 },
      { id: 4, url: 'https://chromewebstore.google.com/detail/x' },
      { id: 5, url: 'http://blog.example/', discarded: true },
      { id: 6, url: 'file:///home/me/saved.html' },
    ] as never);
    const b = browser as unknown as { scripting?: unknown };
    const saved = b.scripting;
    const calls: number[] = [];
    let running = 0;
    b.scripting = {
      executeScript: async (o: { target: { tabId: number; frameIds: number[] }; files: string[] }) => {
        expect(o.files).toEqual([CONTENT_SCRIPT]);
        expect(o.target.frameIds).toEqual([0]);
        expect(++running).toBe(1);
        await new Promise((r) => setTimeout(r, 1));
        running--;
        calls.push(o.target.tabId);
        if (o.target.tabId === 4) throw new Error('The extensions gallery cannot be scripted.');
      },
    };
    try {
      await expect(injectIntoOpenTabs()).resolves.toBe(2);
    } finally {
      b.scripting = saved;
    }
    expect(calls).toEqual([1, 4, 6]);
  });
});
