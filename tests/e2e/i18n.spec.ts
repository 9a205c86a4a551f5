import {copyFileSync, existsSync, readFileSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Page} from '@playwright/test';
import {startStaticServer, type StaticServer} from '../../scripts/serve';
import {ENGLISH} from '../../packages/docusaurus-plugin-roadmap/src/translations';
import {
  adoptAsReadmeSays,
  entryFile,
  installAdoptingSite,
  run,
  writeDocs,
  type InstalledSite,
} from '../adoptingSite';
import {SITE_DIR} from '../entryFiles';
import {gitRepo} from '../gitRepo';
import {guardPage} from '../guardPage';

// Stock Docusaurus sites in other languages adopt the packed plugin as its
// README says: a French one, an English one translated into French (with a
// translated entry and the site's own words over the package's), an Arabic
// one (right to left).

const COMMIT_DATE = '2026-07-01T09:00:00Z';
const BUILD_DATE = {ROADMAP_BUILD_DATE: '2026-07-15'};
const LOCALES = path.join(SITE_DIR, 'packages', 'docusaurus-plugin-roadmap', 'locales');
const catalog = (locale: string, name: 'code' | 'plugin') =>
  JSON.parse(readFileSync(path.join(LOCALES, locale, `${name}.json`), 'utf8')) as Record<
    string,
    string
  >;

let installed: InstalledSite;
const servers: StaticServer[] = [];
let french: StaticServer;
let bilingual: StaticServer;
let bilingualDir: string;
let arabic: StaticServer;

test.describe.configure({mode: 'serial'});

function setLocales(site: string, i18n: string) {
  const file = path.join(site, 'docusaurus.config.ts');
  const config = readFileSync(file, 'utf8');
  const stock = "i18n: {\n    defaultLocale: 'en',\n    locales: ['en'],\n  },";
  if (!config.includes(stock)) throw new Error('The stock config has no i18n block to change');
  writeFileSync(file, config.replace(stock, `i18n: ${i18n},`));
}

function writeFiles(site: string, files: Record<string, string>) {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(site, name);
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, content);
  }
}

