import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, describe, it} from 'node:test';
import {buildEventFeed, storyFeedItems} from '../feeds';
import {changesFromGit, type RoadmapChange} from '../history';
import {roadmapMemory} from '../memory';
import {STATUS_SECTIONS} from '../statuses';
import {describeEvent, shownStoryLines, storyLines, STORY_LINES_SHOWN} from '../story';
import {englishWords} from '../translations';
import type {RoadmapEntry} from '../types';
import {entryFile, gitRepo} from '../../../../tests/gitRepo';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'roadmap-memory-'));
after(() => rmSync(tmp, {recursive: true, force: true}));

const dropped = 'dropped_on: 2023-05-02\ndropped_reason: Superseded by the new plugin API.\n';
const shipped = (version: string, day: string) =>
  `shipped_in: {version: '${version}'}\nshipped_on: ${day}\n`;
/** An entry of any status, with `shipped_*` of our own for a ship. */
const entry = (id: string, title: string, status: string, extra = '') =>
  status === 'shipped'
    ? entryFile(id, title, 'future', extra).replace('tags: [future]', 'tags: [shipped]')
    : entryFile(id, title, status, extra);

/**
 * Eight quarters of a roadmap, 2022-Q3 to 2024-Q2, with a ship, a
 * carry-over, a pull-in, a slip, a rename, a drop with its reason, a deleted
 * file and a theme added again.
 */
function fixtureRepository(): string {
  const repo = path.join(tmp, 'repo');
  const {git, write, commit} = gitRepo(repo);
  write('catalog-search.md', entry('catalog-search', 'Catalog search', 'next'));
  write('telemetry.md', entry('telemetry', 'Telemetry', 'next'));
  write('graphql.md', entry('graphql', 'GraphQL', 'future'));
  write('homepage.md', entry('homepage', 'Homepage', 'future'));
  write('widgets.md', entry('widgets', 'Widgets', 'future'));
  commit('Start the roadmap', '2022-07-05T09:00:00Z');
  write(
    'catalog-search.md',
    entry('catalog-search', 'Catalog search', 'shipped', shipped('1.9.0', '2022-11-10')),
  );
  commit('Ship catalog search', '2022-11-10T09:00:00Z');
  write('graphql.md', entry('graphql', 'GraphQL', 'next'));
  commit('Plan GraphQL', '2022-12-01T09:00:00Z');
  write('telemetry.md', entry('telemetry', 'Telemetry', 'future'));
  commit('Telemetry waits', '2023-02-01T09:00:00Z');
  git(['mv', 'docs/roadmap/homepage.md', 'docs/roadmap/homepage-10.md']);
  write('homepage-10.md', entry('homepage-10', 'Homepage 1.0', 'future', 'aliases: [homepage]\n'));
  commit('Rename the homepage theme', '2023-03-01T09:00:00Z');
  write('homepage-10.md', entry('homepage-10', 'Homepage 1.0', 'next', 'aliases: [homepage]\n'));
  commit('Plan the homepage', '2023-04-10T09:00:00Z');
  write('graphql.md', entry('graphql', 'GraphQL', 'dropped', dropped));
  commit('Drop GraphQL', '2023-05-02T09:00:00Z');
  write(
    'homepage-10.md',
    entry(
      'homepage-10',
      'Homepage 1.0',
      'shipped',
      `aliases: [homepage]\n${shipped('1.14.0', '2023-08-15')}`,
    ),
  );
  commit('Ship the homepage', '2023-08-15T09:00:00Z');
  rmSync(path.join(repo, 'docs/roadmap/widgets.md'));
  commit('Remove widgets', '2023-09-01T09:00:00Z');
  write('telemetry.md', entry('telemetry', 'Telemetry', 'next'));
  commit('Telemetry again', '2023-10-01T09:00:00Z');
  write('widgets.md', entry('widgets', 'Widgets', 'future'));
  commit('Widgets are back', '2023-10-20T09:00:00Z');
  return repo;
}

/** Today's entries of the fixture, as the plugin would load them. */
const today: Partial<RoadmapEntry>[] = [
  {id: 'catalog-search', title: 'Catalog search', status: 'shipped'},
  {id: 'telemetry', title: 'Telemetry', status: 'next'},
  {id: 'graphql', title: 'GraphQL', status: 'dropped'},
  {id: 'homepage-10', title: 'Homepage 1.0', status: 'shipped', aliases: ['homepage']},
  {id: 'widgets', title: 'Widgets', status: 'future'},
];
const entries = today.map(
  (e, i) => ({aliases: [], order: i + 1, permalink: `/roadmap/${e.id}`, ...e}) as RoadmapEntry,
);

