import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {entriesModuleSource} from '../codegen';
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

  it('still renders an empty list when a status has no themes', () => {
    const empty = entriesModuleSource([], {pluginId: 'default'});
    assert.match(empty, /^export const toc = \[\];$/m);
    assert.match(empty, /const entries = \[\n\];/);
  });
});
