import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import {checkEntrySources, checkRoadmap, type CheckContext} from '../check';
import {headingAnchors} from '../markdown';
import {parseEntrySource, readEntrySource} from '../source';
import {FIXTURE_FILES, entrySource} from './loadFixture';

const context: CheckContext = {
  overview: {
    file: 'docs/roadmap.mdx',
    anchors: headingAnchors("## What's next\n\n## How to influence the roadmap\n"),
  },
  declaredTags: {file: 'docs/tags.yml', tags: new Set(['next', 'future', 'shipped', 'catalog'])},
};

/** The problems of one set of entry files, as `[file:line, field, message]`. */
async function problemsOf(...sources: ReturnType<typeof entrySource>[]) {
  const {problems} = checkEntrySources(await Promise.all(sources), context);
  return problems.map((p) => [`${p.file}:${p.line}`, p.field, p.message] as const);
}

describe('checkEntrySources', () => {
  it('accepts valid entries and returns them with their status', async () => {
    const {entries, problems} = checkEntrySources(
      await Promise.all([
        entrySource('one', {tags: ['next', 'catalog']}),
        entrySource('two', {tags: ['future']}),
      ]),
      context,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(
      entries.map((e) => [e.data.id, e.status]),
      [
        ['one', 'next'],
        ['two', 'future'],
      ],
    );
  });

  it('points each front-matter problem at the line of its key', async () => {
    // yaml.dump writes id, title, summary, tags (2 lines), order: lines 2-7;
    // the body starts on line 9.
    const problems = await problemsOf(entrySource('a', {title: '', order: 0}));
    assert.deepEqual(problems, [
      ['docs/roadmap/a.md:3', 'title', 'must not be empty (got "")'],
      ['docs/roadmap/a.md:7', 'order', 'must be a whole number ≥ 1 (got 0)'],
    ]);
  });

  it('rejects a tag that docs/tags.yml does not declare', async () => {
    const [problem] = await problemsOf(entrySource('a', {tags: ['next', 'catalgo']}));
    assert.equal(problem?.[1], 'tags');
    assert.match(problem![2], /"catalgo", which is not declared in docs\/tags\.yml/);
  });

  it('rejects an empty body, at the line where the body starts', async () => {
    const [problem] = await problemsOf(entrySource('a', {}, '\n  \n'));
    assert.equal(problem?.[0], 'docs/roadmap/a.md:9');
    assert.match(problem![2], /no text below the front matter/);
  });

  it('rejects unsafe markup at its line in the file', async () => {
    const problems = await problemsOf(
      entrySource('a', {}, 'Intro.\n\n<script>alert(1)</script>\n'),
    );
    assert.deepEqual(
      problems.map(([at]) => at),
      ['docs/roadmap/a.md:12'],
    );
    assert.match(problems[0]![2], /<script> is not allowed/);
  });

  it('refuses a heading anchor the page itself uses', async () => {
    const problems = await problemsOf(entrySource('a', {}, 'Text.\n\n## Hi {#__docusaurus}\n'));
    assert.ok(
      problems.some(([, , message]) => /#__docusaurus, a name the page itself uses/.test(message)),
    );
  });

  it('refuses brackets nested deeper than the Markdown parser reads in reasonable time', async () => {
    const source = await parseEntrySource(
      'docs/roadmap/a.md',
      `---\nid: a\ntitle: A\nsummary: A.\ntags: [next]\norder: 1\n---\n\n${'!['.repeat(5000)}x${'](y)'.repeat(5000)}\n`,
    );
    const {problems} = checkEntrySources([source], context);
    assert.deepEqual(
      problems.map((p) => [p.line, p.message]),
      [[9, 'opens more than 32 "[" without closing them; close or remove them']],
    );
  });

  it('refuses .mdx entry files', async () => {
    const source = await parseEntrySource(
      'docs/roadmap/a.mdx',
      '---\nid: a\ntitle: A\nsummary: A.\ntags: [next]\norder: 1\n---\n\nText.\n',
    );
    const {problems} = checkEntrySources([source], context);
    assert.equal(problems.length, 1);
    assert.match(
      problems[0]!.message,
      /is an MDX file; entries are plain Markdown.*rename it to \.md/,
    );
  });

  it('reports front matter that is not YAML instead of crashing', async () => {
    const source = await parseEntrySource('docs/roadmap/a.md', '---\ntitle: [oops\n---\n\nText.\n');
    const {problems} = checkEntrySources([source], context);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /front matter is not valid YAML/);
  });

  it('validates dates as written, not as YAML reads them', async () => {
    // Unquoted, YAML would read 2022-02-30 as 2 March.
    const source = await parseEntrySource(
      'docs/roadmap/a.md',
      '---\nid: a\ntitle: A\nsummary: A.\ntags: [next]\norder: 1\nlast_reviewed: 2022-02-30\n---\n\nText.\n',
    );
    const {problems} = checkEntrySources([source], context);
    assert.deepEqual(
      problems.map((p) => [p.line, p.field]),
      [[7, 'last_reviewed']],
    );
    assert.match(problems[0]!.message, /got "2022-02-30"/);
  });

  it('reports every problem of every file in one run', async () => {
    const problems = await problemsOf(
      entrySource('a', {title: undefined}),
      entrySource('b', {id: 'B_b', sumary: 'typo'}),
      entrySource('c', {}, ''),
    );
    assert.deepEqual(
      problems.map(([at, field]) => [at, field]),
      [
        ['docs/roadmap/a.md:1', 'title'],
        ['docs/roadmap/b.md:2', 'id'],
        ['docs/roadmap/b.md:8', 'sumary'],
        ['docs/roadmap/c.md:9', undefined],
      ],
    );
  });
});

describe('anchor and order conflicts', () => {
  it('rejects two entries with the same id, naming both files', async () => {
    const problems = await problemsOf(
      entrySource('a', {id: 'same'}),
      entrySource('b', {id: 'same', order: 2}),
    );
    assert.deepEqual(problems, [
      [
        'docs/roadmap/a.md:2',
        'id',
        '"same" is also the id of docs/roadmap/b.md; ids must be unique, rename one of them',
      ],
      [
        'docs/roadmap/b.md:2',
        'id',
        '"same" is also the id of docs/roadmap/a.md; ids must be unique, rename one of them',
      ],
    ]);
  });

  it('rejects an id that is a heading anchor of the overview', async () => {
    const [problem] = await problemsOf(entrySource('how-to-influence-the-roadmap'));
    assert.equal(problem?.[1], 'id');
    assert.match(
      problem![2],
      /"how-to-influence-the-roadmap" is already the anchor of heading "How to influence the roadmap" in docs\/roadmap\.mdx/,
    );
  });

  it('rejects an id that is the anchor of a status section', async () => {
    const [problem] = await problemsOf(entrySource('future-work'));
    assert.match(problem![2], /already the anchor of section "Future work"/);
  });

  it("rejects an alias that is another entry's id, alias or an overview heading", async () => {
    const problems = await problemsOf(
      entrySource('a', {aliases: ['old-a']}),
      entrySource('b', {order: 2, aliases: ['a', 'old-a', 'whats-next']}),
    );
    assert.deepEqual(
      problems.map(([at, field]) => [at, field]),
      [
        ['docs/roadmap/b.md:8', 'aliases'],
        ['docs/roadmap/b.md:8', 'aliases'],
        ['docs/roadmap/b.md:8', 'aliases'],
      ],
    );
    assert.match(
      problems[0]![2],
      /"a" is already the id of docs\/roadmap\/a\.md; an old id can lead to one theme only/,
    );
    assert.match(problems[1]![2], /"old-a" is already an alias of docs\/roadmap\/a\.md/);
    assert.match(
      problems[2]![2],
      /"whats-next" is already the anchor of heading "What's next" in docs\/roadmap\.mdx/,
    );
  });

  it('rejects a heading inside an entry whose anchor is taken on the overview', async () => {
    const problems = await problemsOf(
      entrySource('a'),
      entrySource('b', {order: 2}, 'Text.\n\n#### A\n\n#### Details\n'),
      entrySource('c', {order: 3}, '#### Details\n'),
    );
    assert.deepEqual(
      problems.map(([at]) => at),
      ['docs/roadmap/b.md:12', 'docs/roadmap/c.md:10'],
    );
    assert.match(
      problems[0]![2],
      /heading "A" gets the anchor #a, which is already the id of docs\/roadmap\/a\.md on the overview page; give the heading its own anchor with \{#another-id\}/,
    );
    assert.match(
      problems[1]![2],
      /#details, which is already the anchor of heading "Details" in docs\/roadmap\/b\.md/,
    );
  });

  it('rejects two entries of one status at the same order, but allows it across statuses', async () => {
    const problems = await problemsOf(
      entrySource('a', {order: 1}),
      entrySource('b', {order: 1}),
      entrySource('c', {order: 1, tags: ['future']}),
    );
    assert.deepEqual(
      problems.map(([at, field]) => [at, field]),
      [['docs/roadmap/b.md:7', 'order']],
    );
    assert.match(problems[0]![2], /already used by docs\/roadmap\/a\.md in status "next"/);
  });
});

describe('checkRoadmap', () => {
  it('checks the fixture site from disk, with its overview and tags file', async () => {
    const {entries, problems} = await checkRoadmap(FIXTURE_FILES);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      entries.map((e) => e.source.file),
      ['docs/roadmap/alpha.md', 'docs/roadmap/beta.md', 'docs/roadmap/gamma.md'],
    );
  });
});

