import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, describe, it} from 'node:test';
import sax from 'sax';
import {buildEventFeed, buildFeeds, changesFromFrontMatter} from '../feeds';
import {changesFromGit} from '../history';
import {entryFile as entry, gitRepo} from '../../../../tests/gitRepo';
import type {RoadmapEntry} from '../types';

const SNAPSHOTS = path.join(__dirname, '__fixtures__', 'feeds');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'roadmap-history-'));
after(() => rmSync(tmp, {recursive: true, force: true}));

/** Compares with a stored snapshot; UPDATE_SNAPSHOTS=1 rewrites it. */
function matchSnapshot(name: string, actual: string) {
  const file = path.join(SNAPSHOTS, name);
  if (process.env.UPDATE_SNAPSHOTS) {
    mkdirSync(SNAPSHOTS, {recursive: true});
    writeFileSync(file, actual);
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `${name} differs from its snapshot`);
}

/** A repository whose history has every kind of change, at fixed dates. */
function fixtureRepository(): string {
  const repo = path.join(tmp, 'repo');
  const {git, write, commit} = gitRepo(repo);
  writeFileSync(path.join(repo, 'README.md'), 'Not an entry.\n');
  commit('Start', '2022-06-30T09:00:00Z');
  write('search.md', entry('search', 'Search', 'next'));
  commit('Add search', '2022-07-01T09:00:00Z');
  write('graphql.md', entry('graphql', 'GraphQL', 'future'));
  write('widgets.md', entry('widgets', 'Widgets', 'future'));
  commit('Add graphql and widgets', '2022-07-15T09:00:00Z');
  write('search.md', entry('search', 'Search', 'shipped'));
  commit('Ship search', '2022-08-20T09:00:00Z');
  write('graphql.md', entry('graphql', 'GraphQL support', 'next'));
  commit('Plan graphql', '2022-09-01T09:00:00Z');
  rmSync(path.join(repo, 'docs/roadmap/widgets.md'));
  commit('Drop widgets', '2022-09-10T09:00:00Z');
  // A file rename that keeps the theme is not a change readers care about.
  git(['mv', 'docs/roadmap/graphql.md', 'docs/roadmap/graphql-support.md']);
  commit('Rename the file', '2022-09-12T09:00:00Z');
  return repo;
}

