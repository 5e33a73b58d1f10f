/**
 * Claim notes as people meet them: a seed-style page that states disputed, reported and
 * predicted claims gets its sentences marked in a second style; hover, the keyboard and the
 * popup open a note that says what the page claims and what the sources say, both sides of a
 * dispute included. Screenshots of a disputed claim's note, light and dark.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_HIGHLIGHT_NAME } from '../../data/contracts/page-names';
import {
  ARTIFACTS_DIR,
  FIXTURES_DIR,
  hoverText,
  launchWithExtension,
  mentionsOn,
  openPopup,
  sendToTab,
  serveStatic,
  tabIdOf,
  waitForMarks,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browsers/chromium';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PAGE = 'claims-page.html';
let server: StaticServer;
let ext: ExtensionBrowser;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await serveStatic(FIXTURES_DIR);
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function open(scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await ext.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/${PAGE}`);
  await waitForMarks(page);
  return page;
}

const dialog = (page: Page) => page.locator('[role="dialog"]');
const claimsPainted = (page: Page) =>
  page.evaluate(
    (name) => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name)?.size ?? 0,
    CLAIM_HIGHLIGHT_NAME,
  );

describe('claim notes', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open();
  });

  it("marks the sentences that state claims the sources have not confirmed, not the textarea's copy", async () => {
    const res = await mentionsOn(ext, `${server.url}/${PAGE}`);
    expect(res.claims.map((c) => `${c.claim}/${c.stance}`)).toEqual(['C20/states', 'C22/states', 'C37/states', 'C38/states', 'C42/states']);
    // One mark per sentence (C20 and C22 share one), in their own highlight beside the names'.
    await expect.poll(() => claimsPainted(page), { timeout: 3000 }).toBe(4);
    expect(res.claims.every((c) => !c.text.includes('!'))).toBe(true); // the textarea's "...best friend!" is not read
  });

  it('opens a note on a claim: what the page says, and both sides of the dispute with their sources', async () => {
    await hoverText(page, 'age-gap romance');
    await expect.poll(() => dialog(page).getAttribute('aria-label'), { timeout: 3000 }).toBe('Note: Sources disagree here');
    const note = dialog(page);
    await expect.poll(() => note.locator('.cc-said blockquote').textContent()).toContain('Girls creator Dunham stars as Ally');
    // Both claims of the sentence: the dispute (its two sides, the favoured first) and Meg Ryan's role.
    expect(await note.locator('.cc-note-claim').evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-id')))).toEqual([
      'C20',
      'C22',
    ]);
    expect(await note.locator('.cc-side').evaluateAll((els) => els.map((e) => e.getAttribute('data-fact-id')))).toEqual(['C19', 'C20']);
    expect(await note.locator('.cc-independence').first().textContent()).toMatch(/independent source/);
    expect(await note.locator('a[href^="https://"]').count()).toBeGreaterThan(3);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'claim-note-light.png') });
  });

  it('a name inside a claim opens its own card, not the note', async () => {
    await page.mouse.move(1, 1);
    await expect.poll(() => dialog(page).count(), { timeout: 3000 }).toBe(0);
    await hoverText(page, 'Meg Ryan');
    await expect.poll(() => dialog(page).getAttribute('aria-label'), { timeout: 3000 }).toBe('Meg Ryan');
  });

  it('says that a prediction whose date has passed has no confirmation', async () => {
    await page.mouse.move(1, 1);
    await expect.poll(() => dialog(page).count(), { timeout: 3000 }).toBe(0);
    await hoverText(page, 'Expect a teaser');
    // C42 expected a teaser by mid-2026; this browser's clock is past that (the test runs after 2026-06-30).
    await expect.poll(() => dialog(page).getAttribute('aria-label'), { timeout: 3000 }).toBe('Note: A prediction whose date has passed');
    expect(await dialog(page).locator('[data-aged]').textContent()).toContain('The predicted date has passed');
  });

  it('axe-core finds no accessibility violations in a note', async () => {
    await page.addScriptTag({ path: AXE_PATH });
    await page.mouse.move(1, 1);
    await hoverText(page, 'currently in post');
    await expect.poll(() => dialog(page).getAttribute('aria-label'), { timeout: 3000 }).toBe('Note: Reported, not confirmed');
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
    });
    expect(result.violations).toEqual([]);
    expect(result.passes).toBeGreaterThan(5);
  });

  it('the keyboard command steps through names and notes alike, in reading order, focus in each', async () => {
    await page.mouse.move(1, 1);
    await page.keyboard.press('Escape');
    const tab = await tabIdOf(ext, `${server.url}/${PAGE}`);
    const seen: string[] = [];
    for (let i = 0; i < 16; i++) {
      expect(await sendToTab(ext, tab, { type: 'context-cards:next-mention' })).toBe(true);
      await page.bringToFront();
      await expect.poll(() => dialog(page).count(), { timeout: 3000 }).toBe(1);
      const label = (await dialog(page).getAttribute('aria-label'))!;
      if (seen.at(-1) !== label) seen.push(label);
      expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('context-cards-ui');
    }
    // After Mark Ruffalo's card, the sentence's note, then the names inside it.
    const i = seen.indexOf('Note: Sources disagree here');
    expect(i).toBeGreaterThan(0);
    expect(seen.slice(i, i + 2)).toEqual(['Note: Sources disagree here', 'Lena Dunham']);
    expect(seen).toContain('Note: A prediction whose date has passed');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count(), { timeout: 1000 }).toBe(0);
  });

  it("the popup lists the page's claims with their status, and takes the page to one with its note open", async () => {
    const tab = await tabIdOf(ext, `${server.url}/${PAGE}`);
    const popup = await openPopup(ext, tab);
    const items = popup.locator('.cc-page-claims li');
    await expect.poll(() => items.count(), { timeout: 5000 }).toBe(5);
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-id')))).toEqual(['C20', 'C22', 'C37', 'C38', 'C42']);
    expect(await popup.locator('.cc-page-claims li[data-claim-id="C37"] .cc-badge').textContent()).toBe('Disputed');
    await popup.screenshot({ path: resolve(ARTIFACTS_DIR, 'popup-claims.png'), fullPage: true });
    await popup.locator('.cc-page-claims li[data-claim-id="C37"] button').click();
    await page.bringToFront();
    await expect.poll(() => dialog(page).locator('[data-claim-id="C37"]').count(), { timeout: 3000 }).toBeGreaterThan(0);
    await popup.close();
  });

  it('the note of a disputed claim, dark', async () => {
    const dark = await open('dark');
    await hoverText(dark, 'age-gap romance');
    await expect.poll(() => dialog(dark).getAttribute('aria-label'), { timeout: 3000 }).toBe('Note: Sources disagree here');
    await dark.screenshot({ path: resolve(ARTIFACTS_DIR, 'claim-note-dark.png') });
    await dark.close();
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
