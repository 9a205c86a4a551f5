import {existsSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import yaml from 'js-yaml';
import {checkRoadmap} from '../../packages/docusaurus-plugin-roadmap/src/check';
import {parseEntrySource} from '../../packages/docusaurus-plugin-roadmap/src/source';
import {periodOf, today} from '../../packages/docusaurus-plugin-roadmap/src/lifecycle';
import {tempSiteCopy} from '../../scripts/copySite';
import {startStaticServer, type StaticServer} from '../../scripts/serve';
import {buildSite} from '../buildSite';
import {LIVE_BUILD} from '../e2eSite';
import {SITE_DIR} from '../entryFiles';
import {feedTitles} from '../feedTitles';
import {guardPage} from '../guardPage';
import {roadmapCli} from '../roadmapCli';

/*
 * The live roadmap, as `npm run build` built it, and a copy after a
 * maintainer's routine quarter update. Only what holds for any valid
 * content is asserted: adding, editing, moving, shipping, renaming or
 * deleting entries, or moving the period, never fails these tests.
 */

type Checked = Awaited<ReturnType<typeof checkRoadmap>>['entries'];

/** The plugin's options as the site at `siteDir` sets them. */
function optionsOf(siteDir: string) {
  const config = readFileSync(path.join(siteDir, 'roadmap.config.ts'), 'utf8');
  const option = (key: string) => new RegExp(`${key}: '([^']+)'`).exec(config)?.[1];
  return {
    docsDir: 'docs',
    entriesDir: option('entriesDir') ?? 'roadmap',
    overview: option('overview') ?? 'roadmap.mdx',
    tagsFile: option('tagsFile') ?? 'tags.yml',
    period: option('period')!,
  };
}

/** The invariant tests, for a site whose build `prepare` returns. */
function invariants(prepare: () => Promise<{siteDir: string; buildDir: string}>) {
  let server: StaticServer;
  let entries: Checked;
  let period: string;

  test.describe.configure({mode: 'serial'});

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    const {siteDir, buildDir} = await prepare();
    const options = optionsOf(siteDir);
    period = options.period;
    const checked = await checkRoadmap({siteDir, ...options, buildDate: today()});
    expect(checked.problems).toEqual([]);
    // A production build leaves drafts out.
    entries = checked.entries.filter((e) => !e.data.draft);
    server = await startStaticServer({dir: buildDir});
  });

  test.afterAll(async () => {
    await server?.close();
  });

  test('every planned theme is in the table, and its link lands on its section', async ({page}) => {
    const check = guardPage(page, new URL(server.url).origin);
    await page.goto(`${server.url}roadmap`);
    for (const {data, status} of entries.filter((e) => e.status !== 'shipped')) {
      const link = page.getByRole('table').locator(`a[href$="#${data.id}"]`);
      await expect(link, `${data.id} is missing from the table`).toHaveCount(1);
      await expect(link).toHaveText(data.title);
      await link.click();
      const heading = page.locator(`h3#${data.id}`);
      await expect(heading).toBeInViewport();
      await expect(heading).toHaveText(data.title);
      expect(status).toMatch(/^(next|future)$/);
    }
    check();
  });

  test('every theme has its own page with its title and an edit link to its own file', async ({
    page,
  }) => {
    const check = guardPage(page, new URL(server.url).origin);
    for (const {data, source} of entries) {
      await page.goto(`${server.url}roadmap/${data.id}`);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(data.title);
      await expect(
        page.getByRole('link', {name: /edit this (entry|page)/i}).first(),
      ).toHaveAttribute('href', new RegExp(`/edit/[^/]+/${source.file.replace(/[.]/g, '\\.')}$`));
    }
    check();
  });

  test("every renamed theme's old page URL leads to its page", async ({page}) => {
    for (const {data} of entries) {
      for (const alias of data.aliases ?? []) {
        await page.goto(`${server.url}roadmap/${alias}`);
        await expect(page).toHaveURL(new RegExp(`/roadmap/${data.id}$`));
      }
    }
  });

  test('roadmap.json lists every published theme and validates against its schema', async ({
    request,
  }) => {
    const json = (await (await request.get(`${server.url}roadmap.json`)).json()) as {
      period: {id: string};
      entries: {id: string}[];
    };
    const schema = (await (await request.get(`${server.url}roadmap.schema.json`)).json()) as object;
    const ajv = new Ajv2020({allErrors: true});
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
    expect(json.period.id).toBe(period);
    expect(json.entries.map((e) => e.id).sort()).toEqual(entries.map((e) => e.data.id).sort());
  });

  test('the feeds are well-formed XML', async ({page}) => {
    await page.goto(`${server.url}roadmap`);
    for (const feed of ['roadmap/atom.xml', 'roadmap/rss.xml']) {
      expect(await feedTitles(page, `${server.url}${feed}`), feed).not.toBeNull();
    }
  });
}

