/**
 * Screenshots of a served build, for the README and for reviewing visual
 * changes in light and dark mode and on a phone.
 *
 *   npm run build && npm run serve -- --host 127.0.0.1 --port 3000 &
 *   npm run screenshot -- [url] [out-dir]
 */
import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, findChromium} from '../tests/chromium';

const url = process.argv[2] ?? 'http://127.0.0.1:3000/roadmap';
const outDir = process.argv[3] ?? '.tmp/screenshots';

const shots = [
  {name: 'overview-light', colorScheme: 'light', width: 1280, height: 900, fullPage: false},
  {name: 'overview-dark', colorScheme: 'dark', width: 1280, height: 900, fullPage: false},
  {name: 'overview-mobile-light', colorScheme: 'light', width: 360, height: 1400, fullPage: false},
  {name: 'overview-mobile-dark', colorScheme: 'dark', width: 360, height: 1400, fullPage: false},
] as const;

async function main() {
  mkdirSync(outDir, {recursive: true});
  const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: {width: shot.width, height: shot.height},
      colorScheme: shot.colorScheme,
    });
    await page.goto(url);
    const file = path.join(outDir, `${shot.name}.png`);
    await page.screenshot({path: file, fullPage: shot.fullPage});
    console.log(file);
    await page.close();
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
