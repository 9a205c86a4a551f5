import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {FIXTURE_SITE} from '../../../../scripts/copySite';
import {checkEntrySources, loadRoadmap} from '../check';
import {toRoadmapEntries} from '../entries';
import {PLACEHOLDERS} from '../placeholders';
import {proposalUrl} from '../propose';
import {parseEntrySource} from '../source';
import {loadFixtureDocs} from './loadFixture';

// The test roadmap: five future themes, frozen.
const SITE = FIXTURE_SITE;
const FILES = {
  siteDir: SITE,
  docsDir: 'docs',
  entriesDir: 'roadmap',
  overview: 'roadmap.mdx',
  tagsFile: 'tags.yml',
};

describe('proposalUrl', () => {
  it("opens GitHub's new-file page with an entry that is valid once its placeholders are replaced", async () => {
    const {sources, context} = await loadRoadmap(FILES);
    const entries = toRoadmapEntries(
      checkEntrySources(sources, context).entries,
      await loadFixtureDocs(SITE),
    );
    const url = new URL(
      proposalUrl('https://github.com/backstage/roadmap/new/main/docs/roadmap', entries),
    );
    assert.equal(
      url.origin + url.pathname,
      'https://github.com/backstage/roadmap/new/main/docs/roadmap',
    );
    const filename = url.searchParams.get('filename')!;
    assert.equal(filename, 'your-theme-id.md');
    const proposal = await parseEntrySource(
      `docs/roadmap/${filename}`,
      url.searchParams.get('value')!,
    );
    assert.equal(proposal.frontMatter.order, 6, 'after the five future themes');
    // As proposed, only the placeholders are wrong: an unedited proposal cannot be merged.
    const {problems} = checkEntrySources([...sources, proposal], context);
    assert.deepEqual(
      problems.map((p) => [p.line, p.field ?? 'body', p.placeholder]),
      [
        [2, 'id', true],
        [3, 'title', true],
        [4, 'summary', true],
        [10, 'body', true],
      ],
    );
    const written = url.searchParams
      .get('value')!
      .replace(PLACEHOLDERS.id, 'catalog-search')
      .replace(PLACEHOLDERS.title, 'Catalog search')
      .replace(PLACEHOLDERS.summary, 'Search the catalog.')
      .replace(PLACEHOLDERS.body, 'Find any entity by name.');
    const edited = await parseEntrySource('docs/roadmap/catalog-search.md', written);
    assert.deepEqual(checkEntrySources([...sources, edited], context).problems, []);
  });
});
