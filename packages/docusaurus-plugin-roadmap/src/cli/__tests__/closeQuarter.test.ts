import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {after, describe, it} from 'node:test';
import {copySite, useFixtureContent} from '../../../../../scripts/copySite';
import {
  compareSnapshots,
  historyPage,
  currentPeriod,
  readSnapshots,
  type Snapshot,
} from '../closeQuarter';
import {nextPeriod, parsePeriod} from '../../period';

const SITE = path.resolve(__dirname, '../../../../..');
const CLI = path.join(SITE, 'packages/docusaurus-plugin-roadmap/src/cli/cli.ts');
mkdirSync(path.join(SITE, '.tmp'), {recursive: true});
const tmp = mkdtempSync(path.join(SITE, '.tmp', 'close-quarter-'));
after(() => rmSync(tmp, {recursive: true, force: true}));

function roadmap(site: string, args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', CLI, 'close-quarter', '--site-dir', site, ...args],
    {cwd: SITE, encoding: 'utf8', env: {...process.env, ROADMAP_BUILD_DATE: undefined}},
  );
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** The quarter a copied site's roadmap covers now, as its build sees it. */
async function periodOf(site: string): Promise<string> {
  const snapshots = await readSnapshots(path.join(site, 'docs/history'));
  return currentPeriod(parsePeriod('2022-Q3'), snapshots).id;
}

