import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';

// build.mjs on a copy of the package (inside the repository, so it finds the
// same TypeScript and types), starting from lib/ as it is.

const PACKAGE = path.join(__dirname, '..', '..');
const TMP = path.join(PACKAGE, '..', '..', '.tmp');

let copy: string;
const build = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(copy, 'build.mjs'), ...args], {encoding: 'utf8'});

before(() => {
  mkdirSync(TMP, {recursive: true});
  copy = mkdtempSync(path.join(TMP, 'plugin-build-'));
  for (const entry of [
    'build.mjs',
    'package.json',
    'tsconfig.json',
    'tsconfig.server.json',
    'tsconfig.client.json',
    'src',
    'lib',
  ]) {
    cpSync(path.join(PACKAGE, entry), path.join(copy, entry), {recursive: true});
  }
  // Up to date from here on (a build only if the checkout's lib/ was not).
  assert.equal(build().status, 0);
});
after(() => rmSync(copy, {recursive: true, force: true}));

describe('build.mjs', () => {
  it('does nothing when nothing lib/ is made from changed', () => {
    const compiled = statSync(path.join(copy, 'lib', 'index.js')).mtimeMs;
    const again = build();
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /lib\/ is up to date/);
    assert.equal(statSync(path.join(copy, 'lib', 'index.js')).mtimeMs, compiled);
    assert.equal(build('--check').status, 0);
  });

  it('builds again when a source changes, not when a test does', () => {
    appendFileSync(path.join(copy, 'src', '__tests__', 'format.test.ts'), '\n// a test edit\n');
    assert.equal(build('--check').status, 0);
    appendFileSync(path.join(copy, 'src', 'format.ts'), '\n// a source edit\n');
    assert.equal(build('--check').status, 1);
  });
});

describe("the site's npm scripts", () => {
  const root = path.join(PACKAGE, '..', '..');

  it('build the plugin before every build and start, and on install', () => {
    const {scripts} = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    for (const name of ['prebuild', 'prestart', 'prepare']) {
      assert.equal(scripts[name], 'node packages/docusaurus-plugin-roadmap/build.mjs', name);
    }
  });

  // On the checkout itself, as `npm run build` runs it: the first call
  // brings lib/ up to date (a no-op where it is, as in CI after `npm ci`).
  it('a second `npm run build` with no plugin change does not compile the plugin', () => {
    const npm = () =>
      spawnSync('npm', ['run', '-s', 'prebuild'], {cwd: root, encoding: 'utf8', shell: false});
    assert.equal(npm().status, 0);
    const compiled = statSync(path.join(PACKAGE, 'lib', 'index.js')).mtimeMs;
    const again = npm();
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /lib\/ is up to date/);
    assert.equal(statSync(path.join(PACKAGE, 'lib', 'index.js')).mtimeMs, compiled);
  });
});
