import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {builtinModules} from 'node:module';
import path from 'node:path';
import {describe, it} from 'node:test';

const PACKAGE = path.join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(PACKAGE, 'package.json'), 'utf8')) as {
  name: string;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};

/** The package's source files that end up in lib/, tests left out. */
function sources(dir = path.join(PACKAGE, 'src')): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sources(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

/** The npm package a runtime import comes from, or undefined for aliases and built-ins. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('node:')) return undefined;
  if (builtinModules.includes(specifier)) return undefined;
  // Bundler aliases: the theme, generated data, this plugin's modules.
  if (/^@(theme|theme-init|theme-original|generated|site|roadmap)\//.test(specifier)) {
    return undefined;
  }
  // Docusaurus's client API (`@docusaurus/Link`, `@docusaurus/useGlobalData`…) is core's.
  if (/^@docusaurus\/(?:[A-Z]|use|router)/.test(specifier)) return '@docusaurus/core';
  const [scope, name] = specifier.split('/');
  return scope!.startsWith('@') ? `${scope}/${name}` : scope;
}

/** The modules a source file loads at run time (type-only imports vanish). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const patterns = [
    /^import(?!\s+type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm,
    /^import\s+['"]([^'"]+)['"]/gm,
    /^export\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
}

/** Every package the package loads at run time, with a file that loads it. */
function runtimeImports(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sources()) {
    for (const specifier of importsOf(file)) {
      const name = packageOf(specifier);
      if (name && name !== manifest.name) found.set(name, path.relative(PACKAGE, file));
    }
  }
  return found;
}

/**
 * A relative import's source file: `./x` (or `./x.js`, as TypeScript also
 * accepts) is `x.ts`, `x.tsx` or `x/index.ts(x)`; a stylesheet is itself.
 */
function resolveSource(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier.replace(/\.(?:js|jsx|mjs)$/, ''));
  if (/\.css$/.test(base)) return base;
  const found = [
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ].find((candidate) => sources().includes(candidate));
  assert.ok(found, `${path.relative(PACKAGE, from)} imports ${specifier}, which is no source file`);
  return found;
}

/**
 * The bare modules the site's bundler meets from the theme and the client
 * API, following the package's own relative imports: what is compiled for
 * every page's client and server bundles.
 */
function browserImports(): Map<string, string> {
  const src = path.join(PACKAGE, 'src');
  const queue = sources().filter((file) => /^(theme|client)\//.test(path.relative(src, file)));
  const seen = new Set(queue);
  const found = new Map<string, string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) {
        const target = resolveSource(file, specifier);
        if (!target.endsWith('.css') && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      } else {
        found.set(specifier, path.relative(PACKAGE, file));
      }
    }
  }
  return found;
}

describe("the package's dependencies", () => {
  const used = runtimeImports();
  const declared = new Set([
    ...Object.keys(manifest.dependencies),
    ...Object.keys(manifest.peerDependencies),
  ]);

  it('declares every package it loads', () => {
    const undeclared = [...used].filter(([name]) => !declared.has(name));
    assert.deepEqual(undeclared, []);
  });

  it('loads every package it declares as a dependency', () => {
    // Types-only dependencies ship in the published declarations.
    const typesOnly = new Set(['@docusaurus/types']);
    const unused = Object.keys(manifest.dependencies).filter(
      (name) => !used.has(name) && !typesOnly.has(name),
    );
    assert.deepEqual(unused, []);
  });
});

describe("the browser's share of the package", () => {
  it('reaches neither Node built-ins nor the build-time parsers', () => {
    // The bundler parses every module it reaches, even one tree shaking then
    // drops: zod alone is 95 modules and 830 KB, compiled twice per build.
    const browserSafe =
      /^(?:react(?:\/jsx-runtime)?|@docusaurus\/(?:[A-Z]\w*|use[A-Z]\w*|router|plugin-content-docs\/client|theme-common)|@(?:theme|theme-init|theme-original|generated|roadmap)\/.+|docusaurus-plugin-roadmap\/client)$/;
    const serverOnly = [...browserImports()].filter(([specifier]) => !browserSafe.test(specifier));
    assert.deepEqual(serverOnly, []);
  });
});
