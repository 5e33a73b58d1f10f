/**
 * The interface in the reader's language, in each browser: Chromium started in Italian
 * (`--lang`, LANGUAGE; Debian's chromium-l10n) and Firefox with an Italian interface
 * (`intl.locale.requested`, firefox-esr-l10n-it). The popup, the options page, a card, a claim
 * note and the answer to a selection show no English apart from names and outlets, say their
 * language in `lang`, and axe finds nothing. A language chosen in the settings applies at once
 * to an open card; the other four languages, chosen there, show none of our English either, and
 * fit the popup's width and the card's (German and French have the longest words).
 */
import { describe, expect, it } from 'vitest';
import { ASK_SELECTION } from '../../data/contracts/messages';
import type { LanguageData } from '../../data/core/i18n/check';
import type { Language } from '../../data/core/i18n/translate';
import type { Dataset } from '../../data/core/facts/schema';
import datasetJson from '../../data/generated/dataset.json';
import languagesJson from '../../data/generated/languages.json';
import { until, type Driver, type Tab } from '../../scripts/browsers/driver';
import { axeRun } from './axe';
import { BROWSER, driverSession, fixtureServer, shot } from './launch';
import { selectText } from './selection';

const LANGS = languagesJson as Record<Language, LanguageData>;
const dataset = datasetJson as unknown as Dataset;
const fixtures = fixtureServer();
const NEWS = () => fixtures.url('news-article.html');
const CLAIMS = () => fixtures.url('claims-page.html');

const words = (text: string) => text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
/** Names and outlets: they stay as written in every language. */
const NAMES = new Set(
  [
    'Context Cards',
    'Netflix',
    ...dataset.entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.surface)]),
    ...dataset.sources.flatMap((s) => [s.outlet, s.via ?? '']),
    ...dataset.families.map((f) => f.name),
  ].flatMap(words),
);

