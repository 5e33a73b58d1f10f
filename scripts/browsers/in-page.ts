/**
 * Functions the browser tests run inside a page, the same for Chromium (playwright-core) and
 * Firefox (puppeteer-core): each is passed to `evaluate` with one argument and closes over
 * nothing, since only its source travels.
 */

/** The centre of the start of the `which`-th `needle` on the page, scrolled into view; null if absent. */
export function nameCentre([needle, which]: readonly [string, number]): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    for (let i = data.indexOf(needle); i >= 0; i = data.indexOf(needle, i + 1)) {
      if (seen++ < which) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + needle.length);
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      // A paragraph taller than the window (a small one, or at 400% zoom) may leave the name out of view.
      const first = r.getClientRects()[0]!;
      if (first.top < 0 || first.bottom > innerHeight) window.scrollBy(0, first.top - innerHeight / 2);
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/**
 * From an extension page: asks every tab's content script for its mentions, as the popup asks,
 * and returns the one whose page is `pageUrl`. Tab URLs are hidden without the "tabs"
 * permission (which we do not ask for), so every tab is asked.
 */
export async function askTabShowing(pageUrl: string): Promise<{ tabId: number; found: unknown } | null> {
  type Tabs = { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, m: object): Promise<unknown> };
  const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
  const tabs = (g.browser ?? g.chrome)!.tabs;
  for (const tab of await tabs.query({})) {
    const res = (await tabs.sendMessage(tab.id!, { type: 'context-cards:mentions' }).catch(() => null)) as { url?: string } | null;
    if (res?.url === pageUrl) return { tabId: tab.id!, found: res };
  }
  return null;
}
