import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {packPlugin} from '../../../../tests/adoptingSite';

// The tarball npm would publish: ROADMAP_TARBALL when the release workflow
// hands over the one it is about to publish, else packed here from lib/ as
// the last build left it (`npm ci` and `npm run build` build it; packing
// here skips `prepack`). Every check reads the tarball's own files.

const PACKAGE = path.join(__dirname, '..', '..');
const BIN = path.join(PACKAGE, '..', '..', 'node_modules', '.bin');

interface Manifest {
  main: string;
  types: string;
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
}
/** Every file path an `exports` (or `typesVersions`) value names. */
function targets(value: unknown): string[] {
  if (typeof value === 'string') return [value.replace(/^\.\//, '')];
  if (Array.isArray(value)) return value.flatMap(targets);
  return value && typeof value === 'object' ? Object.values(value).flatMap(targets) : [];
}

let dir: string;
let tarball: string;
let files: string[];
let manifest: Manifest;
/** Where the tarball's files are, unpacked. */
let unpacked: string;

before(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-tarball-'));
  if (process.env.ROADMAP_TARBALL) {
    tarball = path.resolve(process.env.ROADMAP_TARBALL);
  } else {
    if (!existsSync(path.join(PACKAGE, 'lib', 'index.js'))) {
      throw new Error('lib/ is not built: run `npm run build -w docusaurus-plugin-roadmap` first.');
    }
    tarball = packPlugin(dir);
  }
  execFileSync('tar', ['-xzf', tarball, '-C', dir]);
  unpacked = path.join(dir, 'package');
  files = readdirSync(unpacked, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(unpacked, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
  manifest = JSON.parse(readFileSync(path.join(unpacked, 'package.json'), 'utf8')) as Manifest;
});
after(() => rmSync(dir, {recursive: true, force: true}));

describe('the published tarball', () => {
  it('holds what a site needs and nothing else: built code, theme sources, its docs', () => {
    const allowed = [
      /^(package\.json|README\.md|LICENSE|CHANGELOG\.md)$/,
      /^lib\/.+\.(js|mjs|d\.ts|d\.mts|css)$/,
      // `docusaurus swizzle --typescript` copies these.
      /^src\/theme\/.+\.(tsx|css|md)$/,
      // The bundled translations, read by the plugin in Node.
      /^locales\/[\w-]+\/(code|plugin)\.json$/,
      /^locales\/README\.md$/,
    ];
    const stray = files.filter((file) => !allowed.some((pattern) => pattern.test(file)));
    assert.deepEqual(stray, []);
    assert.deepEqual(
      files.filter((file) => /__tests__|__fixtures__|\.map$|tsbuildinfo/.test(file)),
      [],
    );
  });

  it('holds every file package.json points to', () => {
    const named = [
      manifest.main,
      manifest.types,
      ...targets(manifest.exports),
      ...targets(manifest.typesVersions),
    ];
    for (const file of named) assert.ok(files.includes(file), `${file} is in the tarball`);
  });

  it('holds every relative module that a built file imports', () => {
    // Import statements at the start of a line (not code the plugin writes
    // into generated modules, which sits in strings), require() and import()
    // as tsc emits them, and triple-slash references.
    const specifiers = [
      /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"](\.\.?\/[^'"]+)['"]/gm,
      /^\s*import\s*['"](\.\.?\/[^'"]+)['"]/gm,
      /\b(?:require|import)\("(\.\.?\/[^"]+)"\)/g,
      /^\/\/\/ <reference path="([^"]+)"/gm,
    ];
    for (const file of files.filter((f) => /^lib\/.+\.(m?js|d\.m?ts)$/.test(f))) {
      const text = readFileSync(path.join(unpacked, file), 'utf8');
      for (const match of specifiers.flatMap((pattern) => [...text.matchAll(pattern)])) {
        const target = path.posix.join(path.posix.dirname(file), match[1]!);
        // Code needs code; declarations need declarations.
        const ext = /\.d\.m?ts$/.test(file) ? '.d.ts' : '.js';
        const candidates = /\.(m?js|css|d\.ts)$/.test(target)
          ? [target, ext === '.d.ts' ? target.replace(/\.js$/, '.d.ts') : target]
          : [`${target}${ext}`, `${target}/index${ext}`];
        assert.ok(
          candidates.some((candidate) => files.includes(candidate)),
          `${file} imports ${match[1]}, which is not in the tarball`,
        );
      }
    }
  });

  it('declares a typed @theme module for every component a site can swizzle', () => {
    const declared = readFileSync(path.join(unpacked, 'lib', 'theme-roadmap.d.ts'), 'utf8');
    const components = readdirSync(path.join(unpacked, 'src', 'theme')).filter((name) =>
      name.startsWith('Roadmap'),
    );
    assert.ok(components.length > 0);
    for (const name of components) {
      assert.match(declared, new RegExp(`^declare module '@theme/${name}' \\{$`, 'm'));
      assert.ok(files.includes(`lib/browser/theme/${name}/index.js`), name);
      assert.ok(files.includes(`src/theme/${name}/index.tsx`), name);
    }
    assert.match(declared, /^declare module '@roadmap\/entry-page' \{$/m);
  });

  it('passes publint, warnings included', () => {
    const result = spawnSync(path.join(BIN, 'publint'), ['run', tarball, '--strict'], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
  });

  it('resolves with types under Node (CommonJS and ES modules) and every TypeScript resolution', () => {
    // `/client` is bundler code, as Docusaurus's own `…/client` entry points:
    // ES module syntax that imports the bundler's aliases (`@docusaurus/Link`),
    // so Node can never load it; its types are still checked everywhere.
    const runs = [
      ['--exclude-entrypoints', './client'],
      ['--entrypoints', './client', '--ignore-rules', 'unexpected-module-syntax'],
    ];
    for (const args of runs) {
      const result = spawnSync(path.join(BIN, 'attw'), [tarball, ...args, '--format', 'ascii'], {
        encoding: 'utf8',
      });
      assert.equal(result.status, 0, `attw ${args.join(' ')}\n${result.stdout}${result.stderr}`);
    }
  });
});
