import {existsSync} from 'node:fs';
import {chromium} from '@playwright/test';

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else the one `npx playwright install chromium` put in
 * Playwright's cache. Throws with the fix when there is none, so the test
 * run fails instead of skipping.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
    }
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) {
    return '/usr/bin/chromium';
  }
  // undefined lets Playwright launch its own download.
  if (existsSync(chromium.executablePath())) {
    return undefined;
  }
  throw new Error(
    [
      'The browser tests need Chromium and none was found.',
      'Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install chromium   (found at /usr/bin/chromium)',
      '  - anywhere Playwright can download: npx playwright install chromium',
      '  - or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
}

/** Flags that keep a headless Chromium quiet and local. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
