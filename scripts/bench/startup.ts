import {spawnSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, findChromium} from '../../tests/chromium';
import {gotoWhenServed, startDevServer} from './hotReload';

export interface StartSite {
  dir: string;
  /** The docusaurus binary of the site's own install. */
  bin: string;
  env?: Record<string, string>;
  /** What `npm start` runs first (prestart). */
  prestart?: string[];
}

/**
 * Seconds from `npm start` on a cold cache (no .docusaurus, no bundler
 * cache) to `pagePath` shown in Chromium: its first heading visible.
 */
export async function measureStartup(site: StartSite, pagePath: string): Promise<number> {
  for (const dir of ['.docusaurus', 'node_modules/.cache']) {
    rmSync(`${site.dir}/${dir}`, {recursive: true, force: true});
  }
  const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  const started = performance.now();
  if (site.prestart) {
    const [command, ...args] = site.prestart;
    const result = spawnSync(command!, args, {cwd: site.dir, stdio: 'ignore'});
    if (result.status !== 0) throw new Error(`prestart failed in ${site.dir}`);
  }
  const server = await startDevServer(site);
  try {
    const page = await browser.newPage();
    await gotoWhenServed(page, `${server.url}${pagePath}`);
    await page.locator('h1').first().waitFor({timeout: 120_000});
    return (performance.now() - started) / 1000;
  } finally {
    await browser.close();
    server.stop();
  }
}
