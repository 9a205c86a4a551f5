import {spawnSync} from 'node:child_process';
import {readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {tempSiteCopy} from '../../scripts/copySite';
import {startStaticServer} from '../../scripts/serve';
import {buildSite} from '../buildSite';
import {SITE_DIR} from '../entryFiles';
import {guardPage} from '../guardPage';
import {
  CORPUS,
  CORPUS_PAGES as pages,
  STUBS,
} from '../../packages/docusaurus-plugin-roadmap/src/import/__tests__/corpus';

// Real roadmap pages of other projects, imported as a maintainer would
// (`roadmap import`), then checked, built and opened in a browser: nothing
// is refused for markup GitHub renders, and what the importer wrote passes
// the build's own scan of every page.

const CLI = path.join(SITE_DIR, 'packages/docusaurus-plugin-roadmap/src/cli/cli.ts');
function cli(site: string, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args, '--site-dir', site], {
    cwd: SITE_DIR,
    encoding: 'utf8',
  });
}

// Two at a time: one per core, with nothing else running (see playwright.config.ts).
test.describe.configure({mode: 'parallel'});

for (const name of pages) {
  test(`${name} imports, checks, builds and reads without a console error`, async ({page}) => {
    test.setTimeout(180_000);
    const site = tempSiteCopy(`corpus-${name.replace(/\.md$/, '')}`);
    try {
      rmSync(path.join(site, 'docs'), {recursive: true, force: true});
      const imported = cli(site, [
        'import',
        path.join(CORPUS, name),
        '--out',
        path.join(site, 'docs'),
      ]);
      if (STUBS.has(name)) {
        expect(imported.status, imported.stderr).toBe(3);
        expect(imported.stderr).toMatch(/Found no themes in .*; nothing was written\./);
        return;
      }
      expect(imported.status, imported.stderr).toBe(0);
      expect(imported.stdout).not.toMatch(/\\u000a/);
      const checked = cli(site, ['check']);
      expect(checked.status, checked.stderr).toBe(0);
      // This site's footer links to a heading of its own roadmap page, which
      // an imported page does not have; the imported roadmap is what is tested.
      const config = path.join(site, 'docusaurus.config.ts');
      writeFileSync(
        config,
        readFileSync(config, 'utf8').replace(
          "'/roadmap#how-to-influence-the-roadmap'",
          "'/roadmap'",
        ),
      );
      buildSite(site, path.join(site, 'build'), {ROADMAP_BUILD_DATE: '2026-01-15'});
      const entries = readdirSync(path.join(site, 'docs/roadmap'));
      const server = await startStaticServer({dir: path.join(site, 'build')});
      try {
        const check = guardPage(page, new URL(server.url).origin);
        await page.goto(`${server.url}roadmap`);
        await expect(page.getByRole('heading', {level: 1}).first()).toBeVisible();
        await expect(page.getByRole('table').first()).toBeVisible();
        // Every theme has its page, titled as imported.
        for (const file of [entries[0]!, entries.at(-1)!]) {
          const text = readFileSync(path.join(site, 'docs/roadmap', file), 'utf8');
          const id = /^id: (.+)$/m.exec(text)![1]!;
          await page.goto(`${server.url}roadmap/${id}`);
          await expect(page.getByRole('heading', {level: 1})).toBeVisible();
        }
        check();
      } finally {
        await server.close();
      }
    } finally {
      rmSync(site, {recursive: true, force: true});
    }
  });
}
