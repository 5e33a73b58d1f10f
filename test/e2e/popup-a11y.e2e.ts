/**
 * The popup and the options page for everyone: axe-clean in light and dark, every control
 * reachable with Tab and operable from the keyboard with a visible focus ring, no sideways
 * scrolling at the popup's width and nothing cut off at its maximum height.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  clearStorage,
  FIXTURES_DIR,
  launchWithExtension,
  markCount,
  openPopup,
  serveStatic,
  storeSettings,
  tabIdOf,
  waitForMarks,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browsers/chromium';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Chrome's popup is at most 800 x 600; ours is 380 wide. */
const POPUP = { width: 380, height: 600 };

let server: StaticServer;
beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await serveStatic(FIXTURES_DIR);
});
afterAll(async () => {
  await server?.close();
});

async function axe(page: Page): Promise<{ violations: string[]; passes: number }> {
  // Evaluated through the devtools protocol: extension pages allow no inline script tag.
  await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  return page.evaluate(async () => {
    const a = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }>; passes: unknown[] }>;
        };
      }
    ).axe;
    const r = await a.run(document, {});
    return {
      violations: r.violations.map((v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target))})`),
      passes: r.passes.length,
    };
  });
}

/** Everything the popup can show at once: all mentions, search results, settings open. */
async function expandAll(popup: Page) {
  await popup.getByRole('button', { name: /^Show \d+ more$/ }).click({ timeout: 10_000 });
  await popup.getByRole('searchbox', { name: 'Search' }).fill('jones');
  await popup.locator('.cc-results button').first().waitFor();
  await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

/** A browser with the news article open in a tab: what the popup acts for in every test here. */
function withNewsTab(colorScheme: 'light' | 'dark' = 'light') {
  const s = { ext: null as unknown as ExtensionBrowser, page: null as unknown as Page, tabId: 0 };
  beforeAll(async () => {
    s.ext = await launchWithExtension({ colorScheme });
    s.page = await s.ext.context.newPage();
    await s.page.goto(`${server.url}/news-article.html`);
    await waitForMarks(s.page, 15);
    s.tabId = await tabIdOf(s.ext, `${server.url}/news-article.html`);
  });
  afterAll(async () => {
    await s.ext?.close();
  });
  return s;
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

for (const scheme of ['light', 'dark'] as const) {
  describe(`popup and options, ${scheme}`, () => {
    const s = withNewsTab(scheme);

    it('the popup has no axe violations, with everything expanded and with a card open', async () => {
      const popup = await openPopup(s.ext, s.tabId);
      await popup.locator('.cc-mention').first().waitFor();
      await popup.waitForTimeout(300); // the switches' 120 ms transition, before the picture
      await popup.screenshot({ path: resolve(ARTIFACTS_DIR, `popup-${scheme}.png`) });
      await expandAll(popup);
      const home = await axe(popup);
      expect(home.violations).toEqual([]);
      expect(home.passes).toBeGreaterThan(10); // axe really looked
      expect(await noSidewaysScroll(popup)).toBe(true);
      await popup.locator('.cc-results button').first().click();
      await popup.locator('.cc-open-card h2').waitFor();
      expect((await axe(popup)).violations).toEqual([]);
      expect(await noSidewaysScroll(popup)).toBe(true);
      await popup.close();
    });

    it('the options page has no axe violations, with sites listed', async () => {
      await storeSettings(s.ext, {
        enabled: true,
        disabledSites: ['example.com', 'news.example.co.uk', 'file://'],
        hoverDelay: 'normal',
        markStyle: 'underline',
      });
      const options = await s.ext.context.newPage();
      await options.setViewportSize({ width: 900, height: 760 });
      await options.goto(`chrome-extension://${s.ext.extensionId}/options.html`);
      await options.getByRole('button', { name: 'Turn back on for example.com' }).waitFor();
      await options.screenshot({ path: resolve(ARTIFACTS_DIR, `options-${scheme}.png`) });
      expect((await axe(options)).violations).toEqual([]);
      await options.getByRole('button', { name: 'Turn back on for example.com' }).click();
      await expect.poll(() => options.getByRole('button', { name: /^Turn back on for/ }).count()).toBe(2);
      await clearStorage(s.ext);
      await options.close();
    });
  });
}

