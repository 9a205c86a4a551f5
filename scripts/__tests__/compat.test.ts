import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {load} from 'js-yaml';
import {templateRelease, withFutureFlags} from '../../tests/compat/stockSite';
import {
  OLDEST,
  SUPPORTED,
  checkTarget,
  parseCompatArgs,
  type CompatTarget,
} from '../../tests/compat/versions';

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = path.join(ROOT, 'packages', 'docusaurus-plugin-roadmap');
const minorOf = (version: string) => version.split('.').slice(0, 2).join('.');

/** The workflow's matrix lines, as the script reads them. */
function workflowTargets(): {target: CompatTarget; node: number}[] {
  const workflow = load(readFileSync(path.join(ROOT, '.github/workflows/compat.yml'), 'utf8')) as {
    jobs: {compat: {strategy: {matrix: {include: Record<string, string | number>[]}}}};
  };
  return workflow.jobs.compat.strategy.matrix.include.map((line) => ({
    node: Number(line.node),
    target: parseCompatArgs([
      '--docusaurus',
      String(line.docusaurus),
      '--react',
      String(line.react),
      ...String(line.flags).split(' ').filter(Boolean),
    ]),
  }));
}

describe('the compatibility matrix', () => {
  it('runs, in the workflow, every React, bundler and flag each supported minor offers', () => {
    const lines = workflowTargets();
    for (const minor of SUPPORTED) {
      const of = lines.filter((line) => line.target.docusaurus === minor.docusaurus);
      for (const react of minor.react) {
        assert.ok(
          of.some((line) => line.target.react === react),
          `${minor.docusaurus} React ${react}`,
        );
      }
      assert.equal(
        of.some((line) => line.target.faster),
        minor.fasterKey !== null,
        minor.docusaurus,
      );
      // Without the faster bundler too: webpack, and its pin, are what most sites run.
      assert.ok(
        of.some((line) => !line.target.faster),
        `${minor.docusaurus} with webpack`,
      );
      assert.equal(
        of.some((line) => line.target.v4),
        minor.v4,
        minor.docusaurus,
      );
    }
    for (const edge of [SUPPORTED[0]!, SUPPORTED.at(-1)!]) {
      const nodes = lines
        .filter((line) => line.target.docusaurus === edge.docusaurus)
        .map((l) => l.node);
      assert.deepEqual(
        [...new Set(nodes)].sort(),
        [20, 22],
        `${edge.docusaurus} on Node 20 and 22`,
      );
    }
  });

  it("claims in package.json exactly the range it tests, from the oldest minor's release", () => {
    const manifest = JSON.parse(readFileSync(path.join(PACKAGE, 'package.json'), 'utf8')) as {
      peerDependencies: Record<string, string>;
    };
    assert.equal(manifest.peerDependencies['@docusaurus/core'], `^${minorOf(OLDEST.docusaurus)}.0`);
    const reacts = [...new Set(SUPPORTED.flatMap((minor) => minor.react))].sort();
    assert.equal(manifest.peerDependencies.react, reacts.map((r) => `^${r}.0.0`).join(' || '));
  });

  it("matches the package README's supported-versions table, line by line", () => {
    const readme = readFileSync(path.join(PACKAGE, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- supported: tests/compat/versions.ts -->'));
    const rows = table
      .split('\n')
      .filter((line) => /^\| \d/.test(line))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    assert.deepEqual(
      rows,
      SUPPORTED.map((minor) => [
        minor.docusaurus,
        minor.react.join(', '),
        minor.fasterKey ? 'tested' : '(none)',
        minor.v4 ? 'tested' : '(none)',
        minor.webpack ? `\`${minor.webpack}\`` : 'no',
      ]),
    );
  });
});

describe('parseCompatArgs', () => {
  it('defaults to the oldest claimed release and its React', () => {
    assert.deepEqual(parseCompatArgs([]), {
      docusaurus: OLDEST.docusaurus,
      react: OLDEST.react[0],
      faster: false,
      v4: false,
    });
  });

  it('refuses what the release itself does not offer, saying why', () => {
    assert.throws(
      () => parseCompatArgs(['--docusaurus', '3.5.2', '--react', '19']),
      /supports React 18, not 19/,
    );
    assert.throws(
      () => parseCompatArgs(['--docusaurus', '3.5.2', '--faster']),
      /no faster bundler/,
    );
    assert.throws(() => parseCompatArgs(['--docusaurus', '3.7.0', '--v4']), /no v4 future flags/);
    assert.throws(
      () => parseCompatArgs(['--docusaurus', '3.4.0']),
      /not a supported minor; supported: 3\.5,/,
    );
    assert.throws(
      () => parseCompatArgs(['--docusaurus', '3.10']),
      /takes a release such as 3\.10\.2/,
    );
    assert.throws(() => parseCompatArgs(['--react']), /--react needs a value/);
    assert.throws(() => parseCompatArgs(['--bundler', 'rspack']), /Unknown argument "--bundler"/);
  });

  it('accepts every line of the supported table with its newest React', () => {
    for (const minor of SUPPORTED) {
      const target = {
        docusaurus: minor.docusaurus,
        react: minor.react.at(-1)!,
        faster: false,
        v4: false,
      };
      assert.equal(checkTarget(target), minor);
    }
  });
});

describe('templateRelease', () => {
  const published = [
    '2.4.3',
    '3.0.0',
    '3.4.0',
    '3.6.3',
    '3.7.0',
    '3.9.1',
    '3.9.2',
    '3.10.1-canary-6591',
    '3.10.2',
  ];

  it('is the release itself when published, else the newest before it', () => {
    assert.equal(templateRelease('3.9.2', published), '3.9.2');
    assert.equal(templateRelease('3.5.2', published), '3.4.0');
    assert.equal(templateRelease('3.8.1', published), '3.7.0');
    assert.equal(templateRelease('3.10.0', published), '3.9.2');
  });
});

describe('withFutureFlags', () => {
  const stock = readFileSync(
    path.join(ROOT, 'tests/fixtures/classic-typescript/docusaurus.config.ts'),
    'utf8',
  );

  it("replaces the template's future block with the flags asked for", () => {
    const config = withFutureFlags(stock, {v4: false, faster: true});
    assert.equal(config.match(/future:/g)?.length, 1);
    assert.match(
      config,
      /\n {2}future: \{v4: false, faster: true\},\n\n {2}\/\/ Set the production url/,
    );
    assert.doesNotMatch(config, /Future flags/);
  });

  it('leaves no future block when the release has no flags', () => {
    assert.doesNotMatch(withFutureFlags(stock, {}), /future/i);
  });
});
