import {expect, test} from '@playwright/test';
import {checkEntrySources, loadRoadmap} from '../../packages/docusaurus-plugin-roadmap/src/check';
import {PLACEHOLDERS} from '../../packages/docusaurus-plugin-roadmap/src/placeholders';
import {parseEntrySource} from '../../packages/docusaurus-plugin-roadmap/src/source';
import {E2E_SITE} from '../e2eSite';

test('"Propose a theme" opens GitHub with a new entry that the check accepts once written', async ({
  page,
}) => {
  await page.goto('roadmap');
  const href = await page.getByRole('link', {name: 'Propose a theme'}).getAttribute('href');
  const url = new URL(href!);
  const repository = process.env.GITHUB_REPOSITORY ?? 'backstage/roadmap';
  const branch = process.env.ROADMAP_BRANCH ?? 'main';
  expect(url.origin + url.pathname).toBe(
    `https://github.com/${repository}/new/${branch}/docs/roadmap`,
  );
  const filename = url.searchParams.get('filename')!;
  expect(filename).toMatch(/^[a-z0-9-]+\.md$/);
  const {sources, context} = await loadRoadmap({
    siteDir: E2E_SITE,
    docsDir: 'docs',
    entriesDir: 'roadmap',
    overview: 'roadmap.mdx',
    tagsFile: 'tags.yml',
  });
  const proposal = await parseEntrySource(
    `docs/roadmap/${filename}`,
    url.searchParams.get('value')!,
  );
  // Unedited, only its placeholders are refused; written, it passes.
  const problems = checkEntrySources([...sources, proposal], context).problems;
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.filter((p) => !p.placeholder)).toEqual([]);
  const written = await parseEntrySource(
    'docs/roadmap/catalog-search.md',
    url.searchParams
      .get('value')!
      .replace(PLACEHOLDERS.id, 'catalog-search')
      .replace(PLACEHOLDERS.title, 'Catalog search')
      .replace(PLACEHOLDERS.summary, 'Find any entity by name.')
      .replace(PLACEHOLDERS.body, 'Search across the whole catalog.'),
  );
  expect(checkEntrySources([...sources, written], context).problems).toEqual([]);
});
