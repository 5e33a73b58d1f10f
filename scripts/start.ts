/**
 * `npm start`: builds the extension, serves the demo page on 127.0.0.1 and opens Chromium with
 * the extension loaded. With a display it stays open for you to hover names. Without one
 * (a server, CI) it runs headless: prints the mentions the extension found and saves a
 * screenshot of a card.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_INSTALL_HINT, chromiumPath } from './browsers/chromium-path';
import {
  FIXTURES_DIR,
  hoverText,
  launchWithExtension,
  mentionsOn,
  openPopup,
  ROOT,
  serveStatic,
  tabIdOf,
  waitForMarks,
} from './browsers/chromium';

const DEMO = 'news-article.html';
const SHOT = resolve(ROOT, '.output/demo/card.png');
const POPUP_SHOT = resolve(ROOT, '.output/demo/popup.png');

try {
  chromiumPath();
} catch {
  console.error(CHROMIUM_INSTALL_HINT);
  process.exit(1);
}

console.log('Building the extension…');
execFileSync(process.execPath, [resolve(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
});

const headless = process.env.CI === 'true' || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const server = await serveStatic(FIXTURES_DIR);
const browser = await launchWithExtension({ headless });
const page = await browser.context.newPage();
const url = `${server.url}/${DEMO}`;
await page.goto(url);
await waitForMarks(page);

// Ask the content script what it found, the way the popup does.
const found = await mentionsOn(browser, url);

console.log(`\nMentions on ${url}:`);
for (const m of found.mentions) console.log(`  ${m.entity.padEnd(26)} ${JSON.stringify(m.text)}`);
console.log(`${found.mentions.length} mentions of ${found.entities.length} entities.`);

// The popup as a page acting for the demo tab: the toolbar popup cannot be opened from a script.
const popup = await openPopup(browser, await tabIdOf(browser, url));
await popup.locator('.cc-mention').first().waitFor({ timeout: 10_000 });

if (headless) {
  await popup.waitForTimeout(300);
  mkdirSync(resolve(SHOT, '..'), { recursive: true });
  await popup.screenshot({ path: POPUP_SHOT });
  await page.bringToFront();
  await hoverText(page, 'Natalie Portman', 1);
  await page.locator('[role="dialog"][aria-label="Natalie Portman"]').waitFor({ timeout: 5000 });
  await page.waitForTimeout(200);
  await page.screenshot({ path: SHOT });
  console.log(`\nNo display: ran headless. Screenshots: a card ${SHOT}, the popup ${POPUP_SHOT}`);
  await browser.close();
  await server.close();
} else {
  await page.bringToFront();
  console.log('\nChromium is open with the extension, and its popup in a second tab. Hover a name for its card; close the window to stop.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  await server.close();
}
