import assert from 'node:assert/strict';
import path from 'node:path';
import {describe, it} from 'node:test';
import {checkEntrySources, loadRoadmap} from '../check';
import {toRoadmapEntries} from '../entries';
import {proposalUrl} from '../propose';
import {parseEntrySource} from '../source';
import {loadFixtureDocs} from './loadFixture';

const SITE = path.resolve(__dirname, '../../../..');
const FILES = {
  siteDir: SITE,
  docsDir: 'docs',
  entriesDir: 'roadmap',
  overview: 'roadmap.mdx',
  tagsFile: 'tags.yml',
};

describe('proposalUrl', () => {
  it("opens GitHub's new-file page with an entry that passes the check as it is", async () => {
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
    const {problems} = checkEntrySources([...sources, proposal], context);
    assert.deepEqual(problems, []);
  });
});
