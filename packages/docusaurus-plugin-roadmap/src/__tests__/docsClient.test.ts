import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, describe, it} from 'node:test';
import {DOCS_CLIENT, docsClientAlias} from '../docsClient';

/** A package folder with a `client` export, as the docs plugin has. */
function docsPlugin(nodeModules: string, version: string): string {
  const dir = path.join(nodeModules, '@docusaurus', 'plugin-content-docs');
  mkdirSync(path.join(dir, 'lib', 'client'), {recursive: true});
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: '@docusaurus/plugin-content-docs',
      version,
      exports: {'./client': {types: './lib/client/index.d.ts', default: './lib/client/index.js'}},
    }),
  );
  const client = path.join(dir, 'lib', 'client', 'index.js');
  writeFileSync(client, '');
  return realpathSync(client);
}

describe('docsClientAlias', () => {
  // A site as npm lays out a preset pinned to 3.9.2 beside a newer docs
  // plugin at the top: two copies, and the docs theme uses its own.
  const site = mkdtempSync(path.join(os.tmpdir(), 'roadmap-docs-client-'));
  after(() => rmSync(site, {recursive: true, force: true}));
  const top = path.join(site, 'node_modules');
  docsPlugin(top, '3.10.2');
  const theme = path.join(top, '@docusaurus', 'theme-classic');
  const themesOwn = docsPlugin(path.join(theme, 'node_modules'), '3.9.2');
  const wrapped = path.join(theme, 'lib', 'theme', 'DocItem', 'Content', 'index.js');
  mkdirSync(path.dirname(wrapped), {recursive: true});
  writeFileSync(wrapped, '');

  it("resolves the docs client from the component it wraps: the docs theme's own copy", () => {
    const alias = docsClientAlias({'@theme-init/DocItem/Content': wrapped, '@theme/Layout': 'x'});
    assert.deepEqual(Object.keys(alias), [`${DOCS_CLIENT}$`]);
    assert.equal(realpathSync(alias[`${DOCS_CLIENT}$`]!), themesOwn);
  });

  it('leaves the import alone when nothing is wrapped or no docs plugin is there', () => {
    assert.deepEqual(docsClientAlias(undefined), {});
    assert.deepEqual(docsClientAlias([{name: 'x', alias: 'y'}]), {});
    assert.deepEqual(docsClientAlias({'@theme/Layout': 'x'}), {});
    const lonely = path.join(os.tmpdir(), 'no-such-theme', 'DocItem', 'Content', 'index.js');
    assert.deepEqual(docsClientAlias({'@theme-init/DocItem/Content': lonely}), {});
  });
});
