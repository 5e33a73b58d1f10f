/** The keyboard command reaches the tab it was pressed in, and nothing else happens for other commands. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import {
  ASK_COMMAND,
  ASK_MENU_ID,
  badgeText,
  matchesFor,
  onMenuClicked,
  CONTENT_SCRIPT,
  injectIntoOpenTabs,
  NEXT_MENTION_COMMAND,
  onCommand,
  onCountReport,
  onTabUpdated,
  askMenuTitle,
  localeFor,
} from '../../entrypoints/background';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ASK_SELECTION, COUNT_REPORT, NEXT_MENTION_REQUEST } from '../../data/contracts/messages';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('background: keyboard command', () => {
  it('asks the tab the command was pressed in to step to its next mention', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(true as never);
    await onCommand(NEXT_MENTION_COMMAND, { id: 7 });
    expect(send).toHaveBeenCalledWith(7, { type: NEXT_MENTION_REQUEST }, { frameId: 0 });
  });

  it('falls back to the active tab when the browser does not say which', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 12 }] as never);
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(true as never);
    await onCommand(NEXT_MENTION_COMMAND);
    expect(send).toHaveBeenCalledWith(12, { type: NEXT_MENTION_REQUEST }, { frameId: 0 });
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

describe('background: asking about text', () => {
  it('asks the frame the text was selected in to ask about it, with the text the menu saw', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(true as never);
    await onMenuClicked({ menuItemId: ASK_MENU_ID, selectionText: 'Filming wrapped in late 2025.', frameId: 3 }, { id: 9 });
    await onMenuClicked({ menuItemId: 'something-else', selectionText: 'Meg Ryan' }, { id: 9 });
    expect(send.mock.calls).toEqual([[9, { type: ASK_SELECTION, text: 'Filming wrapped in late 2025.' }, { frameId: 3 }]]);
  });

  it('matches with the page as context: a claim about the film needs no name of it on a page about the film', () => {
    const text = 'Filming wrapped in late 2025.';
    expect(matchesFor(text)).toEqual([]);
    expect(matchesFor(text, true)[0]).toMatchObject({ claim: 'C37', stance: 'states' });
    expect(matchesFor("Meg Ryan plays Ally's therapist.")[0]).toMatchObject({ claim: 'X01', stance: 'states' });
    // Another work named in the sentence is still another work's.
    expect(matchesFor('Severance wrapped in late 2025.', true)).toEqual([]);
  });

  it('sends the keyboard command to ask about the selection to the top frame of the tab', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(true as never);
    await onCommand(ASK_COMMAND, { id: 5 });
    expect(send).toHaveBeenCalledWith(5, { type: ASK_SELECTION }, { frameId: 0 });
  });

  it('cuts what it matches to a few sentences: a whole page selected is not read to its end', () => {
    const long = `${'The weather is mild. '.repeat(100)} Meg Ryan plays Ally's therapist.`;
    expect(matchesFor(long)).toEqual([]);
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

describe('background: the interface language', () => {
  it('hands the card the words and facts of the language the settings give, English behind them', async () => {
    fakeBrowser.reset();
    await browser.storage.local.set({ settings: { language: 'it' } });
    const l = await localeFor();
    expect(l.lang).toBe('it');
    expect(l.messages.check).not.toBe(l.fallback.check);
    expect(l.fallback.check).toBe('Check');
    expect(Object.keys(l.facts!.facts)).toHaveLength(83);
    await browser.storage.local.set({ settings: { language: 'en' } });
    expect(await localeFor()).toMatchObject({ lang: 'en', fallback: {}, facts: undefined });
  });

  it('names the context menu’s item in that language', () => {
    expect(askMenuTitle({ language: 'en' })).toBe('What do the sources say?');
    expect(askMenuTitle({ language: 'de' })).not.toBe('What do the sources say?');
  });
});
