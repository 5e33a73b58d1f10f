/** Where Debian's Chromium lives, and a clear way out when it is missing. */
import { existsSync } from 'node:fs';

export const CHROMIUM_INSTALL_HINT =
  'Chromium is not installed. On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium fonts-dejavu-core ' +
  '(or point CHROMIUM_PATH at a Chromium or Chrome binary).';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error(CHROMIUM_INSTALL_HINT);
  return found;
}

/** Flags that keep Chromium quiet on a machine with no network but loopback: no update checks,
 * no background fetches, no component downloads. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];
