/**
 * Marks are held for the whole page but registered with the browser only near the screen
 * (every registered range costs the page work on each DOM change): scrolling down a long
 * page, every mark on screen is painted, and the registry never holds the whole page. While
 * a page pours in new elements many times a second, nothing is registered at all, and the
 * marks come back once it calms down. In each browser.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/browsers/chromium';
import { until, type Driver, type Tab } from '../../scripts/browsers/driver';
import { BROWSER, launchDriver } from './launch';

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

let driver: Driver;
let server: StaticServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'context-cards-painting-'));
  writeFileSync(join(dir, 'long.html'), longPage());
  writeFileSync(join(dir, 'feed.html'), FEED);
  server = await serveStatic(dir);
  driver = await launchDriver();
});
afterAll(async () => {
  await driver?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Run in the page: every "Natalie Portman" whose box is on screen, and whether a registered range starts at it. */
function onScreen() {
  const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('context-cards-mention');
  const starts = new Set([...(h ?? [])].map((r) => r.startContainer));
  const out = { onScreen: 0, painted: 0 };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n as Text).data.includes('Natalie Portman')) continue;
    const r = n.parentElement!.getBoundingClientRect();
    if (r.bottom < 0 || r.top > innerHeight) continue;
    out.onScreen++;
    if (starts.has(n)) out.painted++;
  }
  return out;
}

/** Opens `file` and waits for exactly `n` marks. */
async function openMarked(file: string, n: number): Promise<Tab> {
  const url = `${server.url}/${file}`;
  const page = await driver.open(url);
  await until(async () => (await driver.marks(url)) >= n, `${n} marks`);
  expect(await driver.marks(url)).toBe(n);
  return page;
}

describe(`painting near the screen (${BROWSER})`, () => {
  it('paints every mark on screen as the page scrolls, and registers only those near it', async () => {
    const page = await openMarked('long.html', NAMED);
    // The page is about thirty screens long: a screenful above and below are registered.
    await until(async () => (await page.painted()) > 0, 'painted', 2000);
    const height = await page.evaluate(() => document.documentElement.scrollHeight, null);
    for (let y = 0; y < height; y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await until(
        async () => {
          const s = await page.evaluate(onScreen, null);
          return s.onScreen === s.painted;
        },
        `every mark on screen painted at ${y}`,
        2000,
      );
      expect(await page.painted()).toBeLessThan(NAMED / 2);
    }
    expect(await driver.marks(`${server.url}/long.html`)).toBe(NAMED);
    await page.close();
  });
});

describe(`painting in a storm (${BROWSER})`, () => {
  it('registers nothing while the page keeps adding posts, then paints every mark again', async () => {
    const page = await openMarked('feed.html', 1);
    await until(async () => (await page.painted()) === 1, 'one painted', 2000);
    // Sampled through the storm: after the first second the marks must be held.
    const samples: number[] = [];
    const storm = page.evaluate(() => (window as unknown as { start(): Promise<void> }).start(), null);
    for (let i = 0; i < 15; i++) {
      await page.wait(100);
      samples.push(await page.painted());
    }
    await storm;
    expect(samples.slice(-5)).toEqual([0, 0, 0, 0, 0]);
    // Quiet again: every mark is back on screen, and every post's name is marked.
    await until(async () => (await driver.marks(`${server.url}/feed.html`)) >= 21, '21 marks');
    expect(await driver.marks(`${server.url}/feed.html`)).toBe(21);
    await until(async () => (await page.painted()) > 1, 'painted again', 3000);
    expect(await page.evaluate(onScreen, null)).toEqual({ onScreen: 1, painted: 1 });
    await page.close();
  });
});

describe(`a page that takes our highlight or our sheet away (${BROWSER})`, () => {
  /** Moves the pointer back and forth over the page for `ms`: what a reader does, and when we look. */
  async function wiggle(page: Tab, ms: number) {
    const end = Date.now() + ms;
    for (let i = 0; Date.now() < end; i++) {
      await page.moveMouse(300 + (i % 2) * 40, 300);
      await page.wait(50);
    }
  }

  it('puts back a highlight the page cleared and a sheet it replaced, once the person moves', async () => {
    const page = await openMarked('long.html', NAMED);
    await until(async () => (await page.painted()) > 0, 'painted', 2000);
    await page.evaluate(() => {
      CSS.highlights.clear();
      document.adoptedStyleSheets = [new CSSStyleSheet()];
    }, null);
    expect(await page.painted()).toBe(0);
    await wiggle(page, 1500);
    await until(async () => (await page.painted()) > 0, 'painted again', 3000);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length, null)).toBe(2);
    await page.close();
  });

  it('does not fight a page that keeps clearing it: a few times, then ever more seldom', async () => {
    const page = await openMarked('long.html', NAMED);
    // The page clears the registry every 20 ms and counts how often it found something to clear.
    await page.evaluate(() => {
      const w = window as unknown as { restored: number };
      w.restored = 0;
      setInterval(() => {
        if (CSS.highlights.size) w.restored++;
        CSS.highlights.clear();
      }, 20);
    }, null);
    await wiggle(page, 7500);
    const restored = await page.evaluate(() => (window as unknown as { restored: number }).restored, null);
    // At once, then after 1, 2 and 4 s: four times in 7.5 s, not once a second or more.
    expect(restored).toBeGreaterThanOrEqual(2);
    expect(restored).toBeLessThanOrEqual(5);
    await page.close();
  });
});
