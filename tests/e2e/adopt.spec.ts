import {spawnSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {startStaticServer, type StaticServer} from '../../scripts/serve';
import {
  addPlugins,
  adoptAsReadmeSays,
  commitAndBuild,
  entryFile,
  installAdoptingSite,
  readmeSnippet,
  writeDocs,
  type InstalledSite,
} from '../adoptingSite';
import {feedTitles} from '../feedTitles';
import {guardPage} from '../guardPage';
import {expectDataAndFeeds} from '../readmeSite';

// A stock Docusaurus site adopts the packed plugin exactly as the package's
// README says; a second one runs two roadmaps side by side.

const COMMIT_DATE = '2026-07-01T09:00:00Z';
const BUILD_DATE = {ROADMAP_BUILD_DATE: '2026-07-15'};

let installed: InstalledSite;
const servers: StaticServer[] = [];
let one: StaticServer;
let two: StaticServer;

test.describe.configure({mode: 'serial'});

test.beforeAll(async () => {
  test.setTimeout(900_000);
  installed = installAdoptingSite();

  // One roadmap, as the README says.
  const site = installed.dir;
  adoptAsReadmeSays(site);
  one = await startStaticServer({dir: commitAndBuild(site, COMMIT_DATE, BUILD_DATE)});
  servers.push(one);

  // Two roadmaps in one site, as the README's "Two roadmaps" shows.
  const both = installed.copy('two-roadmaps');
  addPlugins(both, readmeSnippet("id: 'product'"));
  const page = (id: string) =>
    `---\ntitle: ${id} roadmap\n---\n\nimport Roadmap from '@roadmap/${id}/overview.md';\n\n<Roadmap />\n`;
  writeDocs(both, {
    'tags.yml': readmeSnippet('shipped:\n  label: shipped'),
    'product.mdx': page('product'),
    'community.mdx': page('community'),
    'product/faster-search.md': entryFile('faster-search', 'Faster search', 'next', 1),
    'product/offline-mode.md': entryFile('offline-mode', 'Offline mode', 'future', 1),
    'community/mentoring.md': entryFile('mentoring', 'Mentoring program', 'next', 1),
  });
  two = await startStaticServer({dir: commitAndBuild(both, COMMIT_DATE, BUILD_DATE)});
  servers.push(two);
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  if (installed) rmSync(installed.root, {recursive: true, force: true});
});

/** The summary table's links, column by column. */
async function tableColumns(page: Page): Promise<string[][]> {
  return page
    .locator('table')
    .first()
    .locator('tbody td')
    .evaluateAll((cells) =>
      cells.map((cell) => Array.from(cell.querySelectorAll('a'), (a) => a.textContent ?? '')),
    );
}

test('the README example site shows the table, the sections and the anchors', async ({page}) => {
  const check = guardPage(page, new URL(one.url).origin);
  await page.goto(`${one.url}docs/roadmap`);
  expect(await tableColumns(page)).toEqual([['Catalog search'], ['Plugin marketplace']]);
  // The plugin brings its own styles: text for screen readers stays hidden.
  const caption = await page.getByText('Roadmap themes by status').boundingBox();
  expect(caption?.height).toBeLessThanOrEqual(1);

  await page.getByRole('table').getByRole('link', {name: 'Catalog search'}).click();
  await expect(page).toHaveURL(/#catalog-search$/);
  const heading = page.locator('h3#catalog-search');
  await expect(heading).toHaveText('Catalog search');
  await expect(heading).toBeInViewport();

  for (const [id, title] of [
    ['catalog-search', 'Catalog search'],
    ['plugin-marketplace', 'Plugin marketplace'],
    ['dark-mode', 'Dark mode'],
  ]) {
    const section = page.locator(`section[aria-labelledby="${id}"]`);
    await expect(section.getByRole('heading', {level: 3})).toHaveText(title);
    await expect(
      section.getByRole('link', {name: new RegExp(`^Edit this entry ?: ${title}$`)}),
    ).toHaveAttribute('href', new RegExp(`/docs/roadmap/${id}\\.md$`));
    // The page's table of contents lists every theme.
    await expect(page.locator(`.table-of-contents a[href="#${id}"]`)).toHaveText(title);
  }
  await expect(page.getByRole('heading', {level: 2, name: "What's next"})).toBeVisible();
  await expect(page.locator('#dark-mode ~ p', {hasText: 'Shipped in 2.0.0'})).toBeVisible();
  // Every page carries the policy, and nothing on it breaks it (no console errors).
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  await page.goto(`${one.url}docs/shipped`);
  await expect(page.getByRole('heading', {level: 3, name: 'Dark mode'})).toBeVisible();
  check();
});

test('the README example site gives each theme a page, status pages, JSON and feeds', async ({
  page,
  request,
}) => {
  const check = guardPage(page, new URL(one.url).origin);
  await page.goto(`${one.url}docs/roadmap/catalog-search`);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Catalog search');
  await page.getByRole('link', {name: "What's next"}).click();
  await expect(page).toHaveURL(/\/status\/next$/);
  await expect(page.getByRole('link', {name: 'Catalog search'})).toBeVisible();

  await expectDataAndFeeds(page, request, one.url);
  check();
});

test('`docusaurus roadmap check` works in the adopting site', () => {
  const result = spawnSync(
    process.execPath,
    [
      path.join(installed.dir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'),
      'roadmap',
      'check',
    ],
    {cwd: installed.dir, encoding: 'utf8'},
  );
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toContain('3 entries in docs/roadmap/ are valid');
});

test('two roadmaps in one site each have their own table, pages and data', async ({
  page,
  request,
}) => {
  const check = guardPage(page, new URL(two.url).origin);
  await page.goto(`${two.url}docs/product`);
  expect(await tableColumns(page)).toEqual([['Faster search'], ['Offline mode']]);
  await expect(page.getByRole('columnheader').first()).toHaveText("What's next");
  await page.goto(`${two.url}docs/community`);
  expect(await tableColumns(page)).toEqual([['Mentoring program'], []]);
  // Its own words for a status: the table, the section and the status page say "Now".
  await expect(page.getByRole('columnheader').first()).toHaveText('Now');
  await expect(page.getByRole('heading', {level: 2, name: 'Now'})).toHaveAttribute(
    'id',
    'whats-next',
  );
  await page.getByRole('link', {name: 'Mentoring program'}).first().click();
  await expect(page.locator('h3#mentoring')).toBeInViewport();

  await page.goto(`${two.url}community/status/next`);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Now');
  await expect(page.getByRole('link', {name: 'Mentoring program'})).toBeVisible();
  await expect(page.getByRole('link', {name: 'Faster search'})).toHaveCount(0);
  for (const [instance, ids] of [
    ['product', ['faster-search', 'offline-mode']],
    ['community', ['mentoring']],
  ] as const) {
    const json = (await (await request.get(`${two.url}${instance}/roadmap.json`)).json()) as {
      entries: {id: string}[];
    };
    expect(json.entries.map((t) => t.id).sort()).toEqual(ids);
    expect(await feedTitles(page, `${two.url}${instance}/roadmap/atom.xml`)).not.toBeNull();
  }
  check();
});
