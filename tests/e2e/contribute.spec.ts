import {expect, test} from '@playwright/test';
import {checkEntrySources, loadRoadmap} from '../../src/plugins/roadmap/check';
import {parseEntrySource} from '../../src/plugins/roadmap/source';
import {E2E_SITE} from '../e2eSite';

test('"Propose a theme" opens GitHub with a new entry that the check accepts', async ({page}) => {
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
  expect(checkEntrySources([...sources, proposal], context).problems).toEqual([]);
});
