import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {expectedProblems, installBadEntries} from '../../../../../tests/badEntries';
import {PLACEHOLDERS} from '../../placeholders';
import {resolveOptions} from '../../options';
import {mainCli} from '../cli';
import {copySite, useFixtureContent} from '../../../../../scripts/copySite';

const SITE = path.resolve(__dirname, '../../../../..');
const CLI = path.join(SITE, 'packages/docusaurus-plugin-roadmap/src/cli/cli.ts');
const IMPORT_FIXTURES = path.join(__dirname, '../../import/__tests__/__fixtures__');
const SOURCE = path.join(IMPORT_FIXTURES, 'roadmap-source.md');

/** Runs the CLI as `npm run roadmap` does, in its own process. */
function roadmap(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: SITE,
    encoding: 'utf8',
    env: {...process.env, GITHUB_ACTIONS: undefined, ...env},
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

let tmp: string;
before(() => {
  mkdirSync(path.join(SITE, '.tmp'), {recursive: true});
  tmp = mkdtempSync(path.join(SITE, '.tmp', 'cli-'));
});
after(() => rmSync(tmp, {recursive: true, force: true}));

/** A fresh copy of this site, to change without touching the real one. */
function siteCopy(name: string): string {
  const dir = path.join(tmp, name);
  copySite(dir);
  useFixtureContent(dir);
  return dir;
}

describe('roadmap CLI', () => {
  it('prints help and exits 0; an unknown command exits 2', () => {
    const help = roadmap(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Commands:\n {2}check .*\n {2}new .*\n {2}import /);
    const checkHelp = roadmap(['check', '--help']);
    assert.equal(checkHelp.code, 0);
    assert.match(checkHelp.stdout, /Usage: docusaurus roadmap check/);
    const helpNew = roadmap(['help', 'new']);
    assert.equal(helpNew.code, 0);
    assert.match(helpNew.stdout, /Usage: docusaurus roadmap new/);
    const unknown = roadmap(['publish']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown command "publish"/);
  });
});

describe('roadmap:check', () => {
  it("passes this site's entries", () => {
    const {code, stdout} = roadmap(['check']);
    assert.equal(code, 0);
    assert.match(stdout, /✔ \d+ entries in docs\/roadmap\/ are valid/);
  });

  it('reports every bad entry at once, with file and line, and exits 1', () => {
    const site = siteCopy('bad');
    installBadEntries(path.join(site, 'docs/roadmap'));
    const {code, stdout, stderr} = roadmap(['check', '--site-dir', site]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(
      stderr,
      new RegExp(`^The roadmap has ${expectedProblems().length} problems in its entries:`),
    );
    for (const problem of expectedProblems()) {
      assert.ok(stderr.includes(`- ${problem}`), `missing: ${problem}`);
    }
    // A line break in an entry's value is a line break, on a line no CI
    // runner reads as a workflow command.
    assert.match(stderr, /has tag "x\n {4}\| ::notice title=owned::printed as a workflow command"/);
    for (const line of stderr.split('\n')) assert.doesNotMatch(line.trimStart(), /^::/);
    assert.doesNotMatch(stderr, /\\u000a/);
  });

  it('prints GitHub annotations on the file and line when GITHUB_ACTIONS is set', () => {
    const site = siteCopy('annotations');
    writeFileSync(
      path.join(site, 'docs/roadmap/more-sigs.md'),
      readFileSync(path.join(site, 'docs/roadmap/more-sigs.md'), 'utf8').replace(
        'order: 5',
        'order: five',
      ),
    );
    const {code, stdout} = roadmap(['check', '--site-dir', site], {GITHUB_ACTIONS: 'true'});
    assert.equal(code, 1);
    assert.equal(
      stdout.trim(),
      '::error file=docs/roadmap/more-sigs.md,line=6,title=Roadmap entry%3A order::front matter "order" must be a whole number ≥ 1, the position within its status (got "five")',
    );
  });
});

describe('roadmap:check in a translated site', () => {
  it("checks each other locale's translated entries against their sources, naming both files", async (t) => {
    const site = siteCopy('check-translations');
    const logs: string[] = [];
    const errors: string[] = [];
    t.mock.method(console, 'log', (message: string) => logs.push(message));
    t.mock.method(console, 'error', (message: string) => errors.push(message));
    const loaded = {
      siteDir: site,
      options: resolveOptions({period: '2022-Q3'}),
      translations: [
        {locale: 'fr', localizedDir: 'i18n/fr/docusaurus-plugin-content-docs/current'},
      ],
    };
    assert.equal(await mainCli(['check'], loaded), 0);
    assert.match(
      logs.join('\n'),
      /10 entries in docs\/roadmap\/ are valid with 3 translations \(fr\)/,
    );
    const translation = path.join(
      site,
      'i18n/fr/docusaurus-plugin-content-docs/current/roadmap/telemetry.md',
    );
    writeFileSync(translation, readFileSync(translation, 'utf8').replace('order: 5', 'order: 6'));
    assert.equal(await mainCli(['check'], loaded), 1);
    assert.match(
      errors.join('\n'),
      /i18n\/fr\/docusaurus-plugin-content-docs\/current\/roadmap\/telemetry\.md: front matter "order" differs from docs\/roadmap\/telemetry\.md/,
    );
  });
});

describe('roadmap:new', () => {
  it('writes a valid entry at the end of its status and refuses a duplicate', () => {
    const site = siteCopy('new');
    const args = [
      'new',
      'Catalog search',
      '--status',
      'next',
      '--owner',
      'SIG Catalog',
      '--site-dir',
      site,
    ];
    const first = roadmap([
      ...args,
      '--tracking',
      'https://github.com/backstage/backstage/issues/9',
    ]);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout.trim(), 'docs/roadmap/catalog-search.md');
    assert.equal(
      readFileSync(path.join(site, 'docs/roadmap/catalog-search.md'), 'utf8'),
      [
        '---',
        'id: catalog-search',
        'title: Catalog search',
        `summary: ${PLACEHOLDERS.summary}`,
        'tags: [next]',
        'order: 6',
        'owner: SIG Catalog',
        'tracking: https://github.com/backstage/backstage/issues/9',
        '---',
        '',
        PLACEHOLDERS.body,
        '',
      ].join('\n'),
    );
    // Unedited, the scaffold fails the check, saying what to write.
    const unedited = roadmap(['check', '--site-dir', site]);
    assert.equal(unedited.code, 1);
    assert.match(
      unedited.stderr,
      /catalog-search\.md:4: front matter "summary" is still the placeholder/,
    );
    assert.match(unedited.stderr, /catalog-search\.md:11: still has the placeholder text/);
    const file = path.join(site, 'docs/roadmap/catalog-search.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(PLACEHOLDERS.summary, 'Find any entity by name.')
        .replace(PLACEHOLDERS.body, 'Search across the whole catalog.'),
    );
    assert.equal(roadmap(['check', '--site-dir', site]).code, 0);

    const again = roadmap(args);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /docs\/roadmap\/catalog-search\.md already exists/);
  });

  it('refuses an entry that would be invalid, and writes nothing', () => {
    const site = siteCopy('new-invalid');
    const before = readdirSync(path.join(site, 'docs/roadmap')).length;
    const badUrl = roadmap([
      'new',
      'Bad link',
      '--status',
      'future',
      '--tracking',
      'issue 9',
      '--site-dir',
      site,
    ]);
    assert.equal(badUrl.code, 1);
    assert.match(
      badUrl.stderr,
      /bad-link\.md:\d+: front matter "tracking" must be a full https:\/\/ URL/,
    );
    const collision = roadmap(['new', 'Future work', '--status', 'future', '--site-dir', site]);
    assert.equal(collision.code, 1);
    assert.match(collision.stderr, /"future-work" is already the anchor of heading "Future work"/);
    assert.equal(readdirSync(path.join(site, 'docs/roadmap')).length, before);
  });

  it('writes a shipped theme with its release and day', () => {
    const site = siteCopy('new-shipped');
    const missing = roadmap(['new', 'Search', '--status', 'shipped', '--site-dir', site]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /needs --shipped-on <YYYY-MM-DD>/);
    const written = roadmap([
      'new',
      'Search',
      '--status',
      'shipped',
      '--summary',
      'Find any entity by name.',
      '--shipped-in',
      '1.6.0',
      '--shipped-on',
      '2022-08-01',
      '--text',
      'Search the catalog by name, kind and owner.',
      '--site-dir',
      site,
    ]);
    assert.equal(written.code, 0, written.stderr);
    const text = readFileSync(path.join(site, 'docs/roadmap/search.md'), 'utf8');
    assert.match(text, /^shipped_in: \{version: 1\.6\.0\}$/m);
    assert.match(text, /^shipped_on: '2022-08-01'$/m);
    // Given its summary and text, the entry is valid as written.
    assert.equal(roadmap(['check', '--site-dir', site]).code, 0);
  });

  it('writes a dropped theme with its day and reason, and wants the reason', () => {
    const site = siteCopy('new-dropped');
    const missing = roadmap(['new', 'Widgets', '--status', 'dropped', '--site-dir', site]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /needs --dropped-reason/);
    const written = roadmap([
      'new',
      'Widgets',
      '--status',
      'dropped',
      '--summary',
      'Embeddable widgets.',
      '--text',
      'Widgets for other sites.',
      '--dropped-reason',
      'Nobody asked for it.',
      '--dropped-on',
      '2022-08-01',
      '--site-dir',
      site,
    ]);
    assert.equal(written.code, 0, written.stderr);
    const text = readFileSync(path.join(site, 'docs/roadmap/widgets.md'), 'utf8');
    assert.match(text, /^tags: \[dropped\]$/m);
    assert.match(text, /^dropped_on: '2022-08-01'$/m);
    assert.match(text, /^dropped_reason: Nobody asked for it\.$/m);
    assert.equal(roadmap(['check', '--site-dir', site]).code, 0);
    const wrong = roadmap(['new', 'X', '--status', 'next', '--dropped-reason', 'y']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /go with --status dropped/);
    const imported = roadmap(['import', 'x.md', '--map', 'Later=dropped']);
    assert.equal(imported.code, 2);
    assert.match(imported.stderr, /cannot import themes as dropped/);
  });

  it('refuses --site-dir naming another site than the one Docusaurus loaded', async (t) => {
    const errors: string[] = [];
    t.mock.method(console, 'error', (message: string) => errors.push(message));
    const loaded = {siteDir: SITE, options: resolveOptions({period: '2022-Q3'})};
    const code = await mainCli(['check', '--site-dir', path.join(SITE, '.tmp')], loaded);
    assert.equal(code, 2);
    assert.match(errors.join('\n'), /is not the site Docusaurus loaded/);
  });

  it('refuses to import for another instance than the default, whose modules its pages import', async (t) => {
    const errors: string[] = [];
    t.mock.method(console, 'error', (message: string) => errors.push(message));
    const loaded = {siteDir: SITE, options: resolveOptions({period: '2022-Q3', id: 'product'})};
    const code = await mainCli(['import', SOURCE, '--out', path.join(tmp, 'product')], loaded);
    assert.equal(code, 2);
    assert.match(errors.join('\n'), /instance "default", not "product"/);
    assert.equal(existsSync(path.join(tmp, 'product')), false);
  });

  it('exits 2 on wrong usage', () => {
    const noStatus = roadmap(['new', 'A title']);
    assert.equal(noStatus.code, 2);
    assert.match(noStatus.stderr, /--status must be one of next, future, shipped, dropped/);
    assert.equal(roadmap(['new', '--status', 'next']).code, 2);
    assert.equal(roadmap(['new', 'A', '--status', 'next', '--colour', 'red']).code, 2);
  });
});

