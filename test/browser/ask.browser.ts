/**
 * Asking about text, in each browser: the context menu's item is there; asking about a
 * selection (as the menu and the keyboard command do) opens the answer at the selection, with
 * focus in it, on a page about the film, on a page that names nobody and on a site where marks
 * are off; "nothing" is said plainly, with the film's overview one click away; the popup's box
 * answers a pasted sentence; axe finds nothing, in light and dark.
 */
import { describe, expect, it } from 'vitest';
import { ASK_SELECTION } from '../../data/contracts/messages';
import { until, type Driver, type Tab } from '../../scripts/browsers/driver';
import { axeRun } from './axe';
import { BROWSER, driverSession, fixtureServer, shot } from './launch';
import { selectText } from './selection';

const fixtures = fixtureServer();

/** Run in the page: the answer card (in any of our UI hosts), where it is, and whether it has focus. */
function answerState() {
  for (const host of document.querySelectorAll('context-cards-ui')) {
    const el = host.shadowRoot?.querySelector<HTMLElement>('[data-answer]');
    if (!el) continue;
    const r = el.getBoundingClientRect();
    const sel = document.getSelection();
    const s = sel && sel.rangeCount ? sel.getRangeAt(0).getBoundingClientRect() : null;
    return {
      label: el.getAttribute('aria-label'),
      text: el.textContent ?? '',
      claims: [...el.querySelectorAll('section[data-claim-id]')].map(
        (x) => `${x.getAttribute('data-claim-id')}/${x.getAttribute('data-stance')}`,
      ),
      focused: host.shadowRoot!.activeElement === el || el.contains(host.shadowRoot!.activeElement),
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
      selection: s ? { x: s.x, y: s.y, width: s.width, height: s.height } : null,
      background: getComputedStyle(el).backgroundColor,
    };
  }
  return null;
}

const answer = (tab: Tab) => tab.evaluate(answerState, null);

async function ask(s: { driver: Driver }, tab: Tab, selected: string, viaMenu: boolean) {
  expect(await tab.evaluate(selectText, [selected, 0] as const)).toBe(true);
  const { tabId } = await s.driver.mentionsOn(tab.url());
  // The context menu's click sends the text it saw; the keyboard command lets the page read it.
  await s.driver.sendToTab(tabId, viaMenu ? { type: ASK_SELECTION, text: selected } : { type: ASK_SELECTION });
  await until(async () => (await answer(tab)) !== null, 'the answer');
  return (await answer(tab))!;
}

const axe = async (tab: Tab, within?: string) => (await axeRun(tab, within)).violations;

