/**
 * Which browser this run of the shared suite drives: the Chromium config and the Firefox
 * config each run test/browser/*.browser.ts with CC_BROWSER set.
 */
import { chromiumDriver, plainChromium } from '../../scripts/browsers/chromium-driver';
import type { BrowserName, Driver, DriverOptions, PlainBrowser } from '../../scripts/browsers/driver';
import { firefoxDriver, plainFirefox } from '../../scripts/browsers/firefox-driver';

export const BROWSER: BrowserName = process.env.CC_BROWSER === 'firefox' ? 'firefox' : 'chromium';

export const launchDriver = (options: DriverOptions = {}): Promise<Driver> =>
  BROWSER === 'firefox' ? firefoxDriver(options) : chromiumDriver(options);

/** The same browser with no extension, for what a page does without us. */
export const launchPlain = (): Promise<PlainBrowser> => (BROWSER === 'firefox' ? plainFirefox() : plainChromium());