describe('keyboard and size', () => {
  const s = withNewsTab();

  it('Tab reaches every control of the popup, each with a visible focus ring', async () => {
    const popup = await openPopup(s.ext, s.tabId);
    await expandAll(popup);
    // Each control gets a number, so two identical source links are still two stops.
    const controls = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input, summary, a[href], select, textarea')]
        .filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && !el.closest('[hidden]'))
        .map((el, i) => {
          el.dataset.stop = String(i);
          return `${i} ${el.outerHTML.slice(0, 60)}`;
        }),
    );
    expect(controls.length).toBeGreaterThan(50);
    // Start at the first control, as a person who has just opened the popup does.
    await popup.evaluate(() => document.querySelector<HTMLElement>('[data-stop="0"]')!.focus());
    const reached = new Set<string>([controls[0]!]);
    const unringed: string[] = [];
    // Radios in one group are one Tab stop (arrow keys move within), as in any form.
    const radioGroups = new Set<string>();
    for (let i = 0; i < controls.length + 10; i++) {
      await popup.keyboard.press('Tab');
      const f = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        // Past the last control, focus leaves the page for the browser's own UI.
        if (el === document.body) return null;
        const cs = getComputedStyle(el);
        const ring = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
        return {
          html: `${el.dataset.stop} ${el.outerHTML.slice(0, 60)}`,
          ring,
          radio: el instanceof HTMLInputElement && el.type === 'radio' ? el.name : null,
        };
      });
      if (!f) break;
      if (f.radio) radioGroups.add(f.radio);
      if (reached.has(f.html)) break;
      reached.add(f.html);
      if (!f.ring) unringed.push(f.html);
    }
    const missed = controls.filter((c) => !reached.has(c) && !/^\d+ <input type="radio"/.test(c));
    expect(missed).toEqual([]);
    expect([...radioGroups].sort()).toEqual(['hoverDelay', 'markStyle']);
    expect(unringed).toEqual([]);
    await popup.close();
  });

  it('the switches, the mentions and the search work from the keyboard alone', async () => {
    const popup = await openPopup(s.ext, s.tabId);
    const site = popup.getByRole('switch', { name: /this site \(127\.0\.0\.1\)/ });
    await site.focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => markCount(s.page), { timeout: 3000 }).toBe(0);
    await popup.keyboard.press('Enter');
    await expect.poll(() => markCount(s.page), { timeout: 5000 }).toBeGreaterThan(10);
    // Mark Ruffalo is behind "Show more" on this page: reach him the way a keyboard user would.
    await popup.getByRole('button', { name: /^Show \d+ more$/ }).press('Enter');
    const ruffalo = popup.getByRole('button', { name: /^Mark Ruffalo\s+\d+ mentions?$/ });
    await ruffalo.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => s.page.locator('[role="dialog"][aria-label="Mark Ruffalo"]').count(), { timeout: 3000 }).toBe(1);
    const search = popup.getByRole('searchbox', { name: 'Search' });
    await search.focus();
    await popup.keyboard.type('dunam');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.cc-open-card h2').textContent()).toBe('Lena Dunham');
    // Focus lands on the card's name; Escape goes back to the search box.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Lena Dunham');
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.locator('.cc-open-card').count()).toBe(0);
    await expect.poll(() => popup.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');
    await popup.close();
  });

  it("nothing is cut off at the popup's maximum height: the whole popup scrolls into view", async () => {
    const popup = await openPopup(s.ext, s.tabId);
    await popup.setViewportSize(POPUP);
    await expandAll(popup);
    const fits = await popup.evaluate(() => {
      const last = document.querySelector('.cc-popup-settings')!;
      window.scrollTo(0, document.documentElement.scrollHeight);
      const r = last.getBoundingClientRect();
      const clipped = [...document.querySelectorAll<HTMLElement>('.cc-popup *')].filter((el) => {
        const cs = getComputedStyle(el);
        return (
          (cs.overflowY === 'hidden' || cs.overflowX === 'hidden') &&
          el.scrollHeight > el.clientHeight + 1 &&
          !el.classList.contains('cc-visually-hidden')
        );
      });
      return { bottomVisible: r.bottom <= innerHeight + 1 && r.top >= 0, clipped: clipped.map((el) => el.className) };
    });
    expect(fits).toEqual({ bottomVisible: true, clipped: [] });
    await popup.close();
  });
});
