import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {optionsSchema} from '../../packages/docusaurus-plugin-roadmap/src/options';
import {PACKAGE_README, optionsTable, readmeWithOptions} from '../optionsTable';

describe("the package README's options table", () => {
  it('is what the options schema generates (run `npm run docs:options` after editing options)', async () => {
    const readme = readFileSync(PACKAGE_README, 'utf8');
    assert.equal(await readmeWithOptions(readme), readme);
  });

  it('has one row per option, with its default as a config writes it', () => {
    const table = optionsTable();
    const names = [...table.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]);
    assert.deepEqual(names, Object.keys(optionsSchema.shape));
    assert.match(table, /^\| `recentlyShipped` \| `\{count: 5, days: 180\}` \|/m);
    assert.match(table, /^\| `period` \| \(required\) \|/m);
    assert.match(table, /^\| `strict` \| `false` \|/m);
  });

  it('finds a README whose table has drifted from the schema', async () => {
    const readme = readFileSync(PACKAGE_README, 'utf8');
    const drifted = readme.replace('| `14`', '| `7` ');
    assert.notEqual(drifted, readme);
    assert.notEqual(await readmeWithOptions(drifted), drifted);
  });
});
