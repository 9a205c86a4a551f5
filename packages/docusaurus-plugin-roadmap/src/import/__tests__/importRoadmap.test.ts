import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {FIXTURE_SITE} from '../../../../../scripts/copySite';
import {entryFileContent} from '../../entryFile';
import {ARCHIVE_PAGE, importRoadmap} from '..';
import {findMarkupProblems} from '../../markup/check';
import {mdxProblems} from '../mdx';

const FIXTURES = path.join(__dirname, '__fixtures__');
// The test roadmap: the content the source page was split into, frozen.
const SITE = FIXTURE_SITE;
const read = (file: string) => readFileSync(file, 'utf8');
/** A file without its front matter. */
const afterFrontMatter = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');
/** Without what maintainers add after an import: summaries and old ids. */
const withoutSummary = (text: string) => text.replace(/^(?:summary|aliases): .*\n/gm, '');

describe('importRoadmap on the source page', async () => {
  const result = await importRoadmap(read(path.join(FIXTURES, 'roadmap-source.md')));

  it("reproduces the test roadmap's entries, word for word", () => {
    const entriesDir = path.join(SITE, 'docs/roadmap');
    assert.deepEqual(
      result.entries.map((e) => `${e.id}.md`).sort(),
      readdirSync(entriesDir).sort(),
    );
    for (const entry of result.entries) {
      // Summaries are new: the import drafts them, maintainers rewrite them.
      assert.equal(
        withoutSummary(entryFileContent(entry)),
        withoutSummary(read(path.join(entriesDir, `${entry.id}.md`))),
        `${entry.id}.md differs`,
      );
    }
  });

  it("reproduces the test roadmap's overview page, with the table, themes and period generated", () => {
    assert.equal(
      afterFrontMatter(result.overview),
      afterFrontMatter(read(path.join(SITE, 'docs/roadmap.mdx'))),
    );
    assert.deepEqual(result.period, {value: '2022-Q3', text: 'July through September 2022'});
    assert.equal(ARCHIVE_PAGE, read(path.join(SITE, 'docs/shipped.mdx')));
  });

  it('drafts each summary from the first sentence', () => {
    const graphql = result.entries.find((e) => e.id === 'graphql-support')!;
    assert.equal(
      graphql.summary,
      'Introduce the ability to query Backstage backend services with a standard query language for APIs.',
    );
  });

  it('reports the drift of the hand-kept table', () => {
    assert.deepEqual(
      result.drift.map((d) => [d.kind, d.line]),
      [
        ['unlinked-table-item', 20],
        ['unlinked-table-item', 20],
        ['unlinked-table-item', 20],
        ['unlinked-table-item', 20],
        ['renamed', 20],
        ['unlinked-table-item', 20],
      ],
    );
    const renamed = result.drift.find((d) => d.kind === 'renamed')!;
    assert.equal(
      renamed.message,
      'table item "GraphQL" is the theme "GraphQL support" (line 92) under another name; the entry keeps "GraphQL support"',
    );
  });
});

