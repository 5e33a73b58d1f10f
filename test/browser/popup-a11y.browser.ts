/**
 * The popup and the options page for everyone, in each browser: axe-clean in light and dark,
 * every control reachable with Tab and operable from the keyboard with a visible focus ring,
 * no sideways scrolling at the popup's width and nothing cut off at its maximum height.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until, type Driver, type Tab } from '../../scripts/browsers/driver';
import { axeRun } from './axe';
import { BROWSER, fixtureServer, launchDriver, shot } from './launch';

/** Chrome's popup is at most 800 x 600; ours is 380 wide. */
const POPUP = { width: 380, height: 600 };

const fixtures = fixtureServer();
const NEWS = () => fixtures.url('news-article.html');

const axe = (page: Tab) => axeRun(page);

/** Everything the popup can show at once: all mentions, search results, settings open. */
async function expandAll(popup: Tab) {
  await until(async () => (await popup.text('.cc-more-mentions')) !== null, 'the "Show more" button', 10_000);
  await popup.click('.cc-more-mentions');
  await popup.fill('input[type="search"]', 'jones');
  await until(async () => (await popup.text('.cc-results button')) !== null, 'search results');
  await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)), null);
}

/** A browser with the news article open in a tab: what the popup acts for in every test here. */
function withNewsTab(colorScheme: 'light' | 'dark' = 'light') {
  const s = { driver: null as unknown as Driver, page: null as unknown as Tab, tabId: 0 };
  beforeAll(async () => {
    s.driver = await launchDriver({ colorScheme });
    s.page = await s.driver.open(NEWS());
    await until(async () => (await s.driver.marks(NEWS())) >= 15, '15 marks');
    s.tabId = (await s.driver.mentionsOn(NEWS())).tabId;
  });
  afterAll(async () => {
    await s.driver?.close();
  });
  return s;
}

