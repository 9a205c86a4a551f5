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