/** Rewrites one front-matter line of an entry of the copied site. */
function edit(site: string, id: string, change: (text: string) => string) {
  const file = path.join(site, 'docs/roadmap', `${id}.md`);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('roadmap:close-quarter', () => {
  const site = path.join(tmp, 'site');
  copySite(site);
  useFixtureContent(site);
  const config = () => readFileSync(path.join(site, 'roadmap.config.ts'), 'utf8');

  it('refuses to close a period that has not ended', async () => {
    const early = roadmap(site, ['--date', '2022-09-15']);
    assert.equal(early.code, 1);
    assert.match(early.stderr, /July–September 2022 runs until 2022-09-30; .*--force/);
    assert.equal(await periodOf(site), '2022-Q3');
  });

  it('snapshots the roadmap and starts the next quarter, without editing the config', async () => {
    const first = roadmap(site, ['--date', '2022-10-03']);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(
      first.stdout.trim(),
      path.relative(SITE, path.join(site, 'docs/history/2022-q3.md')),
    );
    assert.equal(await periodOf(site), '2022-Q4');
    assert.match(config(), /period: '2022-Q3'/);
    const page = readFileSync(path.join(site, 'docs/history/2022-q3.md'), 'utf8');
    assert.match(page, /^title: Roadmap of July–September 2022$/m);
    assert.match(page, /This is the first closed quarter/);
    assert.match(
      page,
      /### What's next\n\n- \*\*Backend Services \(MVP\)\*\* \(`backend-services-mvp`\): A first release/,
    );
    assert.equal(roadmap(site, ['--date', '2022-10-03']).code, 1, 'closing twice is refused');
  });

  it('says what moved since the previous close', async () => {
    edit(site, 'backend-services-mvp', (t) =>
      t.replace(
        'tags: [next]',
        'tags: [shipped]\nshipped_in: {version: "1.7.0"}\nshipped_on: 2022-11-15',
      ),
    );
    edit(site, 'more-sigs', (t) =>
      t.replace('tags: [next]', 'tags: [future]').replace('order: 5', 'order: 6'),
    );
    edit(site, 'telemetry', (t) =>
      t.replace('tags: [future]', 'tags: [next]').replace('order: 5', 'order: 6'),
    );
    rmSync(path.join(site, 'docs/roadmap/creator-experience.md'));
    const second = roadmap(site, ['--date', '2023-01-04']);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(await periodOf(site), '2023-Q1');
    const page = readFileSync(path.join(site, 'docs/history/2022-q4.md'), 'utf8');
    const section = (title: string) =>
      new RegExp(`### ${title}\\n\\n([\\s\\S]*?)\\n\\n###`).exec(page)?.[1] ?? '';
    const ids = (title: string) =>
      [...section(title).matchAll(/\(`([a-z0-9-]+)`\)/g)].map((m) => m[1]);
    assert.match(page, /Compared with the roadmap at the close of July–September 2022:/);
    assert.deepEqual(ids('Shipped'), ['backend-services-mvp']);
    assert.deepEqual(ids('Pulled in from future work'), ['telemetry']);
    assert.deepEqual(ids('Slipped to future work'), ['more-sigs']);
    assert.deepEqual(ids('Carried over, still next'), [
      'backstage-security-audit',
      'backstage-threat-model',
      'software-catalog-pagination',
    ]);
    assert.equal(section('Added'), 'None.');
    assert.deepEqual(ids('Dropped'), ['creator-experience']);
  });
});

describe('snapshots', () => {
  it('finds a renamed theme by its aliases', () => {
    const before: Snapshot = {
      period: '2022-Q3',
      closed_on: '2022-10-01',
      themes: [{id: 'old', title: 'Old', status: 'next', summary: 'x'}],
    };
    const after: Snapshot = {
      period: '2022-Q4',
      closed_on: '2023-01-01',
      themes: [{id: 'new', title: 'New', status: 'next', summary: 'x', aliases: ['old']}],
    };
    const moves = compareSnapshots(before, after);
    assert.deepEqual(
      moves.carriedOver.map((t) => t.id),
      ['new'],
    );
    assert.deepEqual(moves.dropped, []);
    assert.deepEqual(moves.added, []);
  });

  it('counts a theme set to dropped, and one whose file is gone, as dropped', () => {
    const before: Snapshot = {
      period: '2022-Q3',
      closed_on: '2022-10-01',
      themes: [
        {id: 'graphql', title: 'GraphQL', status: 'future', summary: 'x'},
        {id: 'widgets', title: 'Widgets', status: 'next', summary: 'x'},
        {id: 'old-drop', title: 'Old', status: 'dropped', summary: 'x'},
      ],
    };
    const after: Snapshot = {
      period: '2022-Q4',
      closed_on: '2023-01-01',
      themes: [
        {
          id: 'graphql',
          title: 'GraphQL',
          status: 'dropped',
          summary: 'x',
          dropped_reason: 'Superseded by the *query* API.',
        },
        {id: 'old-drop', title: 'Old', status: 'dropped', summary: 'x'},
      ],
    };
    // Dropped once is not dropped again at every close.
    assert.deepEqual(
      compareSnapshots(before, after).dropped.map((t) => t.id),
      ['graphql', 'widgets'],
    );
    // The quarter's page says why, as text.
    assert.match(
      historyPage(after, before),
      /- \*\*GraphQL\*\* \(`graphql`\): x Dropped: Superseded by the \\\*query\\\* API\./,
    );
  });

  it('catches up on every ended quarter in one run', async () => {
    const late = path.join(tmp, 'late');
    copySite(late);
    useFixtureContent(late);
    const result = roadmap(late, ['--date', '2023-05-10']);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      result.stdout
        .trim()
        .split('\n')
        .map((file) => path.basename(file)),
      ['2022-q3.md', '2022-q4.md', '2023-q1.md'],
    );
    assert.match(result.stderr, /Closed 3 quarters, July–September 2022 to January–March 2023/);
    assert.equal(await periodOf(late), '2023-Q2');
    const q4 = readFileSync(path.join(late, 'docs/history/2022-q4.md'), 'utf8');
    assert.match(q4, /Compared with the roadmap at the close of July–September 2022/);
    assert.match(q4, /### Carried over, still next\n\n- \*\*Backend Services/);
    // The period is current now: nothing is left to close until it ends.
    const checked = roadmap(late, ['--date', '2023-05-10']);
    assert.equal(checked.code, 1, 'nothing left to close');
    assert.match(checked.stderr, /April–June 2023 runs until 2023-06-30/);
  });

  it('closes up to --to, and refuses nothing that is valid', async () => {
    const site2 = path.join(tmp, 'to');
    copySite(site2);
    useFixtureContent(site2);
    const result = roadmap(site2, ['--date', '2026-11-26', '--to', '2023-Q1']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.trim().split('\n').length, 2);
    assert.equal(await periodOf(site2), '2023-Q1');
  });

  it('moves the period on after the last closed quarter, across years', () => {
    assert.equal(nextPeriod(parsePeriod('2022-Q4')).id, '2023-Q1');
    const closed = (period: string): Snapshot => ({period, closed_on: '2023-01-02', themes: []});
    const start = parsePeriod('2022-Q3');
    assert.equal(currentPeriod(start, []).id, '2022-Q3');
    assert.equal(currentPeriod(start, [closed('2022-Q3'), closed('2022-Q4')]).id, '2023-Q1');
    // A start after the last close wins: the roadmap was restarted later.
    assert.equal(currentPeriod(parsePeriod('2024-Q2'), [closed('2022-Q4')]).id, '2024-Q2');
  });
});
