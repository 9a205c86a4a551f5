import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import semver from 'semver';
import {packPlugin, run} from '../adoptingSite';
import {checkTarget, type CompatTarget} from './versions';

/**
 * A stock site of one Docusaurus release, made as its users make one: the
 * official classic TypeScript template from `create-docusaurus`, the
 * requested versions and future flags, and the packed plugin installed in
 * the same `npm install` (as a fresh clone of an adopting site installs it).
 */

const NPM = ['--no-audit', '--no-fund'];

/**
 * The create-docusaurus release whose template a site of `version` starts
 * from: that release, or when a registry lacks it the newest before it in
 * the same major (the classic TypeScript template changed no file between
 * 3.4 and 3.5).
 */
export function templateRelease(version: string, published: readonly string[]): string {
  const found = semver.maxSatisfying(published, `>=${semver.major(version)}.0.0 <=${version}`);
  if (!found) throw new Error(`No create-docusaurus release at or before ${version} is published.`);
  return found;
}

/** `future: {…}` in the stock config, replaced by the flags the target asks for. */
export function withFutureFlags(config: string, flags: Record<string, boolean>): string {
  const block = /\n {2}\/\/ Future flags[^\n]*\n {2}future: \{[\s\S]*?\n {2}\},\n/;
  const without = config.replace(block, '\n');
  const entries = Object.entries(flags);
  if (entries.length === 0) return without;
  const future = `\n  future: {${entries.map(([key, on]) => `${key}: ${on}`).join(', ')}},\n`;
  const at = without.indexOf('\n  // Set the production url');
  if (at < 0) throw new Error('The stock config has no `url` to put the future flags before');
  return `${without.slice(0, at)}${future}${without.slice(at)}`;
}

export interface StockSite {
  root: string;
  dir: string;
  template: string;
}

export function createStockSite(target: CompatTarget, log: (line: string) => void): StockSite {
  const minor = checkTarget(target);
  const root = mkdtempSync(path.join(os.tmpdir(), 'roadmap-compat-'));
  const published = JSON.parse(
    run('npm', ['view', 'create-docusaurus', 'versions', '--json'], root),
  ) as string[];
  const template = templateRelease(target.docusaurus, published);
  log(`template: create-docusaurus@${template} classic --typescript`);
  run(
    'npx',
    [
      '--yes',
      `create-docusaurus@${template}`,
      'site',
      'classic',
      '--typescript',
      '--skip-install',
      '--package-manager',
      'npm',
    ],
    root,
  );
  const dir = path.join(root, 'site');

  const tarball = packPlugin(root);
  const file = path.join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
    overrides?: Record<string, string>;
  };
  for (const deps of [pkg.dependencies, pkg.devDependencies]) {
    for (const name of Object.keys(deps)) {
      if (name.startsWith('@docusaurus/')) deps[name] = target.docusaurus;
    }
    for (const name of ['react', 'react-dom', '@types/react']) {
      if (deps[name]) deps[name] = `^${target.react}.0.0`;
    }
  }
  // React's types at React's major, as the site's lockfile held them: older
  // templates leave them to whatever npm resolves today (React 19's, without
  // the global JSX namespace their own components use).
  pkg.devDependencies['@types/react'] = `^${target.react}.0.0`;
  if (target.faster) pkg.dependencies['@docusaurus/faster'] = target.docusaurus;
  else delete pkg.dependencies['@docusaurus/faster'];
  if (minor.webpack) pkg.overrides = {...pkg.overrides, webpack: minor.webpack};
  pkg.dependencies['docusaurus-plugin-roadmap'] = `file:${tarball}`;
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);

  const flags: Record<string, boolean> = {};
  if (minor.v4) flags.v4 = target.v4;
  if (minor.fasterKey) flags[minor.fasterKey] = target.faster;
  const config = path.join(dir, 'docusaurus.config.ts');
  writeFileSync(config, withFutureFlags(readFileSync(config, 'utf8'), flags));
  log(`future: ${JSON.stringify(flags)}${minor.webpack ? `, webpack ${minor.webpack}` : ''}`);

  run('npm', ['install', ...NPM], dir);
  return {root, dir, template};
}

/** The version of a package as the site installed it. */
export function installedVersion(site: string, name: string): string {
  return (
    JSON.parse(readFileSync(path.join(site, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
}

/** The version of every copy of a package in the site's node_modules, nested ones too. */
export function installedCopies(site: string, name: string): string[] {
  const suffix = path.join('node_modules', name, 'package.json');
  return readdirSync(path.join(site, 'node_modules'), {recursive: true})
    .map((entry) => path.join('node_modules', String(entry)))
    .filter((file) => file.endsWith(suffix))
    .map(
      (file) =>
        (JSON.parse(readFileSync(path.join(site, file), 'utf8')) as {version: string}).version,
    );
}
