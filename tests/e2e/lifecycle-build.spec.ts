import {spawnSync} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {fixtureSiteCopy} from '../../scripts/copySite';
import {startStaticServer} from '../../scripts/serve';
import {buildSite} from '../buildSite';
import {SITE_DIR} from '../entryFiles';
import {roadmapCli} from '../roadmapCli';

const SHIPPED_ENTRY = `---
id: fixture-shipped
title: Fixture shipped theme
summary: A theme that shipped, added by a test.
tags: [shipped]
order: 1
shipped_in:
  version: "1.6.0"
  url: https://github.com/backstage/backstage/releases/tag/v1.6.0
shipped_on: 2022-08-01
---

This theme shipped in the test's fixture.
`;

test('a shipped theme, a closed quarter and a current period, end to end', async ({browser}) => {
  test.setTimeout(300_000);
  const site = fixtureSiteCopy('lifecycle');
  try {
    writeFileSync(path.join(site, 'docs/roadmap/fixture-shipped.md'), SHIPPED_ENTRY);
    roadmapCli(site, ['close-quarter', '--date', '2022-10-03']);
    // Inside the new period (2022-Q4): the roadmap is current.
    buildSite(site, path.join(site, 'build'), {ROADMAP_BUILD_DATE: '2022-10-20'});
    const server = await startStaticServer({dir: path.join(site, 'build'), baseUrl: '/'});
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}roadmap`);
      await expect(page.getByRole('note')).toHaveCount(0);
      await expect(page.locator('article, main').first()).toContainText(
        'the ongoing quarter from October through December 2022',
      );
      const shipped = page.locator('section').filter({has: page.locator('h3#fixture-shipped')});
      await expect(shipped).toContainText('Shipped in 1.6.0 on 1 August 2022');
      await expect(shipped.getByRole('link', {name: '1.6.0'})).toHaveAttribute(
        'href',
        'https://github.com/backstage/backstage/releases/tag/v1.6.0',
      );
      await expect(page.getByText('No theme has shipped recently.')).toHaveCount(0);

      await page.goto(`${server.url}shipped`);
      const quarter = page.locator('section').filter({has: page.locator('h2[id="2022-q3"]')});
      await expect(quarter.getByRole('heading', {level: 2})).toHaveText('July–September 2022');
      await expect(quarter.getByRole('link', {name: 'Fixture shipped theme'})).toHaveAttribute(
        'href',
        '/roadmap/fixture-shipped',
      );

      await page.goto(`${server.url}history/2022-q3`);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(
        'Roadmap of July–September 2022',
      );
      await expect(page.getByRole('navigation', {name: 'Docs sidebar'})).toContainText(
        'Past quarters',
      );
    } finally {
      await page.close();
      await server.close();
    }
  } finally {
    rmSync(site, {recursive: true, force: true});
  }
});

test('in strict mode a stale roadmap fails the build, naming its entries', () => {
  test.setTimeout(120_000);
  const site = fixtureSiteCopy('strict');
  try {
    const build = spawnSync(
      process.execPath,
      [require.resolve('@docusaurus/core/bin/docusaurus.mjs'), 'build', site],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
          ROADMAP_STRICT: 'true',
          ROADMAP_BUILD_DATE: '2022-11-01',
        },
      },
    );
    expect(build.status).not.toBe(0);
    const output = build.stdout + build.stderr;
    expect(output).toContain(
      'The roadmap covers July–September 2022, which ended on 2022-09-30; past 2022-10-14 it counts as stale.',
    );
    expect(output).toContain('- docs/roadmap/more-sigs.md: never reviewed (no last_reviewed)');
    expect(output).toContain('(strict mode: a stale roadmap fails the build)');
  } finally {
    rmSync(site, {recursive: true, force: true});
  }
});

test('a one-file roadmap whose completed milestones have no dates imports into a site that builds', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const site = fixtureSiteCopy('import-2021', {translated: false});
  try {
    for (const name of ['roadmap', 'roadmap.mdx', 'shipped.mdx']) {
      rmSync(path.join(site, 'docs', name), {recursive: true, force: true});
    }
    const source = path.join(
      SITE_DIR,
      'packages/docusaurus-plugin-roadmap/src/import/__tests__/__fixtures__/roadmap-2021.md',
    );
    roadmapCli(site, ['import', source, '--out', path.join(site, 'docs')]);
    // As the import's report asks: the old page's period.
    const config = path.join(site, 'roadmap.config.ts');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(/period: '[^']+'/, "period: '2021-Q3'"),
    );
    buildSite(site, path.join(site, 'build'), {ROADMAP_BUILD_DATE: '2021-08-01'});
    const server = await startStaticServer({dir: path.join(site, 'build'), baseUrl: '/'});
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}shipped`);
      const undated = page.locator('section, div').filter({
        has: page.getByRole('heading', {name: 'Date not recorded'}),
      });
      await expect(undated.getByRole('heading', {name: 'TechDocs'})).toBeVisible();
      await expect(undated.getByText('Shipped (the date was not recorded)').first()).toBeVisible();
      await page.goto(`${server.url}roadmap/techdocs`);
      await expect(page.getByRole('heading', {level: 1})).toHaveText('TechDocs');
    } finally {
      await page.close();
      await server.close();
    }
  } finally {
    rmSync(site, {recursive: true, force: true});
  }
});

for (const [fixture, next, future, tag] of [
  ['roadmap-releases.md', 'Team workspaces', 'Plugin marketplace', 'v1.2'],
  ['roadmap-features.md', 'Single sign-on', 'Webhooks', '2.4'],
] as const) {
  test(`a roadmap page shaped like ${fixture} imports into a site that builds`, async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    const site = fixtureSiteCopy(`import-${fixture.replace(/\W+/g, '-')}`, {
      translated: false,
    });
    try {
      rmSync(path.join(site, 'docs'), {recursive: true, force: true});
      const source = path.join(
        SITE_DIR,
        'packages/docusaurus-plugin-roadmap/src/import/__tests__/__fixtures__',
        fixture,
      );
      roadmapCli(site, ['import', source, '--out', path.join(site, 'docs')]);
      buildSite(site, path.join(site, 'build'), {ROADMAP_BUILD_DATE: '2022-08-01'});
      const server = await startStaticServer({dir: path.join(site, 'build'), baseUrl: '/'});
      const page = await browser.newPage();
      try {
        await page.goto(`${server.url}roadmap`);
        const columns = page.getByRole('table', {name: 'Roadmap themes by status'});
        await expect(
          columns.getByRole('cell').first().getByRole('link', {name: next}),
        ).toBeVisible();
        await expect(
          columns.getByRole('cell').nth(1).getByRole('link', {name: future}),
        ).toBeVisible();
        // The release a theme was planned for is a tag, with its page.
        await page.goto(`${server.url}tags`);
        await expect(page.getByRole('link', {name: new RegExp(`^${tag}`)})).toBeVisible();
      } finally {
        await page.close();
        await server.close();
      }
    } finally {
      rmSync(site, {recursive: true, force: true});
    }
  });
}
