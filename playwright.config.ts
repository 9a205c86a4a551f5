import os from 'node:os';
import {defineConfig} from '@playwright/test';
import {CHROMIUM_ARGS, findChromium} from './tests/chromium';

const port = Number(process.env.E2E_PORT ?? 3210);
const baseUrl = process.env.BASE_URL ?? '/';

export default defineConfig({
  testDir: './tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The browser tests share two cores with builds of site copies: a search
  // index or a page can take longer than Playwright's 5 s default to answer
  // while one runs.
  expect: {timeout: 10_000},
  // The importer's corpus builds thirteen sites one after another: it runs
  // once every other test is done, so its builds never slow a test that
  // waits on a browser.
  projects: [
    {name: 'site', testIgnore: /import-corpus\.spec\.ts$/},
    {name: 'import-corpus', testMatch: /import-corpus\.spec\.ts$/, dependencies: ['site']},
  ],
  // Two at least: most tests only read pages, and the few that build a copy
  // of the site overlap well with them (Playwright's default is half the cores).
  workers: Math.max(2, Math.floor(os.availableParallelism() / 2)),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', {open: 'never'}]],
  use: {
    baseURL: `http://127.0.0.1:${port}${baseUrl}`,
    browserName: 'chromium',
    launchOptions: {executablePath: findChromium(), args: CHROMIUM_ARGS},
    trace: 'retain-on-failure',
  },
  // Builds and serves the test roadmap (tests/fixtures/site) with a fixed
  // date, so no edit of the live roadmap can fail a test; tests/e2e/live.spec.ts
  // checks the live build's invariants.
  webServer: {
    command: `npx tsx tests/serveE2eSite.ts ${port} ${baseUrl}`,
    url: `http://127.0.0.1:${port}${baseUrl}`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'ignore',
  },
});
