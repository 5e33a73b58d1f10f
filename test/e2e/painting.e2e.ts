/**
 * Marks are held for the whole page but registered with the browser only near the screen
 * (every registered range costs the page work on each DOM change): scrolling down a long
 * page, every mark on screen is painted, and the registry never holds the whole page. While
 * a page pours in new elements many times a second, nothing is registered at all, and the
 * marks come back once it calms down.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  markCount,
  paintedCount,
  serveStatic,
  waitForMarks,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browsers/chromium';

const NAMED = 40;
const FILLER = 'The production spent most of the summer on location, moving between neighbourhoods as the schedule allowed.';

function longPage(): string {
  const paragraphs = Array.from(
    { length: NAMED * 10 },
    (_, i) => `<p>${i % 10 === 5 ? `In part ${i}, Natalie Portman is on set.` : FILLER}</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long page</title></head><body><article><h1>Good Sex, part by part</h1>${paragraphs.join('')}</article></body></html>`;
}

/** A feed that appends a post every 20 ms for two seconds once `start()` is called, every fifth naming someone. */
const FEED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A feed</title></head><body>
<p>Natalie Portman stars in a new film.</p><div id="feed"></div><script>
window.start = () => new Promise((done) => {
  let i = 0;
  const t = setInterval(() => {
    const p = document.createElement('p');
    p.textContent = i % 5 === 0 ? 'Post ' + i + ': Lena Dunham on set.' : 'Post ' + i + ': nothing to see.';
    document.getElementById('feed').append(p);
    if (++i === 100) { clearInterval(t); done(); }
  }, 20);
});
</script></body></html>`;

let ext: ExtensionBrowser;
let server: StaticServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'context-cards-painting-'));
  writeFileSync(join(dir, 'long.html'), longPage());
  writeFileSync(join(dir, 'feed.html'), FEED);
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
        .poll(
          async () => {
            const s = (await page.evaluate(ON_SCREEN)) as { onScreen: number; painted: number };
            return s.onScreen === s.painted;
          },
          { timeout: 2000 },
        )
        .toBe(true);
      const painted = await paintedCount(page);
      expect(painted).toBeLessThan(NAMED / 2);
    }
    expect(await markCount(page)).toBe(NAMED);
    await page.close();
  });
});

describe('painting in a storm', () => {
  it('registers nothing while the page keeps adding posts, then paints every mark again', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/feed.html`);
    expect(await waitForMarks(page, 1)).toBe(1);
    await expect.poll(() => paintedCount(page), { timeout: 2000 }).toBe(1);
    // Sampled through the storm: after the first second the marks must be held.
    const samples: number[] = [];
    const storm = page.evaluate('start()');
    for (let i = 0; i < 15; i++) {
      await page.waitForTimeout(100);
      samples.push(await paintedCount(page));
    }
    await storm;
    expect(samples.slice(-5)).toEqual([0, 0, 0, 0, 0]);
    // Quiet again: every mark is back on screen, and every post's name is marked.
    expect(await waitForMarks(page, 21)).toBe(21);
    await expect.poll(() => paintedCount(page), { timeout: 3000 }).toBeGreaterThan(1);
    expect(await page.evaluate(ON_SCREEN)).toEqual({ onScreen: 1, painted: 1 });
    await page.close();
  });
});

describe('a page that takes our highlight or our sheet away', () => {
  /** Moves the pointer back and forth over the page for `ms`: what a reader does, and when we look. */
  async function wiggle(page: import('playwright-core').Page, ms: number) {
    const end = Date.now() + ms;
    for (let i = 0; Date.now() < end; i++) {
      await page.mouse.move(300 + (i % 2) * 40, 300);
      await page.waitForTimeout(50);
    }
  }

  it('puts back a highlight the page cleared and a sheet it replaced, once the person moves', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/long.html`);
    expect(await waitForMarks(page, NAMED)).toBe(NAMED);
    await expect.poll(() => paintedCount(page), { timeout: 2000 }).toBeGreaterThan(0);
    await page.evaluate(() => {
      CSS.highlights.clear();
      document.adoptedStyleSheets = [new CSSStyleSheet()];
    });
    expect(await paintedCount(page)).toBe(0);
    await wiggle(page, 1500);
    await expect.poll(() => paintedCount(page), { timeout: 3000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(2);
    await page.close();
  });

  it('does not fight a page that keeps clearing it: a few times, then ever more seldom', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/long.html`);
    expect(await waitForMarks(page, NAMED)).toBe(NAMED);
    // The page clears the registry every 20 ms and counts how often it found something to clear.
    await page.evaluate(() => {
      const w = window as unknown as { restored: number };
      w.restored = 0;
      setInterval(() => {
        if (CSS.highlights.size) w.restored++;
        CSS.highlights.clear();
      }, 20);
    });
    await wiggle(page, 7500);
    const restored = await page.evaluate(() => (window as unknown as { restored: number }).restored);
    // At once, then after 1, 2 and 4 s: four times in 7.5 s, not once a second or more.
    expect(restored).toBeGreaterThanOrEqual(2);
    expect(restored).toBeLessThanOrEqual(5);
    await page.close();
  });
});
