import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
  anchorMap,
  entriesModuleFile,
  entriesModuleSource,
  overviewModuleSource,
  tableModuleSource,
} from '../codegen';
import {groupByStatus} from '../entries';
import {loadFixtureEntries} from './loadFixture';

describe('entriesModuleSource', async () => {
  const {entries} = await loadFixtureEntries();
  const next = groupByStatus(entries).next;
  const source = entriesModuleSource(next, {pluginId: 'default'});

  it('imports each entry body in order', () => {
    const imports = [...source.matchAll(/^import Entry(\d+) from "([^"]+)";$/gm)];
    assert.deepEqual(
      imports.map((m) => [m[1], m[2]]),
      [
        ['0', '@site/docs/roadmap/beta.md'],
        ['1', '@site/docs/roadmap/alpha.md'],
      ],
    );
  });

  it('exports a toc with one level-3 heading per theme, HTML-escaped', () => {
    const toc = /^export const toc = (.*);$/m.exec(source)?.[1];
    assert.ok(toc);
    assert.deepEqual(JSON.parse(toc), [
      {value: 'Beta &quot;quoted&quot; &amp; co', id: 'beta', level: 3},
      {value: 'Alpha', id: 'alpha', level: 3},
    ]);
  });

  it("renders each body on the server; the browser's module imports none and loads each from its page's route", () => {
    assert.match(source, /Content: renderedEntryBody\(Entry0\)\},/);
    const browser = entriesModuleSource(next, {pluginId: 'default', target: 'browser'});
    assert.doesNotMatch(browser, /^import Entry|import\(/m);
    assert.deepEqual(
      [...browser.matchAll(/Content: keptEntryBody\(("[^"]+")\)/g)].map((m) => JSON.parse(m[1]!)),
      ['@site/docs/roadmap/beta.md', '@site/docs/roadmap/alpha.md'],
    );
    // Both list the same themes in the same order, with the same toc.
    const sections = (code: string) => code.replace(/, Content: .*$/gm, '').split('export')[0];
    assert.equal(
      sections(browser).replace(/^import .*\n/gm, ''),
      sections(source).replace(/^import .*\n/gm, ''),
    );
    assert.equal(
      /^export const toc = .*$/m.exec(browser)?.[0],
      /^export const toc = .*$/m.exec(source)?.[0],
    );
    assert.notEqual(entriesModuleFile('next', 'browser'), entriesModuleFile('next', 'server'));
  });

  it('is imported by the whole-roadmap module through the alias that picks the bundle', () => {
    const overview = overviewModuleSource(['next', 'future'], {pluginId: 'docs'});
    assert.match(overview, /^import Section0, \{toc as toc0\} from "@roadmap\/docs\/next\.md";$/m);
    assert.match(
      overview,
      /^import Section1, \{toc as toc1\} from "@roadmap\/docs\/future\.md";$/m,
    );
  });

  it('still renders an empty list when a status has no themes', () => {
    const empty = entriesModuleSource([], {pluginId: 'default'});
    assert.match(empty, /^export const toc = \[\];$/m);
    assert.match(empty, /const entries = \[\n\];/);
  });
});

describe('a compact overview (more themes than overviewLimit)', async () => {
  const {entries} = await loadFixtureEntries();
  const next = groupByStatus(entries).next;
  const more = {count: next.length, href: '/status/next', label: "What's next"};

  it('imports no entry body and lists no theme in the TOC', () => {
    const source = entriesModuleSource(next, {pluginId: 'default', more});
    assert.doesNotMatch(source, /^import Entry/m);
    assert.match(source, /^export const toc = \[\];$/m);
    assert.ok(source.includes(`more: ${JSON.stringify(more)}`));
  });

  it('keeps the empty text, for a status with no theme', () => {
    const none = {count: 0, href: '/status/shipped', label: 'Shipped'};
    const source = entriesModuleSource([], {
      pluginId: 'default',
      emptyText: 'No theme has shipped recently.',
      more: none,
    });
    assert.ok(source.includes('emptyText: "No theme has shipped recently."'));
    assert.ok(source.includes(`more: ${JSON.stringify(none)}`));
  });

  it('gives the table what each column leaves out and loads the anchors on demand', () => {
    const table = {next: [], future: [], shipped: []};
    const compact = tableModuleSource(table, {pluginId: 'default', more: {next: more}});
    assert.match(compact, /const loadAnchors = \(\) => import\("\.\/anchors\.json"\)/);
    assert.ok(compact.includes(`more: ${JSON.stringify({next: more})}, loadAnchors}`));
    const full = tableModuleSource(table, {pluginId: 'default'});
    assert.doesNotMatch(full, /anchors|more/);
    // A full overview some themes have left (dropped ones) loads the map too.
    const left = tableModuleSource(table, {pluginId: 'default', anchors: true});
    assert.ok(left.includes('pluginId: "default", loadAnchors}'));
    assert.doesNotMatch(left, /more/);
  });

  it("maps every theme's id and old ids to its page", () => {
    const map = anchorMap(entries);
    for (const entry of entries) {
      assert.equal(map[entry.id], entry.permalink);
      for (const alias of entry.aliases) assert.equal(map[alias], entry.permalink);
    }
    assert.equal(Object.getPrototypeOf(map), Object.prototype);
    assert.equal(Object.hasOwn(map, 'toString'), false);
  });
});
