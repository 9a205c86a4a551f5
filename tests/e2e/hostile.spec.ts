import {copyFileSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {fixtureSiteCopy} from '../../scripts/copySite';
import {startStaticServer, type StaticServer} from '../../scripts/serve';
import {listHtmlFiles} from '../../packages/docusaurus-plugin-roadmap/src/csp/htmlFiles';
import {buildSite} from '../buildSite';
import {gitRepo} from '../gitRepo';
import {feedTitles} from '../feedTitles';
import {guardPage} from '../guardPage';

/** Valid entries whose content once became markup or broke an output; see its README. */
const NEUTRAL_DIR = path.join(__dirname, '..', 'fixtures', 'hostile-neutral');
const FEED_BREAKER = `Ends ]]> twice ]]> & "quotes" 'single'`;

let site: string;
let server: StaticServer;

test.describe.configure({mode: 'serial'});

test.beforeAll(() => {
  test.setTimeout(300_000);
  site = fixtureSiteCopy('hostile');
  for (const name of readdirSync(NEUTRAL_DIR).filter(
    (n) => n.endsWith('.md') && n !== 'README.md',
  )) {
    copyFileSync(path.join(NEUTRAL_DIR, name), path.join(site, 'docs/roadmap', name));
  }
  // A history for the feeds, at a fixed date.
  gitRepo(site).commit('Hostile but valid entries', '2022-08-01T09:00:00Z');
  buildSite(site, path.join(site, 'build'), {ROADMAP_BUILD_DATE: '2022-08-15'});
});

test.beforeAll(async () => {
  server = await startStaticServer({dir: path.join(site, 'build')});
});

test.afterAll(async () => {
  await server?.close();
  rmSync(site, {recursive: true, force: true});
});

/** Every built page, as a path from the site root. */
function builtPages(): string[] {
  const build = path.join(site, 'build');
  return listHtmlFiles(build).map((file) => path.relative(build, file));
}

test('every built page carries the one Content-Security-Policy of its locale', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(10);
  // Each locale's theme script names its own storage key: one policy per locale.
  const policies = new Map<string, Set<string>>();
  for (const page of pages) {
    const html = readFileSync(path.join(site, 'build', page), 'utf8');
    const metas = html.match(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/g) ?? [];
    expect(metas, page).toHaveLength(1);
    const locale = page.startsWith('fr/') ? 'fr' : 'en';
    policies.set(locale, (policies.get(locale) ?? new Set()).add(metas[0]!));
  }
  expect([...policies.keys()].sort()).toEqual(['en', 'fr']);
  for (const [locale, found] of policies) expect([...found], locale).toHaveLength(1);
});

test("a theme text with a code block loads its code on the overview: the block's buttons work, its script stays text", async ({
  page,
}) => {
  const check = guardPage(page, new URL(server.url).origin);
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(response.text());
  });
  await page.goto(`${server.url}roadmap`, {waitUntil: 'networkidle'});
  const section = page.locator('section[aria-labelledby="neutral-code-block"]');
  await expect(section.locator('.theme-code-block')).toContainText(
    "<script>document.title = 'owned'</script>",
  );
  // Its own chunk came, unlike the texts with nothing that needs code.
  const code = await Promise.all(scripts);
  expect(code.some((script) => script.includes('but a code block needs its own code'))).toBe(true);
  expect(code.some((script) => script.includes('adopters can get insights'))).toBe(false);
  await section.getByRole('button', {name: 'Copy code to clipboard'}).click();
  await expect(section.getByRole('button', {name: 'Copied'})).toBeVisible();
  expect(await page.title()).not.toBe('owned');
  check();
});

test('a draft leaves no trace: no page, no alias page, not in the JSON, feeds or search index', async ({
  request,
}) => {
  for (const file of ['roadmap.json', 'roadmap/atom.xml', 'roadmap/rss.xml', 'roadmap/feed.json']) {
    const body = await (await request.get(`${server.url}${file}`)).text();
    expect(body, file).not.toContain('Embargoed');
  }
  for (const page of builtPages()) {
    expect(readFileSync(path.join(site, 'build', page), 'utf8'), page).not.toContain('Embargoed');
  }
  const index = readdirSync(path.join(site, 'build')).filter((f) => f.startsWith('search-index'));
  expect(index.length).toBeGreaterThan(0);
  for (const file of index) {
    expect(readFileSync(path.join(site, 'build', file), 'utf8')).not.toContain('Embargoed');
  }
  expect((await request.get(`${server.url}roadmap/neutral-old-draft`)).status()).toBe(404);
});

test('feeds parse as strict XML and show hostile titles as the text they are', async ({page}) => {
  await page.goto(`${server.url}roadmap`);
  for (const feed of ['roadmap/atom.xml', 'roadmap/rss.xml']) {
    const titles = await feedTitles(page, `${server.url}${feed}`);
    expect(titles, `${feed} is not well-formed XML`).not.toBeNull();
    expect(titles).toContain(`Added to Future work: ${FEED_BREAKER}`);
  }
  const json = await page.evaluate(
    async (url) => (await (await fetch(url)).json()) as {items: {title: string}[]},
    `${server.url}roadmap/feed.json`,
  );
  expect(json.items.map((i) => i.title)).toContain(`Added to Future work: ${FEED_BREAKER}`);
});

/** Types a query into the search box and waits for suggestions. */
async function search(page: Page, query: string) {
  const input = page.getByPlaceholder('Search');
  await input.click();
  await input.pressSequentially(query);
  await expect(page.getByRole('option').first()).toBeVisible();
}

test('search suggestions show entity-encoded headings as text, and the page stays put', async ({
  page,
}) => {
  const check = guardPage(page, new URL(server.url).origin);
  await page.goto(`${server.url}roadmap`, {waitUntil: 'networkidle'});
  await search(page, 'hostilesentinel');
  await expect(
    page.getByRole('option').filter({hasText: 'url=https://evil.example/">'}).first(),
  ).toBeVisible();
  // Nothing from the content became an element.
  await expect(
    page.locator('[role="listbox"] meta, [role="listbox"] img, meta[http-equiv="refresh"]'),
  ).toHaveCount(0);
  await page.waitForTimeout(1500);
  expect(page.url()).toBe(`${server.url}roadmap`);
  expect(await page.title()).not.toBe('owned');
  check();
});

test('owners written in other scripts get pages of their own', async ({page}) => {
  const check = guardPage(page, new URL(server.url).origin);
  await page.goto(`${server.url}owners`);
  for (const [owner, theme] of [
    ['日本チーム', 'Owned in Japanese'],
    ['中文团队', 'Owned in Chinese'],
  ] as const) {
    await page.goto(`${server.url}owners`);
    await page.getByRole('link', {name: owner}).click();
    await expect(page.getByRole('heading', {level: 1})).toHaveText(`Themes owned by ${owner}`);
    await expect(page.getByRole('link', {name: theme})).toBeVisible();
    await expect(page.locator('main li')).toHaveCount(1);
  }
  check();
});

test("two entries' footnotes on the overview each lead to their own note", async ({page}) => {
  const check = guardPage(page, new URL(server.url).origin);
  await page.goto(`${server.url}roadmap`);
  const second = page.locator('section[aria-labelledby="neutral-footnote-b"]');
  await second.locator('sup a').click();
  await expect(second.getByText('The second source.')).toBeInViewport();
  check();
});