describe('plain prose', () => {
  it('still gets its setext headings checked', async () => {
    const problems = await problemsOf(entrySource('a'), entrySource('b', {order: 2}, 'A\n---\n'));
    assert.match(problems[0]![2], /heading "A" gets the anchor #a/);
  });
});

describe('shipped fields', () => {
  const shippedIn = {
    version: '1.6.0',
    url: 'https://github.com/backstage/backstage/releases/tag/v1.6.0',
  };

  it('accepts a shipped theme with its release and date', async () => {
    assert.deepEqual(
      await problemsOf(
        entrySource('a', {tags: ['shipped'], shipped_in: shippedIn, shipped_on: '2022-08-01'}),
      ),
      [],
    );
  });

  it('requires when a shipped theme shipped; the release only if known', async () => {
    const problems = await problemsOf(entrySource('a', {tags: ['shipped']}));
    assert.deepEqual(
      problems.map(([, field, message]) => [field, message.split(':')[0]]),
      [['shipped_on', 'is required for a shipped theme']],
    );
  });

  it('takes a day, a quarter or unknown as the ship date, and nothing else', async () => {
    for (const shipped_on of ['2022-08-01', '2021-Q2', 'unknown']) {
      assert.deepEqual(await problemsOf(entrySource('a', {tags: ['shipped'], shipped_on})), []);
    }
    const [problem] = await problemsOf(
      entrySource('a', {tags: ['shipped'], shipped_on: 'summer 2021'}),
    );
    assert.match(problem![2], /the day it shipped \(YYYY-MM-DD\), the quarter .* or unknown/);
    const {problems} = checkEntrySources(
      [await entrySource('a', {tags: ['shipped'], shipped_on: '2999-Q1'})],
      {...context, buildDate: '2026-11-26'},
    );
    assert.match(problems[0]!.message, /is 2999-Q1, after today/);
    // A timestamp is a format problem, reported once, whatever its day.
    const timestamp = checkEntrySources(
      [await entrySource('a', {tags: ['shipped'], shipped_on: '2026-11-26T00:00:00.000Z'})],
      {...context, buildDate: '2026-11-26'},
    ).problems;
    assert.deepEqual(
      timestamp.map((p) => p.message.split(' (')[0]),
      ['must be the day it shipped'],
    );
  });

  it('refuses them on a theme that has not shipped', async () => {
    const [problem] = await problemsOf(entrySource('a', {shipped_on: '2022-08-01'}));
    assert.equal(problem![1], 'shipped_on');
    assert.match(
      problem![2],
      /belongs to shipped themes only: set tags: \[shipped\], or remove it/,
    );
  });

  it('checks the release', async () => {
    const problems = await problemsOf(
      entrySource('a', {
        tags: ['shipped'],
        shipped_in: {version: '1.6.0', url: 'notes'},
        shipped_on: '2022-08-01',
      }),
      entrySource('b', {
        order: 2,
        tags: ['shipped'],
        shipped_in: '1.6.0',
        shipped_on: '2022-08-01',
      }),
    );
    assert.deepEqual(
      problems.map(([at, field]) => [at, field]),
      [
        ['docs/roadmap/a.md:8', 'shipped_in.url'],
        ['docs/roadmap/b.md:8', 'shipped_in'],
      ],
    );
    assert.match(problems[0]![2], /full https:\/\/ URL of the release notes/);
    assert.match(problems[1]![2], /must be a release: \{version: "1.6.0", url: https:\/\/…\}/);
  });
});

describe('entry files as files', () => {
  const valid = (id: string, order = 1) =>
    `---\nid: ${id}\ntitle: T\nsummary: S.\ntags: [next]\norder: ${order}\n---\n\nText.\n`;

  it('refuses symlinks, sub-folders and index names before reading them', async () => {
    const site = mkdtempSync(path.join(os.tmpdir(), 'roadmap-files-'));
    try {
      const dir = path.join(site, 'docs', 'roadmap');
      mkdirSync(path.join(dir, 'nested'), {recursive: true});
      writeFileSync(path.join(site, 'secret.md'), valid('secret'));
      symlinkSync(path.join(site, 'secret.md'), path.join(dir, 'link.md'));
      writeFileSync(path.join(dir, 'nested', 'deep.md'), valid('deep'));
      writeFileSync(path.join(dir, 'index.md'), valid('index'));
      writeFileSync(path.join(dir, 'ok.md'), valid('ok', 2));
      const {problems} = await checkRoadmap({
        siteDir: site,
        docsDir: 'docs',
        entriesDir: 'roadmap',
      });
      assert.deepEqual(
        problems.map((p) => `${p.file}: ${p.message.split(';')[0]}`),
        [
          "docs/roadmap/index.md: is named like the folder's index page, which Docusaurus publishes at the folder's URL",
          'docs/roadmap/link.md: is a symbolic link',
          'docs/roadmap/nested/deep.md: is in a sub-folder',
        ],
      );
    } finally {
      rmSync(site, {recursive: true, force: true});
    }
  });

  it('refuses a 5 MB entry for its size, without parsing it', async () => {
    const huge = Buffer.from(valid('huge') + '[a](https://example.com) '.repeat(200_000));
    assert.ok(huge.length > 5_000_000);
    const source = await readEntrySource('docs/roadmap/huge.md', huge);
    assert.match(source.parseError ?? '', /is \d+ KiB; an entry may be at most 32 KiB/);
    assert.equal(checkEntrySources([source]).problems.length, 1);
  });
});
