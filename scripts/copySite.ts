import {cpSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

// Everything a build of this site reads; a copy inside the repository finds
// node_modules by walking up.
const SITE_FILES = [
  'docs',
  'src',
  'static',
  'docusaurus.config.ts',
  'roadmap.config.ts',
  'sidebars.ts',
  'tsconfig.json',
  'package.json',
];

/** A fresh, buildable copy of this site at `dest`, for tests and benchmarks. */
export function copySite(dest: string) {
  rmSync(dest, {recursive: true, force: true});
  for (const name of SITE_FILES) {
    cpSync(path.join(ROOT, name), path.join(dest, name), {recursive: true});
  }
}

/**
 * A fresh copy of this site in a new folder under `.tmp/` (inside the
 * repository, so it finds node_modules), named after what it is for.
 */
export function tempSiteCopy(name: string): string {
  const root = path.join(ROOT, '.tmp');
  mkdirSync(root, {recursive: true});
  const dest = mkdtempSync(path.join(root, `${name}-`));
  copySite(dest);
  return dest;
}

/** The test roadmap: frozen content that tests may assert on (see its README). */
export const FIXTURE_SITE = path.join(ROOT, 'tests', 'fixtures', 'site');

/** Replaces a site copy's content (`docs/`, `roadmap.config.ts`) with the test roadmap's. */
export function useFixtureContent(dest: string) {
  rmSync(path.join(dest, 'docs'), {recursive: true, force: true});
  cpSync(path.join(FIXTURE_SITE, 'docs'), path.join(dest, 'docs'), {recursive: true});
  cpSync(path.join(FIXTURE_SITE, 'roadmap.config.ts'), path.join(dest, 'roadmap.config.ts'));
}

/**
 * A copy of this site's code with the test roadmap as its content, in a new
 * folder under `.tmp/`: what tests build when they assert on content.
 */
export function fixtureSiteCopy(name: string): string {
  const dest = tempSiteCopy(name);
  useFixtureContent(dest);
  return dest;
}
