/**
 * The card as people meet it, in each browser: mouse, keyboard, touch and screen reader; on
 * screen in every corner, in a narrow window and at 400% zoom; light, dark and reduced
 * motion; on a right-to-left page.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEXT_MENTION_REQUEST } from '../../data/contracts/messages';
import { until, type Driver, type DriverOptions, type Tab } from '../../scripts/browsers/driver';
import { nameCentre } from '../../scripts/browsers/in-page';
import { BROWSER, fixtureServer, launchDriver, shot } from './launch';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const fixtures = fixtureServer();

/** A browser for one describe block, and the errors its pages raise. */
function session(options: DriverOptions = {}) {
  const s = { driver: null as unknown as Driver, errors: [] as string[] };
  beforeAll(async () => {
    s.driver = await launchDriver(options);
  });
  afterAll(async () => {
    await s.driver?.close();
  });
  return s;
}

async function open(s: { driver: Driver; errors: string[] }, fixture: string): Promise<Tab> {
  const url = fixtures.url(fixture);
  const page = await s.driver.open(url);
  page.onError((message) => s.errors.push(`${fixture}: ${message}`));
  await until(async () => (await s.driver.marks(url)) > 0, 'marks');
  return page;
}

/** Run in the page: the open card (named `name`, if given) in our UI's shadow root. */
function dialogState(name: string | null) {
  const root = document.querySelector('context-cards-ui')?.shadowRoot;
  const el = root?.querySelector<HTMLElement>(name ? `[role="dialog"][aria-label="${name}"]` : '[role="dialog"]');
  if (!el) return null;
  const r = el.getBoundingClientRect();
  const cs = getComputedStyle(el);
  const heading = el.querySelector('h2, [id$="-title"]')?.getBoundingClientRect();
  return {
    label: el.getAttribute('aria-label'),
    box: { x: r.x, y: r.y, width: r.width, height: r.height },
    window: { width: innerWidth, height: innerHeight },
    headingTop: heading?.y ?? null,
    bg: cs.backgroundColor,
    animation: cs.animationName,
    direction: cs.direction,
    textAlign: cs.textAlign,
    lang: el.closest('[lang]')?.getAttribute('lang') ?? null,
    sides: [...el.querySelectorAll('.cc-side')].map((e) => [e.getAttribute('data-fact-id'), e.textContent ?? '']),
  };
}
const dialog = (page: Tab, name: string | null = null) => page.evaluate(dialogState, name);
const opens = (page: Tab, name: string | null = null) =>
  until(async () => (await dialog(page, name)) !== null, `the card ${name ?? ''}`, 3000);
const closes = (page: Tab, name: string | null = null, ms = 1000) =>
  until(async () => (await dialog(page, name)) === null, `the card ${name ?? ''} to close`, ms);

async function expectInViewport(page: Tab, name: string) {
  const d = (await dialog(page, name))!;
  expect(d.box.x).toBeGreaterThanOrEqual(0);
  expect(d.box.y).toBeGreaterThanOrEqual(0);
  expect(d.box.x + d.box.width).toBeLessThanOrEqual(d.window.width);
  expect(d.box.y + d.box.height).toBeLessThanOrEqual(d.window.height);
}