function build(site: string, args: string[] = []): string {
  if (!existsSync(path.join(site, '.git'))) gitRepo(site).commit('Adopt the roadmap', COMMIT_DATE);
  run(
    process.execPath,
    [path.join(site, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', ...args],
    site,
    {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', ...BUILD_DATE},
  );
  return path.join(site, 'build');
}

/** The README's site, its entries written in French. */
const FRENCH_ENTRIES = {
  'roadmap.mdx':
    "---\ntitle: Feuille de route\n---\n\nimport Roadmap from '@roadmap/default/overview.md';\n\n<Roadmap />\n",
  'shipped.mdx':
    "---\ntitle: Thèmes livrés\n---\n\nimport Archive from '@roadmap/default/archive.md';\n\n<Archive />\n",
  'roadmap/catalog-search.md': entryFile(
    'catalog-search',
    'Recherche dans le catalogue',
    'next',
    1,
    'owner: Équipe Catalogue\n',
  ),
  'roadmap/plugin-marketplace.md': entryFile('plugin-marketplace', 'Place de marché', 'future', 1),
  'roadmap/dark-mode.md': entryFile(
    'dark-mode',
    'Mode sombre',
    'shipped',
    1,
    "shipped_in: {version: '2.0.0'}\nshipped_on: 2026-06-20\n",
  ),
};

test.beforeAll(async () => {
  test.setTimeout(900_000);
  installed = installAdoptingSite();

  const site = installed.dir;
  adoptAsReadmeSays(site);
  setLocales(site, "{defaultLocale: 'fr', locales: ['fr']}");
  writeDocs(site, FRENCH_ENTRIES);
  french = await startStaticServer({dir: build(site)});
  servers.push(french);

  bilingualDir = installed.copy('bilingual');
  adoptAsReadmeSays(bilingualDir);
  setLocales(bilingualDir, "{defaultLocale: 'en', locales: ['en', 'fr', 'de']}");
  writeFiles(bilingualDir, {
    // One entry translated, as the docs plugin reads translated docs.
    'i18n/fr/docusaurus-plugin-content-docs/current/roadmap/catalog-search.md': readFileSync(
      path.join(bilingualDir, 'docs/roadmap/catalog-search.md'),
      'utf8',
    )
      .replace(/^title: .*$/m, 'title: Recherche dans le catalogue')
      .replace(/^summary: .*$/m, 'summary: Trouver une entité du catalogue par son nom.'),
    // The site's own words over the package's, one of each catalog.
    'i18n/fr/code.json': JSON.stringify({
      'theme.roadmap.filters.allStatuses': {message: 'Tous les statuts, dit le site'},
    }),
    'i18n/fr/docusaurus-plugin-roadmap/options.json': JSON.stringify({
      'status.next.label': {message: 'Bientôt, dit le site'},
    }),
  });
  // One locale built alone is served at the site's root, as Docusaurus does it.
  bilingual = await startStaticServer({dir: build(bilingualDir, ['--locale', 'fr'])});
  servers.push(bilingual);

  const rtl = installed.copy('arabic');
  adoptAsReadmeSays(rtl);
  setLocales(rtl, "{defaultLocale: 'ar', locales: ['ar']}");
  // The template's green fails contrast (see the demo site's stylesheet):
  // the roadmap is judged on a site that fixed it.
  copyFileSync(path.join(SITE_DIR, 'src/css/custom.css'), path.join(rtl, 'src/css/custom.css'));
  arabic = await startStaticServer({dir: build(rtl)});
  servers.push(arabic);
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  if (installed) rmSync(installed.root, {recursive: true, force: true});
});

/**
 * The English phrases of both catalogs that a page in `locale` may not show:
 * each message's words between placeholders, less the ones the locale's own
 * translation also uses (a word both languages share, a name such as RSS).
 */
function englishPhrases(locale: string): string[] {
  const own = [
    ...Object.values(catalog(locale, 'code')),
    ...Object.values(catalog(locale, 'plugin')),
  ];
  const english = [...Object.values(catalog('base', 'code')), ...Object.values(ENGLISH)];
  const phrases = english
    .flatMap((message) => message.split(/\||\{\w+\}/))
    .map((phrase) => phrase.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
    .filter((phrase) => /\p{L}{3}/u.test(phrase))
    .filter((phrase) => !own.some((message) => message.includes(phrase)));
  return [...new Set(phrases)];
}

/** The phrases of `phrases` that the page's main content shows, as whole words. */
async function shownPhrases(page: Page, phrases: readonly string[]): Promise<string[]> {
  // Less URLs and paths (a badge's Markdown shows its address).
  const text = (await page.locator('main').innerText()).replace(/\S*\/\S*/g, ' ');
  return phrases.filter((phrase) =>
    new RegExp(
      `(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`,
      'u',
    ).test(text),
  );
}

/** Every page of the roadmap a reader reaches from the overview, in the site. */
async function roadmapPages(page: Page, origin: string, overview: string): Promise<string[]> {
  await page.goto(`${origin}${overview}`);
  const hrefs = await page
    .locator('main a[href]')
    // Not the breadcrumbs' and pagination's links: they lead to the site's own docs.
    .evaluateAll((links) =>
      links.filter((a) => !a.closest('nav')).map((a) => (a as HTMLAnchorElement).href),
    );
  return [
    ...new Set(
      hrefs
        .map((href) => new URL(href))
        .filter((url) => url.origin === origin && !/\.(xml|json|svg)$/.test(url.pathname))
        .map((url) => url.pathname),
    ),
  ];
}

test('a French site shows no English from the plugin: overview, theme, list, archive, memory pages', async ({
  page,
}) => {
  const origin = new URL(french.url).origin;
  const check = guardPage(page, origin);
  const phrases = englishPhrases('fr');
  expect(phrases).toContain('Edit this entry');
  expect(phrases).toContain('Follow changes');
  const pages = await roadmapPages(page, origin, '/docs/roadmap');
  // The overview links its themes, status pages, the timeline and delivery pages.
  expect(pages.length).toBeGreaterThan(5);
  for (const pathname of ['/docs/roadmap', '/docs/shipped', ...pages]) {
    await page.goto(`${origin}${pathname}`, {waitUntil: 'networkidle'});
    expect(await shownPhrases(page, phrases), pathname).toEqual([]);
  }
  // Dates, quarters and the table in French; the entries' own words as written.
  await page.goto(`${french.url}docs/roadmap`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const code = catalog('fr', 'code');
  await expect(page.getByRole('table')).toContainText('Recherche dans le catalogue');
  await expect(page.locator('#dark-mode ~ p').first()).toContainText('20 juin 2026');
  await expect(page.locator('main')).toContainText(code['theme.roadmap.filters.allStatuses']!);
  await expect(page.locator('[lang="en"]')).toHaveCount(0);
  // roadmap.json names the period in the site's language too.
  const json = await page.getByRole('link', {name: 'JSON', exact: true}).getAttribute('href');
  const data = (await (await page.request.get(new URL(json!, french.url).href)).json()) as {
    period: {label: string};
  };
  expect(data.period.label).toBe('octobre–décembre 2026');
  check();
});

test('an English site in French: a translated entry in French, an untranslated one marked English', async ({
  page,
}) => {
  const check = guardPage(page, new URL(bilingual.url).origin);
  await page.goto(`${bilingual.url}docs/roadmap`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const table = page.getByRole('table');
  // The table is built from the translation's front matter.
  await expect(table.getByRole('link', {name: 'Recherche dans le catalogue'})).toHaveAttribute(
    'href',
    '#catalog-search',
  );
  await expect(table.getByRole('link', {name: 'Recherche dans le catalogue'})).not.toHaveAttribute(
    'lang',
  );
  // Without a translation the theme is shown as written, and says it is English.
  await expect(table.getByRole('link', {name: 'Plugin marketplace'})).toHaveAttribute('lang', 'en');
  await expect(page.locator('h3#plugin-marketplace')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h3#catalog-search')).toHaveText('Recherche dans le catalogue');
  // The site's words win over the package's, in both catalogs.
  await expect(page.locator('main')).toContainText('Tous les statuts, dit le site');
  await expect(table.locator('th').first()).toHaveText('Bientôt, dit le site');
  // The theme's own page: the translation, with the roadmap's links around it.
  await page.goto(`${bilingual.url}docs/roadmap/catalog-search`);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Recherche dans le catalogue');
  await expect(
    page.getByRole('heading', {name: catalog('fr', 'code')['theme.roadmap.story.history']!}),
  ).toBeVisible();
  await page.goto(`${bilingual.url}docs/roadmap/plugin-marketplace`);
  await expect(page.locator('article [lang="en"] h1')).toHaveText('Plugin marketplace');
  // Old links keep their anchor in the other language.
  await page.goto(`${bilingual.url}docs/roadmap#catalog-search`);
  await expect(page.locator('h3#catalog-search')).toBeInViewport();
  check();
});

test('`docusaurus write-translations --locale de` writes the roadmap ids in German', () => {
  run(
    process.execPath,
    [
      path.join(bilingualDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'),
      'write-translations',
      '--locale',
      'de',
    ],
    bilingualDir,
  );
  const code = JSON.parse(
    readFileSync(path.join(bilingualDir, 'i18n/de/code.json'), 'utf8'),
  ) as Record<string, {message: string}>;
  const base = catalog('base', 'code');
  const german = catalog('de', 'code');
  for (const id of Object.keys(base)) {
    expect(code[id]?.message, id).toBe(german[id]);
  }
  const options = JSON.parse(
    readFileSync(path.join(bilingualDir, 'i18n/de/docusaurus-plugin-roadmap/options.json'), 'utf8'),
  ) as Record<string, {message: string; description: string}>;
  expect(Object.keys(options).sort()).toEqual(Object.keys(ENGLISH).sort());
  expect(options['status.next.label']!.message).toBe(catalog('de', 'plugin')['status.next.label']);
  expect(options['status.next.label']!.description).toBeTruthy();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`an Arabic site is mirrored and axe-clean, ${colorScheme}`, async ({page}, testInfo) => {
    // Axe on every roadmap page, about ten, on two cores shared with builds.
    test.setTimeout(180_000);
    const check = guardPage(page, new URL(arabic.url).origin);
    await page.emulateMedia({colorScheme});
    // Every roadmap page a reader reaches from the overview: themes, status
    // pages, the timeline and the delivery chart.
    const origin = new URL(arabic.url).origin;
    const pages = await roadmapPages(page, origin, '/docs/roadmap');
    expect(pages.length).toBeGreaterThan(5);
    for (const pathname of ['/docs/roadmap', '/docs/shipped', ...pages]) {
      await page.goto(`${origin}${pathname}`, {waitUntil: 'networkidle'});
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      const {violations} = await new AxeBuilder({page}).include('main').analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        pathname,
      ).toEqual([]);
    }
    await page.goto(`${arabic.url}docs/roadmap`, {waitUntil: 'networkidle'});
    // Mirrored: the table's first column ("What's next") is on the right.
    const [first, second] = await page
      .getByRole('table')
      .locator('th')
      .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().x));
    expect(first!).toBeGreaterThan(second!);
    await expect(page.getByRole('table').locator('th').first()).toHaveText(
      catalog('ar', 'plugin')['status.next.label']!,
    );
    await page.screenshot({path: testInfo.outputPath(`arabic-${colorScheme}.png`), fullPage: true});
    for (const pathname of pages.filter((p) => /\/(timeline|delivery)$/.test(p))) {
      await page.goto(`${origin}${pathname}`, {waitUntil: 'networkidle'});
      await page.screenshot({
        path: testInfo.outputPath(`arabic-${colorScheme}-${pathname.split('/').at(-1)}.png`),
        fullPage: true,
      });
    }
    check();
  });
}
