import {defineConfig} from '@playwright/test';
import {CHROMIUM_ARGS, findChromium} from './tests/chromium';

// One line of the compatibility matrix (tests/compat): run through
// `npm run test:compat -- --docusaurus <3.x.y> --react <18|19> [--faster] [--v4]`.
export default defineConfig({
  testDir: './tests/compat',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 1,
  expect: {timeout: 10_000},
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {executablePath: findChromium(), args: CHROMIUM_ARGS},
    trace: 'retain-on-failure',
  },
});
