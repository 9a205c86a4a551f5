/**
 * Runs Lighthouse on the built overview page, mobile and desktop, served with
 * gzip on 127.0.0.1 as a real host would, and prints the category scores.
 *
 *   npm run build && npm run bench:lighthouse -- [--page roadmap] [--dir build]
 */
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, findChromium} from '../../tests/chromium';
import {startStaticServer} from '../serve';

const {values: args} = parseArgs({
  options: {
    page: {type: 'string', default: 'roadmap'},
    dir: {type: 'string', default: 'build'},
    help: {type: 'boolean', short: 'h', default: false},
  },
});

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function main() {
  if (args.help) {
    console.log('usage: npm run bench:lighthouse -- [--page roadmap] [--dir build]');
    return;
  }
  if (!existsSync(path.join(args.dir!, 'index.html'))) {
    throw new Error(`No build in ${args.dir}: run \`npm run build\` first.`);
  }
  const {default: lighthouse} = await import('lighthouse');
  const {launch} = await import('chrome-launcher');
  const {default: desktopConfig} = await import('lighthouse/core/config/desktop-config.js');

  const server = await startStaticServer({dir: args.dir!, gzip: true});
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'));
  const chrome = await launch({
    chromePath: findChromium() ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    userDataDir,
  });
  const url = server.url + args.page!;
  const rows: string[] = [];
  try {
    for (const [name, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ] as const) {
      const result = await lighthouse(
        url,
        {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES]},
        config,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${name}`);
      const {categories, audits} = result.lhr;
      const scores = CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100));
      rows.push(`| ${name} | ${scores.join(' | ')} |`);
      const misses = Object.values(audits).filter(
        (a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative',
      );
      for (const miss of misses) {
        console.error(`[lighthouse] ${name}: ${miss.id} scored ${miss.score} — ${miss.title}`);
      }
    }
  } finally {
    await chrome.kill();
    await server.close();
    rmSync(userDataDir, {recursive: true, force: true});
  }
  console.log(`Lighthouse ${url} (served with gzip)\n`);
  console.log('| form factor | performance | accessibility | best practices | SEO |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(rows.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
