import {spawnSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {startStaticServer, type StaticServer} from '../../scripts/serve';
import {adoptAsReadmeSays, commitAndBuild, typeTheOptions} from '../adoptingSite';
import {guardPage} from '../guardPage';
import {expectDataAndFeeds} from '../readmeSite';
import {createStockSite, installedCopies, installedVersion, type StockSite} from './stockSite';
import {parseCompatArgs} from './versions';

// One line of the compatibility matrix: a stock site of the Docusaurus
// release and React major in COMPAT_ARGS (see scripts/compat.ts) adopts the
// packed plugin as its README says, passes `roadmap check`, builds, and
// works in Chromium.

const target = parseCompatArgs((process.env.COMPAT_ARGS ?? '').split(' ').filter(Boolean));
const COMMIT_DATE = '2026-07-01T09:00:00Z';
const BUILD_DATE = {ROADMAP_BUILD_DATE: '2026-07-15'};

let site: StockSite;
let server: StaticServer;
let checkOutput = '';
let typecheckOutput = '';

const docusaurus = (args: string[]) =>
  spawnSync(
    process.execPath,
    [path.join(site.dir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), ...args],
    {cwd: site.dir, encoding: 'utf8'},
  );
const output = (result: ReturnType<typeof spawnSync>) =>
  `exit ${result.status}\n${String(result.stdout)}${String(result.stderr)}`;

// Serial: one site for every test; a failure skips the rest, so the checks
// a reader depends on come first.
test.describe.configure({mode: 'serial'});

test.beforeAll(async () => {
  test.setTimeout(1_200_000);
  site = createStockSite(target, (line) => console.log(`[compat] ${line}`));
  adoptAsReadmeSays(site.dir);
  typeTheOptions(site.dir);
  // A site that swizzles: one component wrapped, one ejected, in TypeScript.
  for (const [component, action] of [
    ['RoadmapShippedIn', '--wrap'],
    ['RoadmapPeriod', '--eject'],
  ] as const) {
    const swizzled = docusaurus([
      'swizzle',
      'docusaurus-plugin-roadmap',
      component,
      action,
      '--typescript',
    ]);
    if (swizzled.status !== 0)
      throw new Error(`swizzle ${component} ${action}: ${output(swizzled)}`);
  }
  checkOutput = output(docusaurus(['roadmap', 'check']));
  typecheckOutput = output(
    spawnSync(process.execPath, [path.join(site.dir, 'node_modules/typescript/bin/tsc')], {
      cwd: site.dir,
      encoding: 'utf8',
    }),
  );
  server = await startStaticServer({dir: commitAndBuild(site.dir, COMMIT_DATE, BUILD_DATE)});
});

test.afterAll(async () => {
  await server?.close();
  if (site && !process.env.COMPAT_KEEP) rmSync(site.root, {recursive: true, force: true});
});

test('the site runs the Docusaurus and React it was asked for', () => {
  expect(installedVersion(site.dir, '@docusaurus/core')).toBe(target.docusaurus);
  // Every copy of the docs plugin is the site's release: the plugin brings none of its own.
  expect(new Set(installedCopies(site.dir, '@docusaurus/plugin-content-docs'))).toEqual(
    new Set([target.docusaurus]),
  );
  expect(installedVersion(site.dir, 'react').split('.')[0]).toBe(target.react);
  expect(installedVersion(site.dir, 'react-dom').split('.')[0]).toBe(target.react);
});

test('`docusaurus roadmap check` passes', () => {
  expect(checkOutput).toMatch(/^exit 0\n/);
  expect(checkOutput).toContain('3 entries in docs/roadmap/ are valid');
});

test('the overview shows the table, and its links land on the anchors', async ({page}) => {
  const check = guardPage(page, new URL(server.url).origin);
  await page.goto(`${server.url}docs/roadmap`);
  const table = page.getByRole('table', {name: 'Roadmap themes by status'});
  await expect(table.locator('tbody').getByRole('link')).toHaveText([
    'Catalog search',
    'Plugin marketplace',
  ]);
  await table.getByRole('link', {name: 'Catalog search'}).click();
  await expect(page).toHaveURL(/#catalog-search$/);
  await expect(page.locator('h3#catalog-search')).toBeInViewport();
  // An old link to an anchor, opened from outside.
  await page.goto(`${server.url}docs/roadmap#plugin-marketplace`);
  await expect(page.locator('h3#plugin-marketplace')).toBeInViewport();
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  check();
});

test('the filters narrow the overview and keep their state in the URL', async ({page}) => {
  const check = guardPage(page, new URL(server.url).origin);
  await page.goto(`${server.url}docs/roadmap`);
  const sections = page.locator('section[aria-labelledby]:visible');
  await expect(sections).toHaveCount(3);
  await page.getByLabel('Status', {exact: true}).selectOption('future');
  await expect(page).toHaveURL(/\?status=future$/);
  await expect(sections).toHaveCount(1);
  await expect(sections.getByRole('heading', {level: 3})).toHaveText('Plugin marketplace');
  await page.reload();
  await expect(page.getByLabel('Status', {exact: true})).toHaveValue('future');
  await expect(sections).toHaveCount(1);
  check();
});

test("a theme's page has its links, story and feed; the status pages list it", async ({page}) => {
  const check = guardPage(page, new URL(server.url).origin);
  await page.goto(`${server.url}docs/roadmap/catalog-search`);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Catalog search');
  await expect(
    page.getByRole('link', {name: /^Follow this theme\s*: Catalog search \(Atom feed\)$/}),
  ).toHaveAttribute('href', '/docs/roadmap/catalog-search/atom.xml');
  await expect(
    page.locator('link[rel="alternate"][href="/docs/roadmap/catalog-search/atom.xml"]'),
  ).toHaveCount(1);
  await page.getByRole('link', {name: "What's next"}).click();
  await expect(page).toHaveURL(/\/status\/next$/);
  await expect(page.getByRole('link', {name: 'Catalog search'})).toBeVisible();
  await page.goto(`${server.url}docs/shipped`);
  await expect(page.getByRole('heading', {level: 3, name: 'Dark mode'})).toBeVisible();
  check();
});

test('the feeds and roadmap.json hold every theme', async ({page, request}) => {
  await expectDataAndFeeds(page, request, server.url);
});

test("the site's TypeScript, with a wrapped and an ejected component, type-checks", () => {
  expect(typecheckOutput).toBe('exit 0\n');
});