describe(`mouse, keyboard and screen readers (${BROWSER})`, () => {
  const s = session();
  let page: Tab;
  beforeAll(async () => {
    page = await open(s, 'news-article.html');
  });

  it('moving across the card from the mark keeps it; a click elsewhere closes it', async () => {
    await page.hoverText('Lena Dunham');
    await opens(page, 'Lena Dunham');
    const { box } = (await dialog(page, 'Lena Dunham'))!;
    await page.moveMouse(box.x + box.width / 2, box.y + box.height - 10, 8);
    await page.wait(500);
    expect(await dialog(page, 'Lena Dunham')).not.toBeNull();
    await page.clickAt(5, 790);
    await closes(page, 'Lena Dunham');
  });

  it('the keyboard command opens the next mention with focus in the card; Tab reaches its links; Escape returns focus', async () => {
    await page.moveMouse(1, 1);
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'before';
      b.textContent = 'A page button';
      document.querySelector('header')!.append(b);
      b.focus();
    }, null);
    const { tabId } = await s.driver.mentionsOn(fixtures.url('news-article.html'));
    expect(await s.driver.sendToTab(tabId, { type: NEXT_MENTION_REQUEST })).toBe(true);
    await page.front();
    await opens(page);
    expect((await dialog(page))!.label).toBe('Natalie Portman'); // the first mention below the top of the page
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase(), null)).toBe('context-cards-ui');
    const focusedInCard = () =>
      page.evaluate(() => {
        const host = document.querySelector('context-cards-ui');
        const el = host?.shadowRoot?.activeElement as HTMLAnchorElement | null;
        return el ? { tag: el.tagName, href: el.href } : null;
      }, null);
    await page.press('Tab');
    let focused = await focusedInCard();
    // Firefox makes a scrolling region a Tab stop of its own (so its keys scroll it): the card's
    // facts are one, just before their first link.
    if (BROWSER === 'firefox' && focused?.tag === 'DIV') {
      await page.press('Tab');
      focused = await focusedInCard();
    }
    expect(focused?.tag).toBe('A');
    expect(focused?.href).toMatch(/^https:\/\//);
    // Pressing the command again steps on to the next mention.
    await s.driver.sendToTab(tabId, { type: NEXT_MENTION_REQUEST });
    await page.front();
    await until(async () => (await dialog(page))?.label === 'Lena Dunham', "Lena Dunham's card", 3000);
    await page.press('Escape');
    await closes(page);
    expect(await page.evaluate(() => document.activeElement?.id, null)).toBe('before');
  });

  it('axe-core finds no accessibility violations in the card', async () => {
    await page.addScript(AXE_PATH);
    await page.hoverText('Rashida Jones');
    await opens(page, 'Rashida Jones');
    const result = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              ctx: object,
              opts: object,
            ): Promise<{ violations: Array<{ id: string; help: string; nodes: unknown[] }>; passes: unknown[] }>;
          };
        }
      ).axe;
      const r = await axe.run({ include: { fromShadowDom: ['context-cards-ui', '.cc-dialog'] } }, {});
      return { violations: r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), passes: r.passes.length };
    }, null);
    expect(result.violations).toEqual([]);
    expect(result.passes).toBeGreaterThan(5); // axe really looked at the card
    // Scroll the card (not the page) to the dispute for the picture.
    await page.evaluate(
      () =>
        document
          .querySelector('context-cards-ui')
          ?.shadowRoot?.querySelector('[aria-label="Rashida Jones"] .cc-fact-disputed')
          ?.scrollIntoView({ block: 'center' }),
      null,
    );
    await page.screenshot(shot('card-disputed'));
  });

  it('shows a disputed point with both sides, the favoured one first', async () => {
    const { sides } = (await dialog(page, 'Rashida Jones'))!;
    expect(sides.length).toBe(2);
    expect(sides[0]![0]).toBe('C19');
    expect(sides[1]![0]).toBe('C20');
    expect(sides[1]![1]).toContain('Lena Dunham herself');
  });

  it('raised no page errors', () => {
    expect(s.errors).toEqual([]);
  });
});

describe(`never off screen (${BROWSER})`, () => {
  const s = session({ viewport: { width: 900, height: 600 } });
  let page: Tab;
  beforeAll(async () => {
    page = await open(s, 'corners.html');
  });

  for (const [id, nth] of [
    ['tl', 0],
    ['tr', 1],
    ['bl', 2],
    ['br', 3],
  ] as const) {
    it(`in the ${id} corner`, async () => {
      await page.moveMouse(450, 300);
      await page.press('Escape');
      await page.hoverText('Natalie Portman', nth);
      await opens(page, 'Natalie Portman');
      await expectInViewport(page, 'Natalie Portman');
      if (id === 'br') await page.screenshot(shot('card-corner-bottom-right'));
    });
  }

  it('for a name that wraps onto two lines, at the line under the pointer and covering neither line', async () => {
    await page.moveMouse(450, 590);
    await page.press('Escape');
    // "Tramell Tillman" wraps in a 118 px column: hover its second line.
    const rects = await page.evaluate(() => {
      const p = document.getElementById('wrap')!;
      const text = p.firstChild as Text;
      const i = text.data.indexOf('Tramell Tillman');
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 'Tramell Tillman'.length);
      return [...r.getClientRects()].map((x) => ({ x: x.left, y: x.top, w: x.width, h: x.height }));
    }, null);
    expect(rects.length).toBe(2);
    const [first, last] = [rects[0]!, rects[1]!];
    await page.moveMouse(last.x + 5, last.y - 30);
    await page.moveMouse(last.x + last.w / 2, last.y + last.h / 2, 4);
    await opens(page, 'Tramell Tillman');
    const { box } = (await dialog(page, 'Tramell Tillman'))!;
    const where = `card ${JSON.stringify(box)}, lines ${JSON.stringify(rects)}`;
    // Covering no part of the name: wholly below its last line or above its first.
    expect(box.y >= last.y + last.h || box.y + box.height <= first.y, where).toBe(true);
    // Attached to it, and lined up with the line under the pointer (not the first line).
    expect(Math.abs(box.y - (last.y + last.h)) < 20 || Math.abs(box.y + box.height - first.y) < 20, where).toBe(true);
    expect(Math.abs(box.x - last.x), where).toBeLessThan(4);
  });
});