describe(`asking about a selection (${BROWSER})`, () => {
  const s = driverSession();

  it('offers "What do the sources say?" in the context menu', async () => {
    expect(await s.driver.hasMenuItem('ask-the-sources')).toBe(true);
    expect(await s.driver.hasMenuItem('no-such-item')).toBe(false);
  });

  it('answers a sentence of a page about the film at the selection, focus in the answer, with the claim and its sources', async () => {
    const tab = await s.driver.open(fixtures.url('claims-page.html'));
    await until(async () => (await s.driver.marks(tab.url())) > 0, 'marks');
    await tab.front();
    // No name of the film in the sentence itself: the page is about the film.
    const a = await ask(s, tab, 'Filming wrapped in late 2025 in New York City.', true);
    expect(a.label).toBe('What the sources say');
    expect(a.claims[0]).toBe('C37/states');
    expect(a.text).toContain('You asked about');
    // Both sides of the dispute, with their sources.
    expect(a.text).toMatch(/late summer 2025/i);
    expect(a.focused).toBe(true);
    // At the selection: just below or above it.
    const sel = a.selection!;
    expect(Math.abs(a.box.y - (sel.y + sel.height)) < 24 || Math.abs(a.box.y + a.box.height - sel.y) < 24).toBe(true);
    await tab.wait(500); // the card's fade-in
    await tab.screenshot(shot('ask-answer'));
    expect(await axe(tab, '[data-answer]')).toEqual([]);
    // Escape closes it.
    await tab.press('Escape');
    await until(
      async () => (await answer(tab)) === null || !(await tab.evaluate(() => !!document.querySelector('context-cards-ui'), null)),
      'closed',
    );
    await tab.close();
  });

  it('the keyboard command reads the selection itself; the stance is the sentence’s', async () => {
    const tab = await s.driver.open(fixtures.url('claims-page.html'));
    await until(async () => (await s.driver.marks(tab.url())) > 0, 'marks');
    await tab.front();
    const a = await ask(s, tab, 'Mark Ruffalo plays the 50-something man Ally falls for.', false);
    expect(a.claims[0]).toBe('C13/states');
    await tab.close();
  });

  it('says plainly that the dataset holds nothing, on a page that names nobody, with the overview one click away', async () => {
    const tab = await s.driver.open(fixtures.url('health-column.html'));
    await tab.front();
    const a = await ask(s, tab, 'Good Sex, our therapists say, starts with talking.', true);
    expect(a.label).toBe('The dataset holds nothing about this');
    expect(a.claims).toEqual([]);
    // The page names nobody: no marks, no marker; only the card's code came, to answer.
    expect(await s.driver.marks(tab.url())).toBe(0);
    await tab.wait(500);
    await tab.screenshot(shot('ask-nothing'));
    await tab.evaluate(() => {
      const host = [...document.querySelectorAll('context-cards-ui')].find((h) => h.shadowRoot?.querySelector('[data-answer]'))!;
      host.shadowRoot!.querySelector<HTMLElement>('.cc-overview-button')!.click();
    }, null);
    await until(async () => ((await answer(tab))?.text ?? '').includes('romantic comedy by Lena Dunham'), "the film's card in the answer");
    await tab.close();
  });

  it('answers on a site where marks are off: asking is explicit', async () => {
    await s.driver.storeSettings({ enabled: true, disabledSites: ['127.0.0.1'], hoverDelay: 'normal', markStyle: 'underline' });
    const tab = await s.driver.open(fixtures.url('claims-page.html'));
    await tab.front();
    await tab.wait(800);
    expect((await s.driver.mentionsOn(tab.url())).found.on).toBe(false);
    const a = await ask(s, tab, "Meg Ryan's role is said to be pivotal to Ally's journey.", true);
    expect(a.claims[0]).toBe('C22/states');
    await tab.close();
    await s.driver.clearStorage();
  });
});

describe(`the answer in dark mode (${BROWSER})`, () => {
  const s = driverSession({ colorScheme: 'dark' });
  it('is dark, and axe finds nothing', async () => {
    const tab = await s.driver.open(fixtures.url('claims-page.html'));
    await until(async () => (await s.driver.marks(tab.url())) > 0, 'marks');
    await tab.front();
    const a = await ask(s, tab, 'Expect a teaser for Good Sex by mid-2026, and a release later in the year.', true);
    expect(a.claims[0]).toMatch(/^C4[12]\/states$/);
    const [r, g, b] = a.background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
    await tab.wait(500);
    await tab.screenshot(shot('ask-answer-dark'));
    expect(await axe(tab, '[data-answer]')).toEqual([]);
    await tab.close();
  });
});

describe(`the popup's box (${BROWSER})`, () => {
  const s = driverSession();
  it('answers a pasted sentence with the same answer, and "nothing" plainly', async () => {
    const popup = await s.driver.popup(null, '.cc-ask-input');
    await popup.fill('.cc-ask-input', 'Netflix paid about $55 million for Good Sex.');
    await popup.press('Enter');
    await until(async () => ((await popup.text('.cc-ask-answer')) ?? '').includes('What the sources say'), 'the answer in the popup');
    const claims = await popup.evaluate(
      () => [...document.querySelectorAll('.cc-ask-answer section[data-claim-id]')].map((x) => x.getAttribute('data-claim-id')),
      null,
    );
    expect(claims[0]).toBe('C32');
    await popup.evaluate(() => document.querySelector('.cc-ask')!.scrollIntoView({ block: 'start' }), null);
    await popup.screenshot(shot('popup-ask'));
    expect(await axe(popup)).toEqual([]);
    await popup.fill('.cc-ask-input', 'The weather in Lisbon is mild in spring.');
    await popup.clickRole('button', 'Check');
    await until(
      async () => ((await popup.text('.cc-ask-answer')) ?? '').includes('The dataset holds nothing about this'),
      `"nothing", the box holding ${JSON.stringify(await popup.evaluate(() => document.querySelector('textarea')!.value, null))}`,
    );
    await popup.close();
  });
});
