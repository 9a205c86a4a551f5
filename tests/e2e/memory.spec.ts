import {rmSync} from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Page} from '@playwright/test';
import sax from 'sax';
import {startStaticServer} from '../../scripts/serve';
import {buildSite} from '../buildSite';
import {guardPage} from '../guardPage';
import {siteWithHistory} from '../historySite';

/** A well-formed XML document's root element name; throws on anything else. */
function xmlRoot(text: string): string {
  const parser = sax.parser(true);
  let root = '';
  parser.onopentag = (tag) => {
    root ||= tag.name;
  };
  parser.write(text).close();
  return root;
}

test.describe("the roadmap's memory, from two years of git history", () => {
  let site: string;
  let server: Awaited<ReturnType<typeof startStaticServer>>;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    site = siteWithHistory();
    buildSite(site, path.join(site, 'build'), {ROADMAP_BUILD_DATE: '2024-04-15'});
    server = await startStaticServer({dir: path.join(site, 'build'), baseUrl: '/'});
  });

  test.afterAll(async () => {
    await server?.close();
    rmSync(site, {recursive: true, force: true});
  });

  const story = (page: Page) =>
    page.locator('section[aria-labelledby="roadmap-theme-history"] li').allInnerTexts();

  test("a theme's page tells its story, with the rename, and lets readers follow it", async ({
    page,
  }) => {
    const check = guardPage(page, new URL(server.url).origin);
    await page.goto(`${server.url}roadmap/telemetry`);
    expect(await story(page)).toEqual([
      "Q3 2022: Added to What's next",
      "Q4 2022: Carried over: still in What's next when Q4 2022 closed",
      'Q1 2023: Slipped to Future work',
    ]);
    const follow = page.getByRole('link', {
      name: /^Follow this theme\s*: Telemetry \(Atom feed\)$/,
    });
    await expect(follow).toHaveAttribute('href', '/roadmap/telemetry/atom.xml');
    await expect(
      page.locator('link[rel="alternate"][href="/roadmap/telemetry/atom.xml"]'),
    ).toHaveCount(1);
    await expect(page.locator('pre code')).toHaveText(
      '[![roadmap: future](https://backstage.github.io/roadmap/telemetry/badge.svg)](https://backstage.github.io/roadmap/telemetry)',
    );

    await page.goto(`${server.url}roadmap/composable-homepage-10`);
    expect(await story(page)).toEqual([
      'Q3 2022: Added to Future work',
      'Q1 2023: Renamed (was composable-homepage)',
    ]);
    // An owner's page offers that owner's feed, to readers and to feed readers.
    await page.goto(`${server.url}owners/sig-catalog`);
    await expect(page.getByRole('link', {name: 'Follow these themes (Atom feed)'})).toHaveAttribute(
      'href',
      '/owners/sig-catalog/atom.xml',
    );
    await expect(
      page.locator('link[rel="alternate"][href="/owners/sig-catalog/atom.xml"]'),
    ).toHaveCount(1);
    await page.goto(`${server.url}roadmap/more-sigs`);
    expect(await story(page)).toEqual([
      "Q3 2022: Added to What's next",
      'Q4 2022: Shipped in 1.9.0',
    ]);
    check();
  });

  test('the story is in the HTML, and loads on its own after a link in the site', async ({
    browser,
  }) => {
    const noScript = await browser.newContext({javaScriptEnabled: false});
    const plain = await noScript.newPage();
    await plain.goto(`${server.url}roadmap/telemetry`);
    expect(await story(plain)).toHaveLength(3);
    await noScript.close();

    const page = await browser.newPage();
    const check = guardPage(page, new URL(server.url).origin);
    const storyFiles: string[] = [];
    page.on('request', (r) => r.url().endsWith('/story.json') && storyFiles.push(r.url()));
    // Opened directly, the page keeps the story it was built with: nothing loads.
    await page.goto(`${server.url}roadmap/telemetry`, {waitUntil: 'networkidle'});
    await expect(page.locator('section[aria-labelledby="roadmap-theme-history"] li')).toHaveCount(
      3,
    );
    expect(storyFiles).toEqual([]);
    await page.goto(`${server.url}timeline`);
    await page.getByRole('link', {name: 'More SIGs'}).click();
    await expect(page).toHaveURL(/\/roadmap\/more-sigs$/);
    await expect(page.locator('section[aria-labelledby="roadmap-theme-history"] li')).toHaveText([
      "Q3 2022: Added to What's next",
      'Q4 2022: Shipped in 1.9.0',
    ]);
    // Reached by a link, it loads its own story, and only that.
    expect(storyFiles).toEqual([`${server.url}roadmap/more-sigs/story.json`]);
    check();
    await page.close();
  });

  test('a dropped theme leaves the overview, keeps its page and anchor, and says why', async ({
    page,
  }) => {
    const check = guardPage(page, new URL(server.url).origin);
    await page.goto(`${server.url}roadmap`);
    await expect(page.locator('#graphql-support')).toHaveCount(0);
    await expect(page.locator('table').first()).not.toContainText('GraphQL');
    // An old link to its section on the overview lands on its page.
    await page.goto(`${server.url}roadmap#graphql-support`);
    await expect(page).toHaveURL(/\/roadmap\/graphql-support$/);
    await expect(page.getByRole('note')).toHaveText(
      'Dropped on 2 May 2023: Superseded by the catalog query API.',
    );
    // Reached through the overview, the page loads its story itself.
    await expect(
      page.locator('section[aria-labelledby="roadmap-theme-history"] li').last(),
    ).toHaveText('Q2 2023: Dropped: Superseded by the catalog query API.');
    // The archive of dropped themes, with the reason, linked from the overview.
    await page.goto(`${server.url}roadmap`);
    await page.getByRole('link', {name: 'dropped themes'}).click();
    await expect(page).toHaveURL(/\/status\/dropped$/);
    await expect(page.getByRole('heading', {level: 2})).toHaveText(['GraphQL support']);
    await expect(page.locator('main')).toContainText('Superseded by the catalog query API.');
    check();
  });

  test('the timeline shows every theme in every quarter, and filters by the URL', async ({
    page,
  }) => {
    const check = guardPage(page, new URL(server.url).origin);
    await page.goto(`${server.url}timeline`);
    const table = page.locator('main table');
    await expect(table.locator('thead th')).toHaveText([
      'Theme',
      'Q3 2022',
      'Q4 2022',
      'Q1 2023',
      'Q2 2023',
      'Q3 2023',
      'Q4 2023',
      'Q1 2024',
      'Q2 2024 (now)',
    ]);
    await expect(table.locator('tbody tr')).toHaveCount(10);
    const row = (name: string) =>
      table.locator('tbody tr', {has: page.getByRole('rowheader', {name})}).locator('td');
    await expect(row('GraphQL support')).toHaveText([
      'Future work',
      'Future work',
      'Future work',
      'Dropped',
      'Dropped',
      'Dropped',
      'Dropped',
      'Dropped',
    ]);
    await expect(row('Telemetry')).toHaveText([
      "What's next",
      "What's next",
      'Future work',
      ...Array<string>(5).fill('Future work'),
    ]);
    await page.goto(`${server.url}timeline?status=dropped`);
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(page.getByLabel('Status')).toHaveValue('dropped');
    // A history table names statuses as groups: "Shipped", not "Recently shipped".
    expect(await page.getByLabel('Status').locator('option').allInnerTexts()).toContain('Shipped');
    await page.goto(`${server.url}timeline?owner=sig-catalog`);
    await expect(table.locator('tbody th')).toHaveText(['Telemetry']);

    // On a phone the table scrolls inside its own box, not the page.
    await page.setViewportSize({width: 360, height: 740});
    await page.goto(`${server.url}timeline`);
    const widths = await table.evaluate((el) => ({
      table: el.scrollWidth > el.clientWidth,
      page: document.documentElement.scrollWidth,
    }));
    expect(widths).toEqual({table: true, page: 360});
    check();
  });

  test("the delivery page counts what each quarter's What's next became", async ({page}) => {
    const check = guardPage(page, new URL(server.url).origin);
    await page.goto(`${server.url}roadmap`);
    await page.getByRole('link', {name: 'promised and delivered'}).click();
    await expect(page).toHaveURL(/\/delivery$/);
    const rows = page.locator('main table tbody tr');
    await expect(rows).toHaveCount(6);
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.children)
          .map((cell) => (cell as HTMLElement).innerText)
          .join(' | '),
      ),
    );
    // Q2 2024 has not closed: no row.
    expect(cells).toEqual([
      'Q4 2022 | 6 | 1 | 5 | 0 | 0 | 17%',
      'Q1 2023 | 5 | 0 | 4 | 1 | 0 | 0%',
      'Q2 2023 | 4 | 0 | 4 | 0 | 0 | 0%',
      'Q3 2023 | 4 | 0 | 4 | 0 | 0 | 0%',
      'Q4 2023 | 4 | 0 | 4 | 0 | 0 | 0%',
      'Q1 2024 | 4 | 0 | 4 | 0 | 0 | 0%',
    ]);
    await expect(page.locator('main')).toContainText(
      'Over the last 4 quarters with promises, 0 of 16 promised themes shipped in their quarter (0%).',
    );
    // The chart is drawn at build time: one bar group per closed quarter.
    await expect(page.locator('main svg[aria-hidden="true"] > g')).toHaveCount(6);
    check();
  });

  test('feeds of a theme and of an owner are Atom, badges are SVG with a title', async ({
    request,
  }) => {
    const themeFeed = await request.get(`${server.url}roadmap/telemetry/atom.xml`);
    const themeXml = await themeFeed.text();
    expect(xmlRoot(themeXml)).toBe('feed');
    expect(themeXml).toContain(
      '<title type="html"><![CDATA[Telemetry — Slipped to Future work]]></title>',
    );
    const ownerXml = await (await request.get(`${server.url}owners/sig-catalog/atom.xml`)).text();
    expect(xmlRoot(ownerXml)).toBe('feed');
    expect(ownerXml).toContain('<title>Backstage Roadmap: themes owned by SIG Catalog</title>');
    expect(ownerXml.match(/<entry>/g)).toHaveLength(3);

    // The roadmap's own feed says why a theme was dropped.
    const mainXml = await (await request.get(`${server.url}roadmap/atom.xml`)).text();
    expect(mainXml).toContain('<![CDATA[Dropped: GraphQL support]]>');
    expect(mainXml).toContain('<![CDATA[Dropped: Superseded by the catalog query API.]]>');

    const badge = await request.get(`${server.url}roadmap/more-sigs/badge.svg`);
    expect(badge.headers()['content-type']).toContain('image/svg+xml');
    const svg = await badge.text();
    expect(xmlRoot(svg)).toBe('svg');
    expect(svg).toContain('<title>More SIGs, shipped: 1.9.0</title>');
    expect(svg).not.toMatch(/<script|on\w+=|href=/i);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the memory pages have no axe violations in ${scheme} mode`, async ({page}) => {
      await page.emulateMedia({colorScheme: scheme});
      for (const route of ['timeline', 'delivery', 'roadmap/graphql-support', 'status/dropped']) {
        await page.goto(`${server.url}${route}`);
        const {violations} = await new AxeBuilder({page}).analyze();
        expect(violations.map((v) => `${route}: ${v.id}`)).toEqual([]);
      }
    });
  }
});