describe(`in a narrow window, dark mode and reduced motion (${BROWSER})`, () => {
  const s = session({ viewport: { width: 360, height: 640 }, colorScheme: 'dark', reducedMotion: 'reduce' });

  it('fits the card in the window, dark, without animation', async () => {
    const page = await open(s, 'news-article.html');
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { background: #111; color: #ddd; }';
      document.head.append(style);
    }, null);
    await page.hoverText('Mark Ruffalo');
    await opens(page, 'Mark Ruffalo');
    await expectInViewport(page, 'Mark Ruffalo');
    const d = (await dialog(page, 'Mark Ruffalo'))!;
    expect(d.bg).toBe('rgb(28, 33, 40)');
    expect(d.animation).toBe('none');
    expect(d.box.width).toBeLessThanOrEqual(360 - 16);
    await page.screenshot(shot('card-dark-narrow'));
  });
});

describe(`a right-to-left page (${BROWSER})`, () => {
  const s = session();

  it("keeps the card English and left-to-right: its own direction and language, not the page's", async () => {
    const page = await open(s, 'rtl-hebrew.html');
    await page.hoverText('Natalie Portman');
    await opens(page, 'Natalie Portman');
    const seen = (await dialog(page, 'Natalie Portman'))!;
    expect(seen.direction).toBe('ltr');
    expect(seen.lang).toBe('en');
    expect(seen.textAlign).not.toBe('right');
    await page.wait(200); // past the entry animation
    await page.screenshot(shot('card-rtl-page'));
  });
});

describe(`at 400% zoom, a 320 x 200 CSS pixel window (${BROWSER})`, () => {
  const s = session({ viewport: { width: 320, height: 200 } });

  it('the card stays inside the window, its name in view, scrolling its facts if it must', async () => {
    const page = await open(s, 'news-article.html');
    for (const [name, nth] of [
      ['Natalie Portman', 1],
      ['Mark Ruffalo', 0],
    ] as const) {
      await page.moveMouse(1, 1);
      await page.press('Escape');
      await page.hoverText(name, nth);
      await opens(page, name);
      await page.wait(200); // placed, past the entry animation
      await expectInViewport(page, name);
      expect((await dialog(page, name))!.headingTop).toBeGreaterThanOrEqual(0);
    }
    await page.screenshot(shot('card-zoom-400'));
  });
});

describe(`touch (${BROWSER})`, () => {
  const s = session({ hasTouch: true, viewport: { width: 412, height: 800 } });

  it('a tap on a mark opens the card; a tap elsewhere closes it', async () => {
    const page = await open(s, 'news-article.html');
    const p = (await page.evaluate(nameCentre, ['Tucker Pillsbury', 0] as const))!;
    await page.tap(p.x, p.y);
    await until(async () => (await dialog(page, 'Tucker Pillsbury')) !== null, 'the card', 2000);
    await page.wait(400); // no hover-out closes a tapped card
    expect(await dialog(page, 'Tucker Pillsbury')).not.toBeNull();
    await page.tap(400, 20);
    await closes(page, 'Tucker Pillsbury', 2000);
  });
});