/** No sideways scrolling; if there is, what sticks out, in the message. */
async function expectNoSidewaysScroll(page: Tab) {
  const r = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)} > ${width}`);
    return { fits: document.documentElement.scrollWidth <= width, wide: wide.slice(0, 5) };
  }, null);
  expect(r.fits, `sticking out: ${r.wide.join('; ')}`).toBe(true);
}
/** Run in the options page: the "Turn back on" buttons' names. */
const turnBackOn = () =>
  [...document.querySelectorAll('button')]
    .map((b) => b.getAttribute('aria-label') ?? b.textContent ?? '')
    .filter((n) => /^Turn back on for/.test(n));

for (const scheme of ['light', 'dark'] as const) {
  describe(`popup and options, ${scheme} (${BROWSER})`, () => {
    const s = withNewsTab(scheme);

    it('the popup has no axe violations, with everything expanded and with a card open', async () => {
      const popup = await s.driver.popup(s.tabId, '.cc-mention');
      await popup.wait(300); // the switches' 120 ms transition, before the picture
      await popup.screenshot(shot(`popup-${scheme}`));
      await expandAll(popup);
      const home = await axe(popup);
      expect(home.violations).toEqual([]);
      expect(home.passes).toBeGreaterThan(10); // axe really looked
      await expectNoSidewaysScroll(popup);
      await popup.click('.cc-results button');
      await until(async () => (await popup.text('.cc-open-card h2')) !== null, 'the card in the popup');
      expect((await axe(popup)).violations).toEqual([]);
      await expectNoSidewaysScroll(popup);
      await popup.close();
    });

    it('the options page has no axe violations, with sites listed', async () => {
      await s.driver.storeSettings({
        enabled: true,
        disabledSites: ['example.com', 'news.example.co.uk', 'file://'],
        hoverDelay: 'normal',
        markStyle: 'underline',
      });
      const options = await s.driver.options();
      await until(async () => (await options.evaluate(turnBackOn, null)).includes('Turn back on for example.com'), 'the sites listed');
      await options.screenshot(shot(`options-${scheme}`));
      expect((await axe(options)).violations).toEqual([]);
      await options.clickRole('button', 'Turn back on for example.com');
      await until(async () => (await options.evaluate(turnBackOn, null)).length === 2, 'two sites left');
      await s.driver.clearStorage();
      await options.close();
    });
  });
}

describe(`keyboard and size (${BROWSER})`, () => {
  const s = withNewsTab();

  it('Tab reaches every control of the popup, each with a visible focus ring', async () => {
    const popup = await s.driver.popup(s.tabId);
    await expandAll(popup);
    // Each control gets a number, so two identical source links are still two stops.
    const controls = await popup.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('button, input, summary, a[href], select, textarea')]
          .filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && !el.closest('[hidden]'))
          .map((el, i) => {
            el.dataset.stop = String(i);
            return `${i} ${el.outerHTML.slice(0, 60)}`;
          }),
      null,
    );
    expect(controls.length).toBeGreaterThan(50);
    // Start at the first control, as a person who has just opened the popup does.
    await popup.evaluate(() => document.querySelector<HTMLElement>('[data-stop="0"]')!.focus(), null);
    const reached = new Set<string>([controls[0]!]);
    const unringed: string[] = [];
    // Radios in one group are one Tab stop (arrow keys move within), as in any form.
    const radioGroups = new Set<string>();
    for (let i = 0; i < controls.length + 10; i++) {
      await popup.press('Tab');
      const f = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        // Past the last control, focus leaves the page for the browser's own UI.
        if (el === document.body || !el) return null;
        const cs = getComputedStyle(el);
        const ring = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
        return {
          html: `${el.dataset.stop} ${el.outerHTML.slice(0, 60)}`,
          ring,
          radio: el instanceof HTMLInputElement && el.type === 'radio' ? el.name : null,
        };
      }, null);
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
    const popup = await s.driver.popup(s.tabId, '[role="switch"]');
    const focusRole = (role: string, name: string) =>
      popup.evaluate(
        ([r, n]) => {
          const re = new RegExp(n);
          const el = [...document.querySelectorAll<HTMLElement>(r === 'switch' ? '[role="switch"]' : 'button')].find((e) =>
            re.test((e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/\s+/g, ' ').trim()),
          );
          el?.focus();
          return el !== undefined;
        },
        [role, name] as const,
      );
    await until(() => focusRole('switch', String.raw`this site \(127\.0\.0\.1\)`), 'the site switch');
    await popup.press('Space');
    await until(async () => (await s.driver.marks(NEWS())) === 0, 'no marks', 3000);
    await popup.press('Enter');
    await until(async () => (await s.driver.marks(NEWS())) > 10, 'marks back', 5000);
    // Mark Ruffalo is behind "Show more" on this page: reach him the way a keyboard user would.
    await popup.evaluate(() => document.querySelector<HTMLElement>('.cc-more-mentions')!.focus(), null);
    await popup.press('Enter');
    await until(
      () =>
        popup.evaluate(() => {
          const name = [...document.querySelectorAll('.cc-mention .cc-person-name')].find((n) => n.textContent === 'Mark Ruffalo');
          name?.closest<HTMLElement>('button')?.focus();
          return name !== undefined;
        }, null),
      'Mark Ruffalo in the list',
    );
    await popup.press('Enter');
    await until(
      () =>
        s.page.evaluate(
          () =>
            document.querySelector('context-cards-ui')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('aria-label') ===
            'Mark Ruffalo',
          null,
        ),
      "Mark Ruffalo's card on the page",
      3000,
    );
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('input[type="search"]')!.focus(), null);
    await popup.type('dunam');
    await popup.press('Enter');
    await until(async () => (await popup.text('.cc-open-card h2')) === 'Lena Dunham', "Lena Dunham's card in the popup");
    // Focus lands on the card's name; Escape goes back to the search box.
    await until(async () => (await popup.evaluate(() => document.activeElement?.textContent, null)) === 'Lena Dunham', 'focus on the name');
    await popup.press('Escape');
    await until(async () => (await popup.text('.cc-open-card')) === null, 'the card closed');
    await until(
      async () => (await popup.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type, null)) === 'search',
      'focus back in search',
    );
    await popup.close();
  });

  it("nothing is cut off at the popup's maximum height: the whole popup scrolls into view", async () => {
    const popup = await s.driver.popup(s.tabId, 'body *', POPUP);
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
    }, null);
    expect(fits).toEqual({ bottomVisible: true, clipped: [] });
    await popup.close();
  });
});
