import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {fixtureSiteCopy} from '../../scripts/copySite';
import {startStaticServer} from '../../scripts/serve';
import {buildSite} from '../buildSite';
import {guardPage} from '../guardPage';

// The test roadmap has 5 next and 5 future themes; with a limit of 3 its
// overview is compact, as a roadmap of hundreds of themes would be.
test.describe('a roadmap with more themes than the overview shows in full', () => {
  let site: string;
  let server: Awaited<ReturnType<typeof startStaticServer>>;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    site = fixtureSiteCopy('compact');
    const config = path.join(site, 'roadmap.config.ts');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(
        'export default {',
        'export default {\n  overviewLimit: 3,',
      ),
    );
    buildSite(site, path.join(site, 'build'), {ROADMAP_BUILD_DATE: '2022-08-01'});
    server = await startStaticServer({dir: path.join(site, 'build'), baseUrl: '/'});
  });

  test.afterAll(async () => {
    await server?.close();
    rmSync(site, {recursive: true, force: true});
  });

  test('lists the first themes of each status and links to the pages that list them all', async ({
    page,
  }) => {
    const check = guardPage(page, new URL(server.url).origin);
    await page.goto(`${server.url}roadmap`);
    const table = page.locator('table').first();
    // Each theme links to its own page: it has no section here.
    await expect(table.getByRole('link', {name: 'Backend Services (MVP)'})).toHaveAttribute(
      'href',
      '/roadmap/backend-services-mvp',
    );
    await expect(page.locator('h3#backend-services-mvp')).toHaveCount(0);
    await expect(page.getByRole('form', {name: 'Filter themes'})).toHaveCount(0);
    // Each section says how many themes it has and where they all are.
    const next = page.getByRole('link', {name: "the What's next page lists them all"});
    await expect(page.locator('p', {has: next})).toContainText('5 themes:');
    await next.click();
    await expect(page).toHaveURL(/\/status\/next$/);
    await expect(page.getByRole('heading', {level: 2})).toHaveCount(5);
    // The TOC lists the sections, not every theme.
    await page.goto(`${server.url}roadmap`);
    // The sidebar links each status's page instead of listing every theme.
    const sidebar = page.getByRole('navigation', {name: 'Docs sidebar'});
    await expect(sidebar.getByRole('link', {name: "What's next (5)"})).toHaveAttribute(
      'href',
      '/status/next',
    );
    await expect(sidebar.getByRole('link', {name: 'Telemetry'})).toHaveCount(0);
    await expect(page.locator('.table-of-contents a[href="#whats-next"]')).toHaveCount(1);
    await expect(page.locator('.table-of-contents a[href="#telemetry"]')).toHaveCount(0);
    check();
  });

  test("an old link to a theme's anchor on the overview lands on the theme's page", async ({
    page,
  }) => {
    const check = guardPage(page, new URL(server.url).origin);
    await page.goto(`${server.url}roadmap#telemetry`);
    await expect(page).toHaveURL(/\/roadmap\/telemetry$/);
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Telemetry');
    // This copy's entries are not in git: no story, and the page says so.
    await expect(page.locator('section[aria-labelledby="roadmap-theme-history"]')).toContainText(
      'No history yet',
    );
    // The overview's own anchors still land on the overview.
    await page.goto(`${server.url}roadmap#future-work`);
    await expect(page.locator('h2#future-work')).toBeInViewport();
    await expect(page).toHaveURL(/\/roadmap#future-work$/);
    check();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the compact overview and a status page have no axe violations in ${colorScheme} mode`, async ({
      browser,
    }) => {
      const context = await browser.newContext({colorScheme});
      const page = await context.newPage();
      for (const pagePath of ['roadmap', 'status/next']) {
        await page.goto(`${server.url}${pagePath}`, {waitUntil: 'networkidle'});
        const {violations} = await new AxeBuilder({page}).analyze();
        expect(violations.map((v) => `${pagePath}: ${v.id}`)).toEqual([]);
      }
      await context.close();
    });
  }
});
