import {defineConfig} from '@playwright/test';
import {CHROMIUM_ARGS, findChromium} from './tests/chromium';

const port = Number(process.env.E2E_PORT ?? 3210);
const baseUrl = process.env.BASE_URL ?? '/';

export default defineConfig({
  testDir: './tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', {open: 'never'}]],
  use: {
    baseURL: `http://127.0.0.1:${port}${baseUrl}`,
    browserName: 'chromium',
    launchOptions: {executablePath: findChromium(), args: CHROMIUM_ARGS},
    trace: 'retain-on-failure',
  },
  // Serves the production build made by `npm run build`.
  webServer: {
    command: `npx docusaurus serve --host 127.0.0.1 --port ${port} --no-open`,
    url: `http://127.0.0.1:${port}${baseUrl}`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