describe('roadmap:import', () => {
  it('imports the source page into entries and an overview, with a drift report', () => {
    const out = path.join(tmp, 'import');
    const {code, stdout, stderr} = roadmap(['import', SOURCE, '--out', out]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^Imported 10 themes \(5 next, 5 future, 0 shipped\)/);
    assert.match(stdout, /Period: "July through September 2022" is 2022-Q3/);
    assert.match(stdout, /Drift in the old roadmap \(6\):/);
    assert.match(
      stdout,
      /roadmap-source\.md:20: table item "GraphQL" is the theme "GraphQL support"/,
    );
    assert.equal(readdirSync(path.join(out, 'roadmap')).length, 10);
    assert.ok(existsSync(path.join(out, 'roadmap.mdx')));

    const again = roadmap(['import', SOURCE, '--out', out]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /Refusing to overwrite 12 existing file\(s\)/);
    assert.equal(roadmap(['import', SOURCE, '--out', out, '--force']).code, 0);
  });

  it('imports a page grouped by release into entries the check accepts, with their tags declared', () => {
    const site = siteCopy('import-releases');
    rmSync(path.join(site, 'docs'), {recursive: true, force: true});
    const docs = path.join(site, 'docs');
    const source = path.join(IMPORT_FIXTURES, 'roadmap-releases.md');
    const {code, stdout, stderr} = roadmap(['import', source, '--out', docs, '--site-dir', site]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^Imported 9 themes \(2 next, 5 future, 2 shipped\)/);
    assert.match(stdout, /"v1\.2" became next \(2 themes\), tagged v1\.2/);
    const tags = readFileSync(path.join(docs, 'tags.yml'), 'utf8');
    assert.match(tags, /^v1\.2:\n {2}label: v1\.2$/m);
    assert.match(tags, /^next:$/m);
    assert.match(
      readFileSync(path.join(docs, 'roadmap/audit-log.md'), 'utf8'),
      /^tags: \[next, v1\.2\]$/m,
    );
    const check = roadmap(['check', '--site-dir', site]);
    assert.equal(check.code, 0, check.stderr);
  });

  it('exits 3 with a hint when the page has no theme, and 2 on a malformed --map', () => {
    const out = path.join(tmp, 'import-pointer');
    const pointer = roadmap([
      'import',
      path.join(IMPORT_FIXTURES, 'roadmap-pointer.md'),
      '--out',
      out,
    ]);
    assert.equal(pointer.code, 3);
    assert.match(pointer.stderr, /Found no themes in .*roadmap-pointer\.md; nothing was written\./);
    assert.match(pointer.stderr, /--map "<heading>=<status>"/);
    assert.equal(existsSync(out), false);
    const badMap = roadmap(['import', SOURCE, '--out', out, '--map', 'v1.2=soon']);
    assert.equal(badMap.code, 2);
    assert.match(badMap.stderr, /--map takes "<heading or value>=<status>"/);
  });

  it('imports completed milestones without dates as shipped on an unknown date, and says so', () => {
    const site = siteCopy('import-2021');
    rmSync(path.join(site, 'docs'), {recursive: true, force: true});
    const {code, stdout, stderr} = roadmap([
      'import',
      path.join(IMPORT_FIXTURES, 'roadmap-2021.md'),
      '--out',
      path.join(site, 'docs'),
      '--site-dir',
      site,
    ]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /no ship date for 3 shipped theme\(s\), written as shipped_on: unknown/);
    assert.match(stdout, /- techdocs: TechDocs/);
    assert.match(
      readFileSync(path.join(site, 'docs/roadmap/techdocs.md'), 'utf8'),
      /^shipped_on: unknown$/m,
    );
    const check = roadmap(['check', '--site-dir', site]);
    assert.equal(check.code, 0, check.stderr);
  });

  it('converts markup that could run code or load other sites, lists each change, and the result passes the check', () => {
    const site = siteCopy('import-hostile');
    rmSync(path.join(site, 'docs'), {recursive: true, force: true});
    const source = path.join(tmp, 'hostile-roadmap.md');
    writeFileSync(
      source,
      [
        '# Roadmap',
        '',
        'Intro with a <a href="http://calendly.com/x" target="_blank">booking page</a>.',
        '',
        "<script>alert('owned')</script>",
        '',
        "export const x = fetch('https://evil.example/');",
        '',
        "## What's next",
        '',
        '### Search',
        '',
        'Text <img src="https://evil.example/p.png" alt="pixel" attributionsrc> and [docs](/docs/2.0/intro).',
        '',
        '<Tabs>',
        '',
        'Inside <marquee>tabs</marquee>, then `<script>` in code.',
        '',
        '</Tabs>',
      ].join('\n'),
    );
    const docs = path.join(site, 'docs');
    const {code, stdout, stderr} = roadmap([
      'import',
      source,
      '--out',
      docs,
      '--site-dir',
      site,
      '--origin',
      'https://old.example/roadmap',
    ]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Converted to be safe here \(\d+\); review each:/);
    assert.match(stdout, /hostile-roadmap\.md:3: the target attribute on <a> is not allowed/);
    assert.match(
      stdout,
      /hostile-roadmap\.md:5: <script> is not allowed in an entry: removed with its content/,
    );
    assert.match(stdout, /hostile-roadmap\.md:7: MDX import\/export does nothing/);
    assert.match(
      stdout,
      /hostile-roadmap\.md:13: .*src="https:\/\/evil\.example\/p\.png" on <img>/,
    );
    assert.match(
      stdout,
      /hostile-roadmap\.md:13: links into the site the old page lived on|now: \[docs\]\(https:\/\/old\.example\/docs\/2\.0\/intro\)/,
    );
    const search = readFileSync(path.join(docs, 'roadmap/search.md'), 'utf8');
    assert.match(search, /<a href="https:\/\/evil\.example\/p\.png">pixel<\/a>/);
    assert.match(search, /\[docs\]\(https:\/\/old\.example\/docs\/2\.0\/intro\)/);
    assert.doesNotMatch(search, /attributionsrc|<marquee|<Tabs|<tabs/i);
    const overview = readFileSync(path.join(docs, 'roadmap.mdx'), 'utf8');
    assert.match(overview, /<a href="http:\/\/calendly\.com\/x">booking page<\/a>/);
    assert.doesNotMatch(overview, /script|evil|export const/);
    const check = roadmap(['check', '--site-dir', site]);
    assert.equal(check.code, 0, check.stderr);
  });

  it('exits 2 when the file is missing', () => {
    const {code, stderr} = roadmap(['import', 'no-such-roadmap.md']);
    assert.equal(code, 2);
    assert.match(stderr, /no-such-roadmap\.md does not exist/);
  });
});
