import {appendFileSync, readdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {fixtureSiteCopy} from '../../scripts/copySite';
import {GENERATED_TAGS, writeEntries} from '../../scripts/generate-entries';
import {startStaticServer, type StaticServer} from '../../scripts/serve';
import {buildSite} from '../buildSite';
import {guardPage} from '../guardPage';

// A roadmap of 100 generated themes: two in three next, the rest future; five
// owners in turn; an area tag on three in four.
const COUNT = 100;
const FUTURE = 33;
const BY_OWNER = 20;

let site: string;
let server: StaticServer;

test.describe.configure({mode: 'serial'});

test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = fixtureSiteCopy('finding', {translated: false});
  const entries = path.join(site, 'docs/roadmap');
  for (const name of readdirSync(entries)) rmSync(path.join(entries, name));
  writeEntries(COUNT, entries, 'rich-entry');
  appendFileSync(
    path.join(site, 'docs/tags.yml'),
    GENERATED_TAGS.map((tag) => `${tag}:\n  label: ${tag}\n`).join(''),
  );
  buildSite(site, path.join(site, 'build'));
  server = await startStaticServer({dir: path.join(site, 'build'), baseUrl: '/'});
});

test.afterAll(async () => {
  await server?.close();
  if (site) rmSync(site, {recursive: true, force: true});
});

const overview = (page: Page, query = '') => page.goto(`${server.url}roadmap${query}`);
const sections = (page: Page) => page.locator('section[aria-labelledby]:visible');
const count = (page: Page) => page.getByRole('form', {name: 'Filter themes'}).getByRole('status');

test('filtering by status shows only that status, with a count and the URL to share', async ({
  page,
}) => {
  await overview(page);
  await expect(count(page)).toHaveText(`${COUNT} themes`);
  await expect(sections(page)).toHaveCount(COUNT);
  await page.getByLabel('Status', {exact: true}).selectOption('future');
  await expect(page).toHaveURL(/\/roadmap\?status=future$/);
  await expect(count(page)).toHaveText(`Showing ${FUTURE} of ${COUNT} themes. Clear filters`);
  await expect(sections(page)).toHaveCount(FUTURE);
  const table = page.getByRole('table', {name: 'Roadmap themes by status'});
  await expect(table.locator('td').first()).toHaveText('None matches the filters.');
  await expect(table.locator('td').nth(1).getByRole('link')).toHaveCount(FUTURE);
  await expect(page.getByText('No theme here matches the filters.')).toBeVisible();
});

test('filtering by owner and tag combines, and clearing shows everything again', async ({page}) => {
  await overview(page);
  await page.getByLabel('Owner', {exact: true}).selectOption({label: 'SIG Security'});
  await expect(page).toHaveURL(/\?owner=sig-security$/);
  await expect(sections(page)).toHaveCount(BY_OWNER);
  for (const section of await sections(page).all()) {
    await expect(section).toContainText('Owner: SIG Security');
  }
  await page.getByLabel('Tag', {exact: true}).selectOption('security');
  await expect(page).toHaveURL(/\?owner=sig-security&tag=security$/);
  const both = await sections(page).count();
  expect(both).toBeGreaterThan(0);
  expect(both).toBeLessThan(BY_OWNER);
  await expect(count(page)).toContainText(`Showing ${both} of ${COUNT} themes.`);
  await page.getByRole('button', {name: 'Clear filters'}).click();
  await expect(page).toHaveURL(/\/roadmap$/);
  await expect(sections(page)).toHaveCount(COUNT);
});

test('a filtered URL opens filtered, survives a reload, and the back button steps back', async ({
  page,
}) => {
  // Hydrating a filtered page must not trip React: no console errors.
  const check = guardPage(page, new URL(server.url).origin);
  await overview(page, '?status=next&owner=sig-catalog');
  await expect(page.getByLabel('Status', {exact: true})).toHaveValue('next');
  await expect(page.getByLabel('Owner', {exact: true})).toHaveValue('sig-catalog');
  const filtered = await sections(page).count();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(BY_OWNER);
  await page.reload();
  await expect(sections(page)).toHaveCount(filtered);
  // Keyboard: a focused select changes with the arrow keys.
  await page.getByLabel('Status', {exact: true}).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/status=future/);
  await page.goBack();
  await expect(page).toHaveURL(/\?status=next&owner=sig-catalog$/);
  await expect(sections(page)).toHaveCount(filtered);
  check();
});

test('without JavaScript a filtered URL still shows every theme', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await overview(page, '?status=future');
  await expect(sections(page)).toHaveCount(COUNT);
  await context.close();
});

test('status and owner pages list their themes, linked from the theme sections', async ({page}) => {
  await overview(page);
  const first = sections(page).first();
  await first.getByRole('link', {name: 'SIG Catalog'}).click();
  await expect(page).toHaveURL(/\/owners\/sig-catalog$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Themes owned by SIG Catalog');
  await expect(page.locator('main li')).toHaveCount(BY_OWNER);
  await page.goto(`${server.url}status/future`);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Future work');
  await expect(page.locator('main li')).toHaveCount(FUTURE);
  await page.goto(`${server.url}owners`);
  await expect(page.locator('main li')).toHaveCount(5);
});

test.describe('at 360 px', () => {
  test.use({viewport: {width: 360, height: 740}});
  test('the filters and the table fit the screen', async ({page}, testInfo) => {
    await overview(page, '?status=next');
    await expect(page.getByLabel('Owner', {exact: true})).toBeVisible();
    await page.getByRole('form', {name: 'Filter themes'}).scrollIntoViewIfNeeded();
    await page.screenshot({path: testInfo.outputPath('overview-360px.png')});
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
