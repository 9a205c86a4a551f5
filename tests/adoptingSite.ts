import {execFileSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {SITE_DIR} from './entryFiles';
import {gitRepo} from './gitRepo';

/**
 * A stock Docusaurus site adopting the roadmap as any project would: the
 * classic TypeScript template (vendored from create-docusaurus 3.10.2, with a
 * lockfile), the packed plugin installed from its tarball, and only what the
 * package's README says to add. It lives outside this repository, so nothing
 * in it can resolve a module from here.
 */

const PACKAGE_DIR = path.join(SITE_DIR, 'packages', 'docusaurus-plugin-roadmap');
const TEMPLATE = path.join(SITE_DIR, 'tests', 'fixtures', 'classic-typescript');

export function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
) {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
    env: {...process.env, ...env},
  });
}

/** The README's fenced code block that contains `marker`. */
export function readmeSnippet(marker: string): string {
  const readme = readFileSync(path.join(PACKAGE_DIR, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const found = blocks.find((block) => block.includes(marker));
  if (!found) throw new Error(`The package README has no snippet with ${marker}`);
  return found;
}

export interface InstalledSite {
  /** The stock site, with the plugin installed from its tarball. */
  dir: string;
  /** A second stock site sharing the first one's node_modules. */
  copy: (name: string) => string;
  root: string;
}

/**
 * Packs the plugin from lib/ as the build left it (`npm run build` and
 * `npm run test:compat` build it first); returns the tarball's path. Its
 * `prepack` would rebuild lib/ while other tests' sites read it.
 */
export function packPlugin(destination: string): string {
  const packed = run(
    'npm',
    ['pack', '--silent', '--ignore-scripts', '--pack-destination', destination],
    PACKAGE_DIR,
  );
  return path.join(destination, packed.trim().split('\n').at(-1)!);
}

/** Packs the plugin, creates the stock site and installs both, offline where the cache allows. */
export function installAdoptingSite(): InstalledSite {
  const root = mkdtempSync(path.join(os.tmpdir(), 'roadmap-adopt-'));
  const tarball = packPlugin(root);
  const dir = path.join(root, 'site');
  cpSync(TEMPLATE, dir, {recursive: true});
  const npm = ['--no-audit', '--no-fund', '--prefer-offline'];
  // `npm install`, as create-docusaurus runs it: the lockfile's optional
  // platform packages of @swc/html are not all published, which `npm ci` refuses.
  run('npm', ['install', ...npm], dir);
  run('npm', ['install', ...npm, tarball], dir);
  return {
    dir,
    root,
    copy: (name) => {
      const copy = path.join(root, name);
      cpSync(TEMPLATE, copy, {recursive: true});
      cpSync(path.join(dir, 'package.json'), path.join(copy, 'package.json'));
      symlinkSync(path.join(dir, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
      return copy;
    },
  };
}

/** Adds `plugins` to the stock config, where a user pastes it: before themeConfig. */
export function addPlugins(siteDir: string, plugins: string) {
  const file = path.join(siteDir, 'docusaurus.config.ts');
  const config = readFileSync(file, 'utf8');
  const at = config.indexOf('  themeConfig:');
  if (at < 0) throw new Error('The stock config has no themeConfig to add plugins before');
  const indented = plugins
    .trimEnd()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  writeFileSync(file, `${config.slice(0, at)}${indented}\n\n${config.slice(at)}`);
}

/** Writes files under the site's docs folder. */
export function writeDocs(siteDir: string, files: Record<string, string>) {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(siteDir, 'docs', name);
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, content);
  }
}

/** Commits the site at a fixed date (the feeds read git history), then builds it with its own Docusaurus. */
export function commitAndBuild(siteDir: string, date: string, env: Record<string, string> = {}) {
  gitRepo(siteDir).commit('Adopt the roadmap', date);
  run(
    process.execPath,
    [path.join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'],
    siteDir,
    {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', ...env},
  );
  return path.join(siteDir, 'build');
}

/** A theme's file as an adopter writes one beside the README's example. */
export const entryFile = (id: string, title: string, status: string, order: number, extra = '') =>
  `---\nid: ${id}\ntitle: ${title}\nsummary: ${title}, in one line.\ntags: [${status}]\norder: ${order}\n${extra}---\n\nWhat ${title} is about.\n`;

/**
 * The README's steps in a stock site: its plugins entry (with the
 * Content-Security-Policy plugin beside it), overview and archive pages, tags
 * and example entry, and two more themes (future, shipped).
 */
export function adoptAsReadmeSays(site: string) {
  addPlugins(site, readmeSnippet("plugins: ['docusaurus-plugin-roadmap/csp'"));
  writeDocs(site, {
    'roadmap.mdx': readmeSnippet("import Roadmap from '@roadmap/default/overview.md'"),
    'tags.yml': readmeSnippet('shipped:\n  label: shipped'),
    'roadmap/catalog-search.md': readmeSnippet('id: catalog-search'),
    'shipped.mdx': readmeSnippet("import Archive from '@roadmap/default/archive.md'"),
    'roadmap/plugin-marketplace.md': entryFile(
      'plugin-marketplace',
      'Plugin marketplace',
      'future',
      1,
    ),
    'roadmap/dark-mode.md': entryFile(
      'dark-mode',
      'Dark mode',
      'shipped',
      1,
      "shipped_in: {version: '2.0.0'}\nshipped_on: 2026-06-20\n",
    ),
  });
}

/** The README's TypeScript step: the options' type imported and the plugins entry checked with it. */
export function typeTheOptions(site: string) {
  const file = path.join(site, 'docusaurus.config.ts');
  const config = readFileSync(file, 'utf8');
  const entry = "{period: '2026-Q4'}]";
  if (!config.includes(entry)) throw new Error(`The config has no ${entry} to type`);
  const typed = config.replace(entry, "{period: '2026-Q4'} satisfies RoadmapOptions]");
  writeFileSync(file, `${readmeSnippet('PluginOptions as RoadmapOptions')}\n${typed}`);
}
