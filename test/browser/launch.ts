/**
 * Which browser this run of the shared suite drives: the Chromium config and the Firefox
 * config each run test/browser/*.browser.ts with CC_BROWSER set.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ARTIFACTS_DIR, FIXTURES_DIR, serveStatic, type StaticServer } from '../../scripts/browsers/chromium';
import { chromiumDriver, plainChromium } from '../../scripts/browsers/chromium-driver';
import type { BrowserName, Driver, DriverOptions, PlainBrowser } from '../../scripts/browsers/driver';
import { firefoxDriver, plainFirefox } from '../../scripts/browsers/firefox-driver';

export const BROWSER: BrowserName = process.env.CC_BROWSER === 'firefox' ? 'firefox' : 'chromium';

export const launchDriver = (options: DriverOptions = {}): Promise<Driver> =>
  BROWSER === 'firefox' ? firefoxDriver(options) : chromiumDriver(options);

/** The same browser with no extension, for what a page does without us. */
export const launchPlain = (): Promise<PlainBrowser> => (BROWSER === 'firefox' ? plainFirefox() : plainChromium());

/** Where a screenshot of this browser's run goes: test/e2e/artifacts/<browser>-<name>.png. */
export const shot = (name: string) => resolve(ARTIFACTS_DIR, `${BROWSER}-${name}.png`);

/** The test fixtures served for a test file (and the screenshot folder made): `url(path)` once started. */
export function fixtureServer() {
  let server: StaticServer | null = null;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    server = await serveStatic(FIXTURES_DIR);
  });
  afterAll(async () => {
    await server?.close();
  });
  return { url: (path: string) => `${server!.url}/${path}` };
}

/** A browser for one describe block, started before its tests and closed after them. */
export function driverSession(options: DriverOptions = {}) {
  const s = { driver: null as unknown as Driver };
  beforeAll(async () => {
    s.driver = await launchDriver(options);
  });
  afterAll(async () => {
    await s.driver?.close();
  });
  return s;
}
