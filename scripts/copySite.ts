import {cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

// Everything a build of this site reads; a copy inside the repository finds
// node_modules by walking up.
const SITE_FILES = [
  'docs',
  'i18n',
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
  // Tests write a roadmap of their own into it: translations of this
  // site's entries would translate entries it no longer has.
  removeTranslatedDocs(dest);
  return dest;
}

/** The test roadmap: frozen content that tests may assert on (see its README). */
export const FIXTURE_SITE = path.join(ROOT, 'tests', 'fixtures', 'site');

/** Replaces a site copy's content (`docs/`, `i18n/`, `roadmap.config.ts`) with the test roadmap's. */
export function useFixtureContent(dest: string) {
  rmSync(path.join(dest, 'docs'), {recursive: true, force: true});
  cpSync(path.join(FIXTURE_SITE, 'docs'), path.join(dest, 'docs'), {recursive: true});
  // Translated docs are content too; the site's own words (navbar, footer,
  // sidebar labels) stay the site's.
  removeTranslatedDocs(dest);
  cpSync(path.join(FIXTURE_SITE, 'i18n'), path.join(dest, 'i18n'), {recursive: true});
  cpSync(path.join(FIXTURE_SITE, 'roadmap.config.ts'), path.join(dest, 'roadmap.config.ts'));
}

/**
 * A copy of this site's code with the test roadmap as its content, in a new
 * folder under `.tmp/`: what tests build when they assert on content. A test
 * that writes a roadmap of its own leaves out the French translations of the
 * test roadmap's entries (`translated: false`): they would translate entries
 * it no longer has, or differently.
 */
export function fixtureSiteCopy(name: string, {translated = true} = {}): string {
  const dest = tempSiteCopy(name);
  useFixtureContent(dest);
  if (!translated) removeTranslatedDocs(dest);
  return dest;
}

/** Removes a site copy's translated docs (`i18n/<locale>/docusaurus-plugin-content-docs/current`). */
export function removeTranslatedDocs(dest: string) {
  for (const locale of readdirSync(path.join(dest, 'i18n'))) {
    const docs = path.join(dest, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current');
    rmSync(docs, {recursive: true, force: true});
  }
}