/** The language's own month names (its dates) and the languages' names (the language setting). */
function ownNames(lang: Language): string[] {
  const months = Array.from({ length: 12 }, (_, m) =>
    (['short', 'long'] as const).map((month) => new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' }).format(Date.UTC(2025, m, 15))),
  ).flat();
  const languages = Object.keys(LANGS).map((l) => new Intl.DisplayNames([l], { type: 'language' }).of(l) ?? l);
  return [...months, ...languages];
}

/** Words of our English interface and facts that the language's own never uses: seen on screen, they are English left over. */
function englishOnly(lang: Language): Set<string> {
  const own = (d: LanguageData) => [
    ...Object.values(d.messages),
    ...Object.values(d.facts?.facts ?? {}),
    ...Object.values(d.facts?.roles ?? {}),
  ];
  const theirs = new Set([...own(LANGS[lang]), ...ownNames(lang)].flatMap(words));
  const english = [...own(LANGS.en), ...dataset.facts.map((f) => f.text), ...dataset.entities.map((e) => e.role?.text ?? '')];
  return new Set(english.flatMap(words).filter((w) => !theirs.has(w) && !NAMES.has(w)));
}

/** Run in a page: the text a person sees and hears of our UI (the document's, or the open card's), names and labels included. */
function uiText(inShadow: boolean): { text: string; langs: string[] } {
  // Our UI's host that holds the open card, note or answer (asking has a host of its own).
  const shadow = [...document.querySelectorAll('context-cards-ui')]
    .map((h) => h.shadowRoot)
    .find((r) => r?.querySelector('[role="dialog"]'));
  const root: ParentNode | null = inShadow ? (shadow?.querySelector('[role="dialog"]') ?? null) : document.body;
  if (!root) return { text: '', langs: [] };
  const attrs = [...root.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((e) =>
    ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
  );
  const own = root instanceof Element ? [root.getAttribute('aria-label') ?? ''] : [];
  const host = inShadow ? shadow!.querySelector('.cc-root') : document.documentElement;
  // The page's own sentence, quoted in a note or an answer, is the page's language, not ours.
  const quoted = [...root.querySelectorAll<HTMLElement>('.cc-said blockquote')].map((q) => q.innerText);
  let text = (root as HTMLElement).innerText ?? root.textContent ?? '';
  for (const q of quoted) text = text.replace(q, '');
  return {
    text: [text, ...attrs, ...own].join(' \n'),
    langs: [host?.getAttribute('lang') ?? '', ...[...root.querySelectorAll('[lang]')].map((e) => e.getAttribute('lang') ?? '')],
  };
}

/** No English word of ours on screen. */
async function expectNoEnglish(tab: Tab, lang: Language, inShadow = false) {
  const { text } = await tab.evaluate(uiText, inShadow);
  expect(text.length).toBeGreaterThan(40);
  const left = [...new Set(words(text).filter((w) => englishOnly(lang).has(w)))];
  expect(left, text).toEqual([]);
}

/** Run in a page: elements of our UI whose text is cut off or sticks out sideways. */
function cutOff(inShadow: boolean): string[] {
  const shadow = [...document.querySelectorAll('context-cards-ui')]
    .map((h) => h.shadowRoot)
    .find((r) => r?.querySelector('[role="dialog"]'));
  // The card's dialog and what is in it; the popup's whole document.
  const root: ParentNode | null = inShadow ? (shadow?.querySelector('[role="dialog"]') ?? null) : document;
  if (!root) return ['no UI'];
  const right = root instanceof Element ? root.getBoundingClientRect().right : document.documentElement.clientWidth;
  return (
    [...root.querySelectorAll<HTMLElement>('*')]
      // Text for screen readers only is clipped on purpose.
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.cc-visually-hidden'))
      .filter(
        (el) =>
          el.getBoundingClientRect().right > right + 0.5 ||
          (el.scrollWidth > el.clientWidth + 1 && !['visible', 'auto', 'scroll'].includes(getComputedStyle(el).overflowX)),
      )
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`)
      .slice(0, 5)
  );
}

async function newsTab(driver: Driver) {
  const tab = await driver.open(NEWS());
  await until(async () => (await driver.marks(NEWS())) >= 15, '15 marks');
  return { tab, tabId: (await driver.mentionsOn(NEWS())).tabId };
}

const card = (tab: Tab) => tab.evaluate(uiText, true);
/** Whether the card shows a message (case aside: some headings are set in capitals). */
const shows = (c: { text: string }, message: string | undefined) => c.text.toLowerCase().includes((message ?? '\u0000').toLowerCase());

describe(`the interface in Italian, as the browser is (${BROWSER})`, () => {
  const s = driverSession({ locale: 'it' });

  it('the popup: Italian words, lang="it", axe-clean, nothing cut off', async () => {
    const { tabId } = await newsTab(s.driver);
    const popup = await s.driver.popup(tabId, '.cc-mention');
    expect(await popup.evaluate(() => document.documentElement.lang, null)).toBe('it');
    await popup.wait(300);
    await popup.screenshot(shot('popup-it'));
    await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)), null);
    await expectNoEnglish(popup, 'it');
    expect((await axeRun(popup)).violations).toEqual([]);
    expect(await popup.evaluate(cutOff, false)).toEqual([]);
    await popup.close();
  });

  it('the options page: Italian words, the language setting among them, axe-clean', async () => {
    const options = await s.driver.options('.cc-options-title');
    expect(await options.text('.cc-options-title')).toBe(LANGS.it.messages.settingsTitle);
    await expectNoEnglish(options, 'it');
    // The browser's language is named in it, in its own words.
    expect(
      await options.evaluate(() => document.querySelector('input[name="language"][value="auto"]')!.closest('label')!.textContent, null),
    ).toMatch(/italiano/i);
    expect((await axeRun(options)).violations).toEqual([]);
    await options.close();
  });

  it('a card: the facts in Italian, marked as translated, the English original one click away', async () => {
    const { tab } = await newsTab(s.driver);
    await tab.hoverText('Natalie Portman');
    await until(async () => (await card(tab)).text !== '', 'the card');
    const c = await card(tab);
    expect(c.langs[0]).toBe('it');
    expect(c.langs).toContain('it');
    await expectNoEnglish(tab, 'it', true);
    expect(shows(c, LANGS.it.messages.translatedFrom)).toBe(true);
    await tab.wait(400);
    await tab.screenshot(shot('card-it'));
    expect((await axeRun(tab, '[role="dialog"]')).violations).toEqual([]);
    // One click: the English originals, each said to be English.
    await tab.evaluate(
      () => document.querySelector('context-cards-ui')!.shadowRoot!.querySelector<HTMLElement>('.cc-original-toggle')!.click(),
      null,
    );
    await until(async () => shows(await card(tab), LANGS.it.messages.showTranslation), 'the originals');
    const original = await card(tab);
    expect(original.text).toContain(dataset.facts.find((f) => f.id === 'C02')!.text);
    expect(original.langs).toContain('en');
    await tab.close();
  });

  it('a claim note and the answer to a selection: Italian words, axe-clean', async () => {
    const tab = await s.driver.open(CLAIMS());
    await until(async () => (await tab.painted()) > 0, 'marks painted');
    await tab.hoverText('age-gap romance');
    await until(async () => shows(await card(tab), LANGS.it.messages.pageSays), 'the note');
    await expectNoEnglish(tab, 'it', true);
    expect((await axeRun(tab, '[role="dialog"]')).violations).toEqual([]);
    await tab.press('Escape');
    await tab.moveMouse(1, 1);
    // Asked about a sentence, as the context menu asks.
    const sentence = 'Filming wrapped in late 2025 in New York City.';
    expect(await tab.evaluate(selectText, [sentence, 0] as const)).toBe(true);
    const { tabId } = await s.driver.mentionsOn(tab.url());
    await s.driver.sendToTab(tabId, { type: ASK_SELECTION, text: sentence });
    await tab.front();
    await until(async () => shows(await card(tab), LANGS.it.messages.youAsked), 'the answer');
    // The page's own sentence is quoted as written, said to be in the page's language.
    expect(await tab.evaluate(uiText, true)).toMatchObject({ langs: expect.arrayContaining(['en']) });
    await expectNoEnglish(tab, 'it', true);
    expect((await axeRun(tab, '[data-answer]')).violations).toEqual([]);
    await tab.close();
  });

  it('a language chosen in the settings applies at once: the open card follows, then the popup', async () => {
    const { tab, tabId } = await newsTab(s.driver);
    await tab.hoverText('Mark Ruffalo');
    await until(async () => (await card(tab)).langs[0] === 'it', 'the card in Italian');
    await s.driver.storeSettings({ enabled: true, disabledSites: [], hoverDelay: 'normal', markStyle: 'underline', language: 'de' });
    await until(async () => (await card(tab)).langs[0] === 'de', 'the open card in German');
    await expectNoEnglish(tab, 'de', true);
    const popup = await s.driver.popup(tabId, '.cc-mention');
    expect(await popup.evaluate(() => document.documentElement.lang, null)).toBe('de');
    await s.driver.storeSettings({ enabled: true, disabledSites: [], hoverDelay: 'normal', markStyle: 'underline', language: 'auto' });
    await until(async () => (await popup.evaluate(() => document.documentElement.lang, null)) === 'it', 'the popup back in Italian');
    await popup.close();
    await tab.close();
  });
});

/** The other four, chosen in the settings of a browser in English; German and French have the longest words. */
const CHOSEN = { de: 'German', fr: 'French', es: 'Spanish', 'pt-BR': 'Brazilian Portuguese' } as const;

describe(`the other languages, chosen in the settings: their words, and they fit (${BROWSER})`, () => {
  const s = driverSession();

  for (const [lang, name] of Object.entries(CHOSEN) as Array<[keyof typeof CHOSEN, string]>)
    it(`${name}: the popup and a card in it, nothing cut off or sticking out`, async () => {
      await s.driver.storeSettings({ enabled: true, disabledSites: [], hoverDelay: 'normal', markStyle: 'underline', language: lang });
      const { tab, tabId } = await newsTab(s.driver);
      const popup = await s.driver.popup(tabId, '.cc-mention');
      await popup.wait(300);
      await popup.screenshot(shot(`popup-${lang}`));
      await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)), null);
      expect(await popup.evaluate(() => document.documentElement.lang, null)).toBe(lang);
      expect(await popup.evaluate(cutOff, false)).toEqual([]);
      await expectNoEnglish(popup, lang);
      await popup.close();
      await tab.front();
      await tab.hoverText('Natalie Portman');
      await until(async () => (await card(tab)).langs[0] === lang, `the card in ${name}`);
      await expectNoEnglish(tab, lang, true);
      await tab.wait(400);
      await tab.screenshot(shot(`card-${lang}`));
      expect(await tab.evaluate(cutOff, true)).toEqual([]);
      await tab.close();
    });
});