describe('importRoadmap on other versions of the page', () => {
  it('keeps every theme of a page with more columns, extra sections and broken links', async () => {
    const result = await importRoadmap(read(path.join(FIXTURES, 'roadmap-variant.md')));
    assert.deepEqual(
      result.entries.map((e) => [e.id, e.status, e.order]),
      [
        ['search', 'next', 1],
        ['plugin-api', 'next', 2],
        ['not-in-the-table', 'next', 3],
        ['offline-mode', 'future', 1],
        ['later-theme', 'future', 2],
        ['faster-builds-for-everyone', 'future', 3],
        ['dark-mode', 'shipped', 1],
        ['plugin-marketplace', 'future', 4],
      ],
    );
    const kinds = (kind: string) =>
      result.drift.filter((d) => d.kind === kind).map((d) => d.message);
    assert.match(kinds('unknown-column')[0]!, /column "Notes" names no status/);
    assert.match(
      kinds('broken-table-link')[0]!,
      /"Search" links to #search-v2, which matches no heading/,
    );
    assert.deepEqual(
      kinds('table-item-without-section').map((m) => /"([^"]+)"/.exec(m)![1]),
      ['Plugin marketplace', 'See the FAQ'],
    );
    assert.match(kinds('section-missing-from-table')[0]!, /"Not in the table" \(next\)/);
    assert.match(kinds('status-differs')[0]!, /as next, its section \(line 35\) as future/);
    assert.match(
      kinds('untitled-item')[0]!,
      /title was taken from its first words \("Faster builds for everyone"\)/,
    );
    assert.match(kinds('moved-anchor')[0]!, /"Now" moves from #now to #whats-next/);
    assert.deepEqual(result.period, {value: '2023-Q2', text: 'April through June 2023'});

    // A bullet's continuation lines and later paragraphs stay in its body.
    const offline = result.entries.find((e) => e.id === 'offline-mode')!;
    assert.equal(
      offline.body,
      'Read the docs without a network.\nA second line of the same paragraph.\n\nA second paragraph in the same item.\n',
    );
    // Other sections stay in the overview; status sections become components.
    assert.match(result.overview, /## FAQ\n\n### Why\?\n\nBecause\./);
    assert.match(
      result.overview,
      /## Now \{\/\* #whats-next \*\/\}\n\nPlanned for this quarter\.\n\n<NextEntries \/>/,
    );
    assert.match(result.overview, /import ShippedEntries from '@roadmap\/default\/shipped\.md';/);
    assert.match(result.overview, /## Recently shipped\n\n<ShippedEntries \/>\n\n## FAQ/);
  });

  it('imports a page with no summary table and adds the generated one', async () => {
    const result = await importRoadmap(
      ['# Roadmap', '', '## Future work', '', '- **Only theme:** Its text.', ''].join('\n'),
    );
    assert.deepEqual(
      result.entries.map((e) => [e.id, e.title, e.status, e.body]),
      [['only-theme', 'Only theme', 'future', 'Its text.\n']],
    );
    assert.deepEqual(result.drift, []);
    // The missing statuses get sections too, so the table's links have targets.
    assert.match(
      result.overview,
      /# Roadmap\n\n<RoadmapTable \/>\n\n<RoadmapFollow \/>\n\n## What's next\n\n<NextEntries \/>\n\n## Future work\n\n<FutureEntries \/>\n\n## Recently shipped\n\n/,
    );
    assert.equal(result.period, undefined);
  });
});

describe('importRoadmap on pages grouped by release, quarter or feature table', () => {
  const importFixture = async (name: string, options = {}) =>
    importRoadmap(read(path.join(FIXTURES, name)), options);
  /** Each entry as status, title, its tags or release, and tracking issue. */
  const summary = (entries: Awaited<ReturnType<typeof importRoadmap>>['entries']) =>
    entries.map((e) => [
      e.status,
      e.title,
      e.shipped_in?.version ?? e.tags?.join(' ') ?? '',
      e.tracking ?? '',
    ]);
  /** Each status section of the overview, once. */
  const sectionsOnce = (overview: string) => {
    for (const component of ['NextEntries', 'FutureEntries', 'ShippedEntries']) {
      assert.equal(overview.split(`<${component} />`).length, 2, `one <${component} />`);
    }
  };

  it('makes released sections shipped, the earliest upcoming release next and later ones future', async () => {
    const result = await importFixture('roadmap-releases.md');
    assert.deepEqual(summary(result.entries), [
      [
        'shipped',
        'Plugin API for custom importers',
        'v1.1',
        'https://github.com/acme/acme/issues/101',
      ],
      ['shipped', 'Faster startup', 'v1.1', ''],
      ['next', 'Team workspaces', 'v1.2', ''],
      ['next', 'Audit log', 'v1.2', ''],
      [
        'future',
        'Offline mode for the desktop app',
        'v1.3',
        'https://github.com/acme/acme/issues/140',
      ],
      ['future', 'Keyboard shortcuts for every action', 'v1.3', ''],
      ['future', 'Plugin marketplace', 'v2.0', ''],
      ['future', 'A stable, versioned REST API', 'v2.0', ''],
      ['future', 'Mobile apps', 'Future Releases', ''],
    ]);
    // Nested bullets stay in the theme's text.
    const offline = result.entries.find((e) => e.title.startsWith('Offline mode'))!;
    assert.match(
      offline.body,
      /\n- sync queue that survives restarts\n- conflict resolution in the UI/,
    );
    assert.equal(result.entries.find((e) => e.title === 'Faster startup')!.shipped_on, 'unknown');
    assert.deepEqual(
      result.tags.map((t) => t.label),
      ['v1.2', 'v1.3', 'v2.0', 'Future Releases'],
    );
    sectionsOnce(result.overview);
    // Every release's status is reported, so a maintainer can map it otherwise.
    assert.ok(
      result.drift.some((d) => d.kind === 'release-status' && /"v1.2" became next/.test(d.message)),
    );
  });

  it('follows --map over the defaults', async () => {
    const result = await importFixture('roadmap-releases.md', {
      statusMap: {'v1.3': 'next', 'Towards v2.0': 'future'},
    });
    const statusOf = (title: string) => result.entries.find((e) => e.title === title)?.status;
    assert.equal(statusOf('Keyboard shortcuts for every action'), 'next');
    // v1.3 took "next": the unmapped v1.2 is future now.
    assert.equal(statusOf('Team workspaces'), 'future');
  });

  it('orders quarters by date, whatever order the page lists them in', async () => {
    const result = await importFixture('roadmap-quarters.md');
    assert.deepEqual(summary(result.entries), [
      ['future', 'Plugin sandboxing', '', ''],
      ['next', 'Dark mode', 'Q4 2025', ''],
      ['next', 'Accessibility audit', 'Q4 2025', ''],
      ['future', 'Search everywhere', 'Q1 2026', ''],
    ]);
    sectionsOnce(result.overview);
  });

  it('turns each row of a feature table into a theme with its tracking issue', async () => {
    const result = await importFixture('roadmap-features.md');
    assert.deepEqual(summary(result.entries), [
      ['shipped', 'Audit export', '2.3', 'https://github.com/acme/acme/issues/198'],
      ['next', 'Single sign-on', '2.4', 'https://github.com/acme/acme/issues/210'],
      ['future', 'Webhooks', '2.5', 'https://github.com/acme/acme/issues/233'],
      ['future', 'Custom dashboards', 'TBD', 'https://github.com/acme/acme/issues/250'],
    ]);
    assert.match(result.entries[1]!.body, /^- \*\*Target Release:\*\* 2\.4$/m);
    // The table's rows are entries now: the generated table replaces it.
    assert.doesNotMatch(result.overview, /\| Feature \|/);
    assert.match(result.overview, /## How to influence the roadmap\n\nPull requests welcome\./);
    sectionsOnce(result.overview);
  });

  it('finds no theme in a page that only points elsewhere', async () => {
    const result = await importFixture('roadmap-pointer.md');
    assert.deepEqual(result.entries, []);
  });
});

describe('importRoadmap on a hostile page', () => {
  /** The overview without its front matter and the importer's own imports. */
  const oldText = (overview: string) =>
    overview.slice(overview.indexOf('<RoadmapStaleNotice />') + '<RoadmapStaleNotice />'.length);
  const page = [
    '# Roadmap',
    '',
    '    {console.log("indented code is no code in MDX")}',
    '',
    'Intro \\\\{console.log("an escaped backslash")/* `*/}',
    '',
    '```mdx-code-block',
    'export const x = console.log("unwrapped by Docusaurus")',
    '```',
    '',
    'export var a = console.log("setext"), b = `',
    '===',
    '`',
    '',
    '<div>',
    '<img title="x"src="https://evil.example/t.png" />',
    '<a title="x"href="javascript:alert(1)">y</a>',
    '</div>',
    '',
    '<Foo.Bar />',
    '',
    '## Future work',
    '',
    '- **Search:** text <img src="https://evil.example/p.png"> {x}',
    '',
  ].join('\n');

  it('writes an overview in which nothing of the old page is code', async () => {
    const result = await importRoadmap(page);
    assert.deepEqual(mdxProblems(oldText(result.overview)), []);
    // No fence Docusaurus would unwrap; no escaped "&" showing an entity as text.
    assert.doesNotMatch(result.overview, /```mdx-code-block|(?<!\\)\\&#/);
    assert.ok(result.conversions.length > 0);
    for (const entry of result.entries) {
      assert.deepEqual(findMarkupProblems(entry.body), [], entry.id);
    }
  });

  it('leaves no HTML comment in the overview, which MDX cannot read', async () => {
    assert.notDeepEqual(mdxProblems('<!-- a comment -->'), []);
    const result = await importRoadmap(
      '# Roadmap\n\n<!-- a comment -->\n\nText <!-- inline --> here.\n',
    );
    assert.doesNotMatch(result.overview, /<!--/);
    assert.deepEqual(mdxProblems(oldText(result.overview)), []);
  });

  it('never crashes on pathological input, and says why it cannot read it', async () => {
    const deep = await importRoadmap(`## Future work\n\n- **A:** ${'<div>'.repeat(2000)}\n`);
    for (const entry of deep.entries) assert.deepEqual(findMarkupProblems(entry.body), []);
    await assert.rejects(importRoadmap('>'.repeat(20000)), /cannot be read: line 1 nests/);
  });
});
