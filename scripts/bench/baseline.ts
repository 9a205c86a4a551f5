import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, rmSync} from 'node:fs';
import path from 'node:path';

/** The benchmarks' baseline: a plain Docusaurus site with the roadmap as one page. */
export const ROOT = path.resolve(__dirname, '../..');
export const WORK = path.join(ROOT, '.tmp/bench');
export const BASELINE_DIR = path.join(WORK, 'baseline');
export const BASELINE_BIN = path.join(
  BASELINE_DIR,
  'node_modules/@docusaurus/core/bin/docusaurus.mjs',
);

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Copies bench/baseline and installs it with its own lockfile, once. */
export function prepareBaseline() {
  if (!existsSync(path.join(BASELINE_DIR, 'node_modules/@docusaurus/core'))) {
    rmSync(BASELINE_DIR, {recursive: true, force: true});
    cpSync(path.join(ROOT, 'bench/baseline'), BASELINE_DIR, {recursive: true});
    console.error('[bench] installing the baseline site (npm ci)...');
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: BASELINE_DIR,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error('npm ci failed for the baseline site');
  }
  rmSync(path.join(BASELINE_DIR, 'docs/gen'), {recursive: true, force: true});
}

/** Builds the baseline with the faster bundler (as this site builds); returns its output. */
export function buildBaseline(outDir = path.join(WORK, 'out-baseline-lighthouse')): string {
  prepareBaseline();
  const result = spawnSync(
    process.execPath,
    [BASELINE_BIN, 'build', BASELINE_DIR, '--out-dir', outDir],
    {
      cwd: BASELINE_DIR,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {...process.env, DOCUSAURUS_FASTER: '1'},
    },
  );
  if (result.status !== 0) throw new Error('the baseline site failed to build');
  return outDir;
}