describe('roadmapMemory on eight quarters of history', async () => {
  const history = await changesFromGit(fixtureRepository(), 'docs/roadmap');
  assert.ok('changes' in history, JSON.stringify(history));
  const memory = roadmapMemory(history.changes, entries, '2024-04-15');
  const story = (id: string) =>
    (memory.stories.get(id) ?? []).map(
      (event) => `${event.quarter} ${describeEvent(event, STATUS_SECTIONS)}`,
    );

  it("tells each theme's story, following the rename", () => {
    assert.deepEqual(story('catalog-search'), [
      "2022-Q3 Added to What's next",
      '2022-Q4 Shipped in 1.9.0',
    ]);
    assert.deepEqual(story('telemetry'), [
      "2022-Q3 Added to What's next",
      "2022-Q4 Carried over: still in What's next when Q4 2022 closed",
      '2023-Q1 Slipped to Future work',
      "2023-Q4 Pulled into What's next",
      "2024-Q1 Carried over: still in What's next when Q1 2024 closed",
    ]);
    assert.deepEqual(story('graphql'), [
      '2022-Q3 Added to Future work',
      "2022-Q4 Pulled into What's next",
      "2023-Q1 Carried over: still in What's next when Q1 2023 closed",
      '2023-Q2 Dropped: Superseded by the new plugin API.',
    ]);
    assert.deepEqual(story('homepage-10'), [
      '2022-Q3 Added to Future work',
      '2023-Q1 Renamed (was homepage)',
      "2023-Q2 Pulled into What's next",
      '2023-Q3 Shipped in 1.14.0',
    ]);
    assert.deepEqual(story('widgets'), [
      '2022-Q3 Added to Future work',
      '2023-Q3 Removed from the roadmap',
      '2023-Q4 Added again, to Future work',
    ]);
    assert.equal(memory.stories.has('homepage'), false, 'the old id has no story of its own');
  });

  it('tells carry-overs in a row as one line on the page', () => {
    assert.deepEqual(
      storyLines(memory.stories.get('telemetry')!, STATUS_SECTIONS).map(
        (l) => `${l.when}: ${l.text}`,
      ),
      [
        "Q3 2022: Added to What's next",
        "Q4 2022: Carried over: still in What's next when Q4 2022 closed",
        'Q1 2023: Slipped to Future work',
        "Q4 2023: Pulled into What's next",
        "Q1 2024: Carried over: still in What's next when Q1 2024 closed",
      ],
    );
    const twice = [
      ...memory.stories.get('graphql')!.slice(0, 3),
      {...memory.stories.get('graphql')![2]!, quarter: '2023-Q2', date: '2023-06-30'},
    ];
    assert.deepEqual(
      storyLines(twice, STATUS_SECTIONS)
        .map((l) => `${l.when}: ${l.text}`)
        .slice(2),
      ["Q1 2023 to Q2 2023: Carried over 2 times: still in What's next when each quarter closed"],
    );
  });

  it('shows the first and the latest lines of a long story', () => {
    const line = (n: number) => ({date: '2023-01-01', when: `Q${n}`, text: `event ${n}`});
    const short = shownStoryLines([line(1), line(2)]);
    assert.deepEqual([short.first.length, short.omitted, short.latest.length], [2, 0, 0]);
    const long = shownStoryLines(Array.from({length: 100}, (_, i) => line(i + 1)));
    assert.equal(long.first[0]!.text, 'event 1');
    assert.equal(long.omitted, 100 - STORY_LINES_SHOWN);
    assert.equal(long.latest.length, STORY_LINES_SHOWN - 1);
    assert.equal(long.latest.at(-1)!.text, 'event 100');
  });

  it("counts what became of each quarter's promises", () => {
    const rows = memory.delivery.quarters.map(
      (q) =>
        `${q.quarter} promised ${q.promised.length}: ${Object.entries(q.counts)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}; rate ${q.rate}`,
    );
    assert.deepEqual(rows, [
      '2022-Q4 promised 2: shipped 1, carried-over 1, slipped 0, dropped 0; rate 0.5',
      '2023-Q1 promised 2: shipped 0, carried-over 1, slipped 1, dropped 0; rate 0',
      '2023-Q2 promised 1: shipped 0, carried-over 0, slipped 0, dropped 1; rate 0',
      '2023-Q3 promised 1: shipped 1, carried-over 0, slipped 0, dropped 0; rate 1',
      '2023-Q4 promised 0: shipped 0, carried-over 0, slipped 0, dropped 0; rate null',
      '2024-Q1 promised 1: shipped 0, carried-over 1, slipped 0, dropped 0; rate 0',
    ]);
    assert.deepEqual(memory.delivery.lastFour, {
      quarters: ['2023-Q1', '2023-Q2', '2023-Q3', '2024-Q1'],
      promised: 5,
      shipped: 1,
      rate: 0.2,
    });
    assert.deepEqual(
      memory.delivery.quarters[0]!.promised.map((p) => `${p.id} ${p.outcome}`),
      // In the order of today's roadmap: status, then order.
      ['telemetry carried-over', 'catalog-search shipped'],
    );
  });

  it('gives each theme a feed of its story, as stored', () => {
    const telemetry = entries.find((e) => e.id === 'telemetry')!;
    const atom = buildEventFeed({
      title: 'Roadmap: Telemetry',
      description: 'Changes to the roadmap theme "Telemetry".',
      selfUrl: 'https://example.com/roadmap/telemetry/atom.xml',
      link: 'https://example.com/roadmap/telemetry',
      items: storyFeedItems(
        {...telemetry, summary: 'Logging and metrics.'},
        memory.stories.get('telemetry')!,
        englishWords(),
        (url) => new URL(url, 'https://example.com').href,
      ),
    });
    const file = path.join(__dirname, '__fixtures__', 'memory', 'telemetry.atom.xml');
    if (process.env.UPDATE_SNAPSHOTS) {
      mkdirSync(path.dirname(file), {recursive: true});
      writeFileSync(file, atom);
    }
    assert.equal(atom, readFileSync(file, 'utf8'), 'the feed differs from its snapshot');
  });

  it('puts every theme in every quarter of the timeline', () => {
    const {quarters, rows} = memory.timeline;
    assert.deepEqual(quarters, [
      '2022-Q3',
      '2022-Q4',
      '2023-Q1',
      '2023-Q2',
      '2023-Q3',
      '2023-Q4',
      '2024-Q1',
      '2024-Q2',
    ]);
    const cells = Object.fromEntries(
      rows.map((r) => [r.id, r.cells.map((c) => c ?? '-').join(' ')]),
    );
    assert.deepEqual(cells, {
      'catalog-search': 'next shipped shipped shipped shipped shipped shipped shipped',
      graphql: 'future next next dropped dropped dropped dropped dropped',
      'homepage-10': 'future future future next shipped shipped shipped shipped',
      telemetry: 'next next future future future next next next',
      widgets: 'future future future future - future future future',
    });
    for (const row of rows) assert.equal(row.cells.length, quarters.length);
    assert.deepEqual(
      rows.map((r) => r.id),
      ['telemetry', 'widgets', 'catalog-search', 'homepage-10', 'graphql'],
    );
  });

  it('reads a new id that lists the old one only later as a rename, not a removal', () => {
    const change = (kind: RoadmapChange['kind'], id: string, date: string, commit: string) =>
      ({kind, id, title: id, status: 'future', date, commit}) as RoadmapChange;
    const renamed = roadmapMemory(
      [
        change('added', 'search', '2023-01-10T00:00:00Z', 'a'),
        change('added', 'search-v2', '2023-05-10T00:00:00Z', 'b'),
        change('removed', 'search', '2023-05-10T00:00:00Z', 'b'),
      ],
      [{...entries[4]!, id: 'search-v2', title: 'Search', aliases: ['search']}],
      '2023-08-01',
    );
    assert.deepEqual(
      renamed.stories.get('search-v2')!.map((e) => `${e.quarter} ${e.kind} ${e.from_id ?? ''}`),
      ['2023-Q1 added ', '2023-Q2 renamed search'],
    );
    assert.deepEqual(renamed.timeline.rows[0]!.cells, ['future', 'future', 'future']);
  });

  it('has no story, one quarter and no delivery without history', () => {
    const empty = roadmapMemory([], entries, '2024-04-15');
    assert.equal(empty.stories.size, 0);
    assert.deepEqual(empty.timeline, {quarters: ['2024-Q2'], rows: []});
    assert.deepEqual(empty.delivery.quarters, []);
    assert.equal(empty.delivery.lastFour.rate, null);
  });
});
