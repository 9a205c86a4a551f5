import assert from 'node:assert/strict';
import {changesFromFrontMatter} from '../feeds';
import {describe, it} from 'node:test';
import {
  addDays,
  formatStaleWarning,
  groupByQuarter,
  periodOf,
  splitShipped,
  staleness,
} from '../lifecycle';
import {parsePeriod} from '../period';
import type {RoadmapEntry} from '../types';

function entry(id: string, change: Partial<RoadmapEntry> = {}): RoadmapEntry {
  return {
    id,
    title: `Title of ${id}`,
    summary: `Summary of ${id}.`,
    status: 'next',
    order: 1,
    tags: ['next'],
    aliases: [],
    owner: null,
    tracking: null,
    discussion: null,
    last_reviewed: null,
    shipped_in: null,
    shipped_on: null,
    dropped_on: null,
    dropped_reason: null,
    permalink: `/roadmap/${id}`,
    edit_url: null,
    file: `docs/roadmap/${id}.md`,
    source: `@site/docs/roadmap/${id}.md`,
    ...change,
  };
}

const period = parsePeriod('2022-Q3');

describe('staleness', () => {
  const entries = [
    entry('reviewed-in-period', {last_reviewed: '2022-08-01'}),
    entry('reviewed-after', {last_reviewed: '2022-10-03'}),
    entry('never-reviewed'),
    entry('shipped', {status: 'shipped', shipped_on: '2022-08-01'}),
    // Settled: a dropped theme has nothing left to review.
    entry('dropped', {status: 'dropped', dropped_on: '2022-08-01', dropped_reason: 'No.'}),
  ];

  // Each row: build date, stale or not.
  const cases: [string, boolean][] = [
    ['2022-06-30', false], // before the period
    ['2022-08-15', false], // inside it
    ['2022-09-30', false], // its last day
    ['2022-10-14', false], // the last day of the grace
    ['2022-10-15', true], // after the grace
    ['2026-11-25', true],
  ];
  for (const [buildDate, stale] of cases) {
    it(`is ${stale ? '' : 'not '}stale on ${buildDate}`, () => {
      const report = staleness(entries, {period, buildDate, graceDays: 14});
      assert.equal(report.stale, stale);
      assert.equal(report.deadline, '2022-10-14');
      assert.equal(report.lastReviewed, '2022-10-03');
      assert.deepEqual(
        report.staleEntries.map((e) => e.id),
        stale ? ['reviewed-in-period', 'never-reviewed'] : [],
      );
    });
  }

  it('says which entries to review, and how', () => {
    const report = staleness(entries, {period, buildDate: '2022-11-01', graceDays: 14});
    assert.equal(
      formatStaleWarning(report, period),
      [
        'The roadmap covers July–September 2022, which ended on 2022-09-30; past 2022-10-14 it counts as stale.',
        'These 2 entries were not reviewed since:',
        '- docs/roadmap/reviewed-in-period.md: last reviewed 2022-08-01',
        '- docs/roadmap/never-reviewed.md: never reviewed (no last_reviewed)',
        'Review each entry (set last_reviewed), then start the next period with `docusaurus roadmap close-quarter`.',
      ].join('\n'),
    );
  });

  it('has no last review when no entry has one', () => {
    const report = staleness([entry('a')], {period, buildDate: '2023-01-01', graceDays: 0});
    assert.equal(report.lastReviewed, null);
  });
});

describe('shipped themes', () => {
  const shipped = [
    entry('old', {status: 'shipped', shipped_on: '2021-12-01'}),
    entry('july', {status: 'shipped', shipped_on: '2022-07-10'}),
    entry('august', {status: 'shipped', shipped_on: '2022-08-20'}),
    entry('october', {status: 'shipped', shipped_on: '2022-10-01'}),
    entry('planned'),
  ];

  it('lists the recent ones, newest first, within the count and the days', () => {
    const {recent, older} = splitShipped(shipped, '2022-10-15', {count: 2, days: 180});
    assert.deepEqual(
      recent.map((e) => e.id),
      ['october', 'august'],
    );
    assert.deepEqual(
      older.map((e) => e.id),
      ['july', 'old'],
    );
    const {recent: lastMonth} = splitShipped(shipped, '2022-10-15', {count: 5, days: 30});
    assert.deepEqual(
      lastMonth.map((e) => e.id),
      ['october'],
    );
  });

  it('groups all of them by quarter, newest quarter first', () => {
    assert.deepEqual(
      groupByQuarter(shipped.filter((e) => e.status === 'shipped')).map(({period, entries}) => [
        period?.shortLabel,
        entries.map((e) => e.id),
      ]),
      [
        ['October–December 2022', ['october']],
        ['July–September 2022', ['august', 'july']],
        ['October–December 2021', ['old']],
      ],
    );
  });

  describe('when only the quarter, or nothing, is known of the date', () => {
    const vague = [
      ...shipped,
      entry('in-q3', {status: 'shipped', shipped_on: '2022-Q3'}),
      entry('milestone', {status: 'shipped', shipped_on: 'unknown'}),
    ];

    it('files a quarter under that quarter and an unknown date last, never as recent', () => {
      assert.deepEqual(
        groupByQuarter(vague.filter((e) => e.status === 'shipped')).map(({period, entries}) => [
          period?.id ?? null,
          entries.map((e) => e.id),
        ]),
        [
          ['2022-Q4', ['october']],
          ['2022-Q3', ['in-q3', 'august', 'july']],
          ['2021-Q4', ['old']],
          [null, ['milestone']],
        ],
      );
      const {recent, older} = splitShipped(vague, '2022-10-15', {count: 10, days: 3650});
      assert.deepEqual(
        recent.map((e) => e.id),
        ['october', 'in-q3', 'august', 'july', 'old'],
      );
      assert.deepEqual(
        older.map((e) => e.id),
        ['milestone'],
      );
    });

    it('puts a quarter in the feeds at its first day, and an unknown date not at all', () => {
      assert.deepEqual(
        changesFromFrontMatter(vague).map((c) => [c.id, c.date]),
        [
          ['old', '2021-12-01T00:00:00Z'],
          ['july', '2022-07-10T00:00:00Z'],
          ['august', '2022-08-20T00:00:00Z'],
          ['october', '2022-10-01T00:00:00Z'],
          ['in-q3', '2022-07-01T00:00:00Z'],
        ],
      );
    });
  });
});

describe('dates', () => {
  it('adds days across months and years', () => {
    assert.equal(addDays('2022-09-30', 14), '2022-10-14');
    assert.equal(addDays('2022-12-31', 1), '2023-01-01');
    assert.equal(addDays('2022-03-01', -1), '2022-02-28');
  });

  it('finds the quarter of a day', () => {
    assert.equal(periodOf('2022-09-30').id, '2022-Q3');
    assert.equal(periodOf('2023-01-01').id, '2023-Q1');
  });
});
