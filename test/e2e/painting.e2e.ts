/**
 * Marks are held for the whole page but registered with the browser only near the screen
 * (every registered range costs the page work on each DOM change): scrolling down a long
 * page, every mark on screen is painted, and the registry never holds the whole page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, markCount, paintedCount, serveStatic, waitForMarks, type ExtensionBrowser, type StaticServer } from './harness';

const NAMED = 40;
const FILLER = 'The production spent most of the summer on location, moving between neighbourhoods as the schedule allowed.';

function longPage(): string {
  const paragraphs = Array.from({ length: NAMED * 10 }, (_, i) => `<p>${i % 10 === 5 ? `In part ${i}, Natalie Portman is on set.` : FILLER}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long page</title></head><body><article><h1>Good Sex, part by part</h1>${paragraphs.join('')}</article></body></html>`;
}

let ext: ExtensionBrowser;
let server: StaticServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'context-cards-painting-'));
  writeFileSync(join(dir, 'long.html'), longPage());
  server = await serveStatic(dir);
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every "Natalie Portman" whose box is on screen, and whether a registered range starts at it. */
const ON_SCREEN = `(() => {
  const h = CSS.highlights.get('context-cards-mention');
  const starts = new Set([...(h ?? [])].map((r) => r.startContainer));
  const out = { onScreen: 0, painted: 0 };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.data.includes('Natalie Portman')) continue;
    const r = n.parentElement.getBoundingClientRect();
    if (r.bottom < 0 || r.top > innerHeight) continue;
    out.onScreen++;
    if (starts.has(n)) out.painted++;
  }
  return out;
})()`;

describe('painting near the screen', () => {
  it('paints every mark on screen as the page scrolls, and registers only those near it', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/long.html`);
    expect(await waitForMarks(page, NAMED)).toBe(NAMED);
    // The page is about thirty screens long: a screenful above and below are registered.
    await expect.poll(() => paintedCount(page), { timeout: 2000 }).toBeGreaterThan(0);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await expect
        .poll(async () => {
          const s = (await page.evaluate(ON_SCREEN)) as { onScreen: number; painted: number };
          return s.onScreen === s.painted;
        }, { timeout: 2000 })
        .toBe(true);
      const painted = await paintedCount(page);
      expect(painted).toBeLessThan(NAMED / 2);
    }
    expect(await markCount(page)).toBe(NAMED);
    await page.close();
  });
});
