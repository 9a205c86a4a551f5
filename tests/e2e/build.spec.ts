import {mkdirSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {startStaticServer} from '../../scripts/serve';
import {buildSite} from '../buildSite';
import {listHtmlFiles} from '../../packages/docusaurus-plugin-roadmap/src/csp/htmlFiles';
import {builtPages} from '../builtPages';
import {E2E_BUILD, E2E_BUILD_DATE, E2E_SITE} from '../e2eSite';
import {SITE_DIR} from '../entryFiles';
import {guardPage} from '../guardPage';

const TMP = path.join(SITE_DIR, '.tmp');

test('two cold builds of the same commit give the same HTML', () => {
  test.setTimeout(300_000);
  mkdirSync(TMP, {recursive: true});
  // Both cold, as CI builds (the browser tests' build is the first): a warm
  // persistent cache may name minified variables differently, which changes
  // a chunk hash but nothing a reader sees.
  const again = path.join(TMP, 'build-again');
  try {
    buildSite(E2E_SITE, again, {ROADMAP_BUILD_DATE: E2E_BUILD_DATE});
    const pages = listHtmlFiles(E2E_BUILD).map((file) => path.relative(E2E_BUILD, file));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const [first, second] = [E2E_BUILD, again].map((dir) =>
        readFileSync(path.join(dir, page), 'utf8'),
      );
      expect(second, `${page} differs between two builds`).toBe(first);
    }
  } finally {
    rmSync(again, {recursive: true, force: true});
  }
});

test('no published file names a directory of the machine that built it', () => {
  // Every page's JavaScript carries the module registry: a module named by
  // its absolute path (a plugin's createData result) would publish it.
  const files = readdirSync(E2E_BUILD, {recursive: true, encoding: 'utf8'}).filter((file) =>
    /\.(html|js|css|json|xml|txt|svg)$/.test(file),
  );
  expect(files.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(path.join(E2E_BUILD, file), 'utf8');
    for (const dir of [SITE_DIR, E2E_SITE]) {
      expect(text.includes(dir), `${file} names ${dir}`).toBe(false);
    }
  }
});

test('under a sub-path baseUrl every page, link and asset resolves', async ({browser}) => {
  test.setTimeout(300_000);
  const baseUrl = '/roadmap-site/';
  const outDir = path.join(TMP, 'build-subpath');
  buildSite(E2E_SITE, outDir, {BASE_URL: baseUrl, ROADMAP_BUILD_DATE: E2E_BUILD_DATE});
  const server = await startStaticServer({dir: outDir, baseUrl});
  const context = await browser.newContext();
  try {
    const failures: string[] = [];
    const page = await context.newPage();
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => failures.push(`failed ${request.url()}`));
    const pages = builtPages(outDir).filter((p) => p !== '404');
    const links = new Set<string>();
    for (const pagePath of pages) {
      await page.goto(server.url + pagePath, {waitUntil: 'networkidle'});
      await expect(page.locator('main, [role="main"]').first()).toBeVisible();
      for (const href of await page
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
        if (href.startsWith(new URL(server.url).origin)) links.add(href.split('#')[0]!);
      }
    }
    expect(links).toContain(`${server.url}roadmap`);
    for (const link of links) {
      expect(new URL(link).pathname.startsWith(baseUrl), `${link} escapes ${baseUrl}`).toBe(true);
      const response = await page.request.get(link);
      if (!response.ok()) failures.push(`${response.status()} ${link}`);
    }
    expect(failures).toEqual([]);
  } finally {
    await context.close();
    await server.close();
    rmSync(outDir, {recursive: true, force: true});
  }
});

test('a Content-Security-Policy that allows only this origin is set, and the page works under it', async ({
  page,
  baseURL,
}) => {
  // A CSP violation shows as a console error.
  const check = guardPage(page, new URL(baseURL!).origin);
  await page.goto('roadmap');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[^']+';/);
  expect(policy).not.toMatch(/https?:|\*/);
  // JavaScript runs: hydration makes the colour-mode toggle cycle to dark.
  const toggle = page.getByRole('button', {name: /mode/i});
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-has-hydrated', 'true');
  for (let i = 0; i < 3 && (await html.getAttribute('data-theme')) !== 'dark'; i++) {
    await toggle.click();
  }
  await expect(html).toHaveAttribute('data-theme', 'dark');
  // Client-side navigation works too.
  await page.getByRole('table').getByRole('link', {name: 'More SIGs'}).click();
  await expect(page.locator('h3#more-sigs')).toBeInViewport();
  check();
});
