import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {checkEntrySources} from '../check';
import {formatProblems, groupByStatus, toRoadmapEntries} from '../entries';
import {entrySource, loadFixtureEntries} from './loadFixture';

describe('toRoadmapEntries', () => {
  it('reads the entries of the fixture site with their doc metadata', async () => {
    const {entries, problems} = await loadFixtureEntries();
    assert.deepEqual(problems, []);
    assert.deepEqual(
      entries.map((e) => [e.id, e.status, e.order, e.file]),
      [
        ['alpha', 'next', 2, 'docs/roadmap/alpha.md'],
        ['beta', 'next', 1, 'docs/roadmap/beta.md'],
        ['gamma', 'future', 1, 'docs/roadmap/gamma.md'],
      ],
    );
    const beta = entries.find((e) => e.id === 'beta')!;
    assert.equal(beta.permalink, '/roadmap/beta');
    assert.equal(beta.source, '@site/docs/roadmap/beta.md');
    assert.equal(
      beta.edit_url,
      'https://github.com/example/roadmap/edit/main/docs/roadmap/beta.md',
    );
    const gamma = entries.find((e) => e.id === 'gamma')!;
    assert.equal(gamma.owner, 'sig-catalog');
    assert.equal(gamma.tracking, 'https://github.com/example/roadmap/issues/1');
    assert.equal(gamma.last_reviewed, '2022-07-01');
  });

  it('leaves out entries the docs plugin did not load, such as drafts', async () => {
    const {entries: checked} = checkEntrySources([await entrySource('draft-one')]);
    assert.equal(checked.length, 1);
    assert.deepEqual(toRoadmapEntries(checked, []), []);
  });

  it("in a translated site, joins a translated entry's page to its source, under any docs folder", async () => {
    const {entries: checked} = checkEntrySources([
      await entrySource('search'),
      await entrySource('offline', {tags: ['future']}),
    ]);
    // The site keeps its docs in `website/docs`.
    const inSite = checked.map((entry) => ({
      ...entry,
      source: {...entry.source, file: `website/${entry.source.file}`},
    }));
    const translatedPage =
      '@site/website/i18n/fr/docusaurus-plugin-content-docs/current/roadmap/search.md';
    const entries = toRoadmapEntries(
      inSite,
      [
        {
          source: translatedPage,
          permalink: '/fr/roadmap/search',
          editUrl: null,
          sourceDirName: 'roadmap',
          frontMatter: {},
        },
        {
          source: '@site/website/docs/roadmap/offline.md',
          permalink: '/fr/roadmap/offline',
          editUrl: null,
          sourceDirName: 'roadmap',
          frontMatter: {},
        },
      ],
      {
        localizedDir: 'website/i18n/fr/docusaurus-plugin-content-docs/current',
        docsDir: 'website/docs',
      },
    );
    assert.deepEqual(
      entries.map((e) => [e.id, e.file, e.source, e.permalink]),
      [
        ['search', 'website/docs/roadmap/search.md', translatedPage, '/fr/roadmap/search'],
        [
          'offline',
          'website/docs/roadmap/offline.md',
          '@site/website/docs/roadmap/offline.md',
          '/fr/roadmap/offline',
        ],
      ],
    );
  });
});

describe('groupByStatus', () => {
  it('groups entries by status, each in its order', async () => {
    const {entries} = await loadFixtureEntries();
    const groups = groupByStatus(entries);
    assert.deepEqual(
      groups.next.map((e) => e.id),
      ['beta', 'alpha'],
    );
    assert.deepEqual(
      groups.future.map((e) => e.id),
      ['gamma'],
    );
    assert.deepEqual(groups.shipped, []);
  });

  it('gives every status an empty list when there are no entries', () => {
    assert.deepEqual(groupByStatus([]), {next: [], future: [], shipped: [], dropped: []});
  });
});

describe('formatProblems', () => {
  it('names the file, line and field of each problem', () => {
    const text = formatProblems([
      {file: 'docs/roadmap/a.md', line: 3, field: 'title', message: 'must not be empty'},
      {file: 'docs/roadmap/b.md', message: 'front matter is missing'},
    ]);
    assert.equal(
      text,
      [
        'The roadmap has 2 problems in its entries:',
        '- docs/roadmap/a.md:3: front matter "title" must not be empty',
        '- docs/roadmap/b.md: front matter is missing',
      ].join('\n'),
    );
  });
});