describe('changesFromGit', () => {
  const repo = fixtureRepository();

  it('finds each theme added, moved, shipped and removed, in order', async () => {
    const result = await changesFromGit(repo, 'docs/roadmap');
    assert.ok('changes' in result, JSON.stringify(result));
    assert.deepEqual(
      result.changes.map((c) => [c.date.slice(0, 10), c.kind, c.id, c.from ?? '', c.status]),
      [
        ['2022-07-01', 'added', 'search', '', 'next'],
        ['2022-07-15', 'added', 'graphql', '', 'future'],
        ['2022-07-15', 'added', 'widgets', '', 'future'],
        ['2022-08-20', 'shipped', 'search', 'next', 'shipped'],
        ['2022-09-01', 'moved', 'graphql', 'future', 'next'],
        ['2022-09-10', 'removed', 'widgets', '', 'future'],
      ],
    );
  });

  it('gives feeds that match their snapshots', async () => {
    const result = await changesFromGit(repo, 'docs/roadmap');
    assert.ok('changes' in result);
    const current: RoadmapEntry[] = [
      {id: 'search', title: 'Search', summary: 'Search, in one line.'},
      {id: 'graphql', title: 'GraphQL support', summary: 'GraphQL support, in one line.'},
    ].map((e) => ({...e}) as RoadmapEntry);
    const feeds = buildFeeds(result.changes, current, {
      title: 'Example Roadmap',
      description: 'What is planned.',
      siteUrl: 'https://example.com/',
      overviewUrl: 'https://example.com/roadmap',
    });
    matchSnapshot('atom.xml', feeds.atom);
    matchSnapshot('rss.xml', feeds.rss);
    matchSnapshot('feed.json', feeds.json);
  });

  it('warns instead, from a shallow clone', async () => {
    const shallow = path.join(tmp, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const result = await changesFromGit(shallow, 'docs/roadmap');
    assert.ok('warning' in result);
    assert.match(result.warning, /shallow.*fetch-depth: 0/);
  });

  it('warns instead, outside git or with uncommitted entries', async () => {
    const plain = path.join(tmp, 'plain');
    mkdirSync(path.join(plain, 'docs', 'roadmap'), {recursive: true});
    const outside = await changesFromGit(plain, 'docs/roadmap');
    assert.ok('warning' in outside);
    assert.match(outside.warning, /not in a git checkout/);
    const uncommitted = await changesFromGit(repo, 'docs/other');
    assert.ok('warning' in uncommitted);
    assert.match(uncommitted.warning, /no history for docs\/other/);
  });
});

describe('changesFromFrontMatter', () => {
  it('dates shipped themes by shipped_on', () => {
    const changes = changesFromFrontMatter([
      {id: 'a', title: 'A', status: 'shipped', shipped_on: '2022-08-01'},
      {id: 'b', title: 'B', status: 'next', shipped_on: null},
      {id: 'c', title: 'C', status: 'dropped', dropped_on: '2022-09-01', dropped_reason: 'No.'},
    ] as unknown as RoadmapEntry[]);
    assert.deepEqual(changes, [
      {kind: 'shipped', id: 'a', title: 'A', status: 'shipped', date: '2022-08-01T00:00:00Z'},
      {
        kind: 'dropped',
        id: 'c',
        title: 'C',
        status: 'dropped',
        date: '2022-09-01T00:00:00Z',
        reason: 'No.',
      },
    ]);
  });
});

describe('buildFeeds on hostile text', () => {
  // Titles and summaries no check would let in today, as an older revision or another site could hold them.
  const hostile = [
    'Ends CDATA ]]> twice ]]>',
    ']]><link href="https://evil.example/"/><title>x</title><![CDATA[',
    '<script>alert(1)</script> & <b>bold</b>',
    'Control \u0001\u0008\u000b characters\u0000',
    'Quotes " \' and & entities &amp; &lt;',
  ];
  const entries = hostile.map(
    (text, i) => ({id: `t${i}`, title: text, summary: `${text} (summary)`}) as RoadmapEntry,
  );
  const changes = entries.map((e, i) => ({
    kind: 'added' as const,
    id: e.id,
    title: e.title,
    status: 'next' as const,
    date: `2022-07-0${i + 1}T00:00:00Z`,
  }));
  const feeds = buildFeeds(changes, entries, {
    title: 'A <Roadmap> ]]>',
    description: 'What & why',
    siteUrl: 'https://example.com/',
    overviewUrl: 'https://example.com/roadmap',
  });

  /** Every element's text, by element name, from a strict XML parser that throws on any error. */
  function parseStrictly(xml: string): Map<string, string[]> {
    const texts = new Map<string, string[]>();
    const parser = sax.parser(true);
    const open: string[] = [];
    parser.onerror = (error) => {
      throw error;
    };
    parser.onopentag = (tag) => open.push(tag.name);
    parser.onclosetag = () => open.pop();
    const add = (text: string) => {
      const name = open.at(-1)!;
      texts.set(name, [...(texts.get(name) ?? []), text]);
    };
    parser.ontext = (text) => text.trim() && add(text);
    parser.oncdata = add;
    parser.write(xml).close();
    return texts;
  }
  const unescape = (html: string) =>
    html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  // eslint-disable-next-line no-control-regex
  const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c]/g, '');

  for (const format of ['atom', 'rss'] as const) {
    it(`keeps ${format} well-formed, with each text shown as the text it is`, () => {
      const texts = parseStrictly(feeds[format]);
      const titles = (texts.get('title') ?? []).map(unescape);
      for (const text of hostile) {
        assert.ok(
          titles.includes(`Added to What's next: ${clean(text)}`),
          `${format} lost ${JSON.stringify(text)}: ${JSON.stringify(titles)}`,
        );
      }
      // One link per item plus the feed's own: nothing injected.
      const links = (feeds[format].match(/<link[\s>]/g) ?? []).length;
      assert.equal(links, format === 'atom' ? hostile.length + 2 : hostile.length + 1);
    });
  }

  it('keeps JSON Feed text as plain text', () => {
    const json = JSON.parse(feeds.json) as {items: {title: string}[]};
    assert.deepEqual(
      json.items.map((i) => i.title).sort(),
      hostile.map((t) => `Added to What's next: ${t}`).sort(),
    );
  });

  it("keeps a theme's own feed well-formed, with each title and reason as written", () => {
    const atom = buildEventFeed({
      title: 'A <Roadmap> ]]>: one theme',
      description: 'What & why',
      selfUrl: 'https://example.com/roadmap/t0/atom.xml',
      link: 'https://example.com/roadmap/t0',
      items: hostile.map((text, i) => ({
        title: `${text} — Dropped`,
        id: `https://example.com/roadmap/t0#dropped/${i}`,
        link: 'https://example.com/roadmap/t0',
        date: `2022-07-0${i + 1}T00:00:00Z`,
        description: `Dropped: ${text}`,
      })),
    });
    const texts = parseStrictly(atom);
    // The feed's own title is text, escaped once: a reader shows it as written.
    assert.equal(texts.get('title')![0], 'A <Roadmap> ]]>: one theme');
    const summaries = (texts.get('summary') ?? []).map(unescape);
    for (const text of hostile) assert.ok(summaries.includes(`Dropped: ${clean(text)}`));
    assert.equal((atom.match(/<link[\s>]/g) ?? []).length, hostile.length + 2);
  });
});
