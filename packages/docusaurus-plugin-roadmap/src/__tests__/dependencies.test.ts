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

/** Every module the package loads at run time (type-only imports vanish). */
function runtimeImports(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sources()) {
    const text = readFileSync(file, 'utf8');
    const patterns = [
      /^import(?!\s+type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm,
      /^import\s+['"]([^'"]+)['"]/gm,
      /^export\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm,
      /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
    ];
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const name = packageOf(match[1]!);
        if (name && name !== manifest.name) found.set(name, path.relative(PACKAGE, file));
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