test.describe('the live roadmap', () => {
  invariants(async () => {
    if (!existsSync(LIVE_BUILD)) {
      throw new Error('No build/ to check: run `npm run build` first (npm test does).');
    }
    return {siteDir: SITE_DIR, buildDir: LIVE_BUILD};
  });
});

/**
 * Rewrites an entry's front matter through YAML, keeping its body. Read as
 * the check reads it, so dates stay the text the author wrote (YAML alone
 * would turn an unquoted 2022-08-01 into a timestamp).
 */
async function editEntry(file: string, change: (data: Record<string, unknown>) => void) {
  const {frontMatter, body} = await parseEntrySource(file, readFileSync(file, 'utf8'));
  change(frontMatter);
  writeFileSync(file, `---\n${yaml.dump(frontMatter)}---\n${body}`);
}

test.describe("the live roadmap after a quarter's routine update", () => {
  let site: string;
  test.afterAll(() => rmSync(site, {recursive: true, force: true}));
  invariants(async () => {
    site = tempSiteCopy('quarter-update');
    const day = today();
    const options = optionsOf(site);
    const dir = path.join(site, options.docsDir, options.entriesDir);
    const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
    const {entries} = await checkRoadmap({siteDir: site, ...options});
    const byStatus = (status: string) => entries.filter((e) => e.status === status);
    const nextOrder = (status: string) =>
      Math.max(0, ...byStatus(status).map((e) => e.data.order)) + 1;
    const fileOf = (e: Checked[number]) => path.join(site, e.source.file);
    // The period moves to today's quarter; every entry is reviewed today.
    const config = path.join(site, 'roadmap.config.ts');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(/period: '[^']+'/, `period: '${periodOf(day).id}'`),
    );
    for (const name of files) await editEntry(path.join(dir, name), (d) => (d.last_reviewed = day));
    // Ship the first next theme, pull the first future one in.
    const [toShip] = byStatus('next');
    if (toShip) {
      await editEntry(fileOf(toShip), (d) => {
        d.tags = ['shipped', ...(d.tags as string[]).filter((t) => t !== 'next')];
        d.order = nextOrder('shipped');
        d.shipped_in = {version: '99.0.0'};
        d.shipped_on = day;
      });
    }
    const [toPull] = byStatus('future');
    if (toPull) {
      await editEntry(fileOf(toPull), (d) => {
        d.tags = ['next', ...(d.tags as string[]).filter((t) => t !== 'future')];
        d.order = nextOrder('next');
      });
    }
    // Rename one theme, edit another's text, delete one nobody links to.
    const [renamed, edited, ...rest] = entries.filter((e) => e !== toShip && e !== toPull);
    if (renamed) {
      await editEntry(fileOf(renamed), (d) => (d.title = `${String(d.title)} (renamed)`));
    }
    if (edited)
      writeFileSync(
        fileOf(edited),
        `${readFileSync(fileOf(edited), 'utf8')}\nOne more paragraph.\n`,
      );
    const unlinked = rest.find(
      (e) => !entries.some((other) => other !== e && other.source.body.includes(e.data.id)),
    );
    if (unlinked) rmSync(fileOf(unlinked));
    // And add one, as CONTRIBUTING says.
    roadmapCli(site, [
      'new',
      'Quarter update theme',
      '--status',
      'next',
      '--summary',
      'Added by the quarter update test.',
      '--text',
      'What the new theme delivers.',
    ]);
    buildSite(site, path.join(site, 'build'));
    return {siteDir: site, buildDir: path.join(site, 'build')};
  });
});
