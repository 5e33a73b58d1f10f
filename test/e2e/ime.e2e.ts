/**
 * IME composition in form fields, with and without the extension: driven over CDP, so in
 * Chromium only. The other hostile pages are held in both browsers by
 * test/browser/with-and-without.browser.ts.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, QUIET_FLAGS } from '../../scripts/browsers/chromium-path';
import {
  FIXTURES_DIR,
  launchWithExtension,
  markCount,
  serveStatic,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browsers/chromium';

let ext: ExtensionBrowser;
let plain: BrowserContext;
let plainProfile: string;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(FIXTURES_DIR);
  ext = await launchWithExtension();
  plainProfile = mkdtempSync(join(tmpdir(), 'context-cards-plain-'));
  plain = await chromium.launchPersistentContext(plainProfile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [...QUIET_FLAGS],
  });
});
afterAll(async () => {
  await ext?.close();
  await plain?.close();
  rmSync(plainProfile, { recursive: true, force: true });
  await server?.close();
});

describe('composing text with an IME in form fields, with and without the extension', () => {
  /** Types into each field, then composes "ü" the way an IME does; returns what each field holds. */
  async function composeEverywhere(context: BrowserContext): Promise<{ values: Record<string, string>; marks: [number, number] }> {
    const page = await context.newPage();
    await page.goto(`${server.url}/hostile/form-fields.html`);
    await page.waitForTimeout(1000);
    const before = context === ext.context ? await markCount(page) : 0;
    const cdp = await context.newCDPSession(page);
    for (const id of ['input', 'textarea', 'editable']) {
      await page.click(`#${id}`);
      await page.keyboard.press('End');
      await page.keyboard.type(', and Natalie Portman too');
      await cdp.send('Input.imeSetComposition', { text: 'u', selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.imeSetComposition', { text: 'ü', selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.insertText', { text: 'ü' });
    }
    await page.waitForTimeout(600);
    const values = await page.evaluate(() => ({
      input: (document.getElementById('input') as HTMLInputElement).value,
      textarea: (document.getElementById('textarea') as HTMLTextAreaElement).value,
      editable: document.getElementById('editable')!.textContent ?? '',
    }));
    const after = context === ext.context ? await markCount(page) : 0;
    await page.close();
    return { values, marks: [before, after] };
  }

  it('every composition lands as it does without us, and nothing composed is marked', async () => {
    const without = await composeEverywhere(plain);
    const withExt = await composeEverywhere(ext.context);
    expect(without.values.input).toBe('Mark Ruffalo in an input, and Natalie Portman tooü');
    expect(withExt.values).toEqual(without.values);
    expect(withExt.marks[0]).toBeGreaterThan(0);
    expect(withExt.marks[1]).toBe(withExt.marks[0]);
  });
});
