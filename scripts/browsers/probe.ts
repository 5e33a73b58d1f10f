/**
 * Reads the content script's probe (PROBE_GLOBAL, see entrypoints/every-page.content/index.ts) in the
 * extension's isolated world of a page's main frame, over CDP: the page's own world cannot
 * see it, and the highlight registry only holds the marks near the screen.
 */
import type { CDPSession, Page } from 'playwright-core';
import { CARD_GLOBAL, PROBE_GLOBAL } from '../../data/contracts/world';

interface Watch {
  cdp: CDPSession;
  /** Isolated worlds of extensions, by execution context id: frame each belongs to. */
  worlds: Map<number, string>;
}

interface ContextDescription {
  id: number;
  origin: string;
  auxData?: { type?: string; frameId?: string };
}

const watches = new WeakMap<Page, Promise<Watch>>();

function watch(page: Page): Promise<Watch> {
  let w = watches.get(page);
  if (!w) {
    w = (async () => {
      const cdp = await page.context().newCDPSession(page);
      const worlds = new Map<number, string>();
      cdp.on('Runtime.executionContextCreated', ({ context }: { context: ContextDescription }) => {
        if (context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://'))
          worlds.set(context.id, context.auxData.frameId ?? '');
      });
      cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) =>
        worlds.delete(executionContextId),
      );
      cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
      await cdp.send('Runtime.enable');
      return { cdp, worlds };
    })();
    watches.set(page, w);
  }
  return w;
}

/** Mentions the extension has marked on the page (0 before its content script runs, or when off). */
export async function probeMarks(page: Page): Promise<number> {
  return (await probeRead(page))?.marks ?? 0;
}

/** The marked count with the page's clock at that moment; null where no content script of ours runs. */
export async function probeRead(page: Page): Promise<{ now: number; marks: number } | null> {
  let best: { now: number; marks: number } | null = null;
  for (const v of await probeEachWorld(page)) if (!best || v.marks > best.marks) best = v;
  return best;
}

/**
 * What each of our isolated worlds in the main frame reports. An update leaves the old
 * extension's world in an open page beside the new one's: each should have one copy marking.
 */
export async function probeEachWorld(page: Page): Promise<Array<{ now: number; marks: number }>> {
  const found: Array<{ now: number; marks: number }> = [];
  for (const v of await inOurWorlds(page, `[performance.now(), globalThis.${PROBE_GLOBAL}?.marks() ?? 0]`))
    if (Array.isArray(v)) found.push({ now: v[0] as number, marks: v[1] as number });
  return found;
}

/** Whether the card's code (CARD_GLOBAL) is in the page's content-script world: it comes only when needed. */
export async function cardCodeLoaded(page: Page): Promise<boolean> {
  return (await inOurWorlds(page, `globalThis.${CARD_GLOBAL} !== undefined`)).includes(true);
}

/** `expression`'s value in each of our isolated worlds of the page's main frame. */
async function inOurWorlds(page: Page, expression: string): Promise<unknown[]> {
  const { cdp, worlds } = await watch(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const values: unknown[] = [];
  for (const [contextId, frameId] of worlds) {
    if (frameId !== frameTree.frame.id) continue;
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true }).catch(() => null)) as {
      result?: { value?: unknown };
    } | null;
    if (r?.result && 'value' in r.result) values.push(r.result.value);
  }
  return values;
}
