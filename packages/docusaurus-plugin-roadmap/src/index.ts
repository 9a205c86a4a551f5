import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {logger} from '@docusaurus/logger';
import {docuHash, normalizeUrl} from '@docusaurus/utils';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {checkRoadmap} from './check';
import {failOnBadInput, formatProblems, groupByStatus, toRoadmapEntries} from './entries';
import {aliasRedirects} from './redirects';
import {
  archiveModuleSource,
  overviewModuleSource,
  tableModuleSource,
  themesModuleSource,
} from './codegen';
import {buildFeeds, changesFromFrontMatter} from './feeds';
import {FEED_FILES, PLUGIN_NAME, ROADMAP_JSON_FILE, ROADMAP_JSON_SCHEMA_FILE} from './files';
import {changesFromGit} from './history';
import {
  formatStaleWarning,
  groupByQuarter,
  splitShipped,
  staleness,
  type Staleness,
} from './lifecycle';
import {escapeForLog} from './format';
import {mainCli} from './cli/cli';
import {preloadHtmlTools} from './markdown';
import type {Options} from './options';
import {parsePeriod} from './period';
import {filterableTheme, groupByOwner} from './owners';
import {proposalUrl} from './propose';
import {buildRoadmapJson, roadmapJsonSchemaText} from './roadmapJson';
import {STATUSES, STATUS_SECTIONS, type Status} from './statuses';
import type {
  ListPageData,
  ListedTheme,
  RoadmapEntry,
  RoadmapGlobalData,
  RoadmapRoutes,
  RoadmapTableData,
} from './types';

export {validateOptions} from './options';
export type {Options, PluginOptions} from './options';
export {parseFrontMatterForDocusaurus} from './frontMatter';
export {roadmapSidebarItemsGenerator} from './sidebar';
export {default as rehypeFootnoteIds} from './footnotes';
export type {RoadmapGlobalData} from './types';

const STATUS_DESCRIPTIONS: Record<Status, string> = {
  next: 'Themes planned for release within the current roadmap period.',
  future: "Themes on the maintainers' radar, not yet scheduled.",
  shipped: 'Themes that have been released.',
};

/** This instance's pages and files under the site's base URL. */
function instanceRoutes(context: LoadContext, options: Options, overview: string): RoadmapRoutes {
  const at = (...parts: string[]) =>
    normalizeUrl([context.baseUrl, options.routeBasePath, ...parts]);
  return {
    overview,
    status: at('status'),
    owners: at('owners'),
    atom: at(FEED_FILES.atom),
    rss: at(FEED_FILES.rss),
    jsonFeed: at(FEED_FILES.json),
    roadmapJson: at(ROADMAP_JSON_FILE),
  };
}

/** The files postBuild writes, relative to the build folder. */
function outputFile(context: LoadContext, url: string): string {
  return url.slice(context.baseUrl.length);
}

export default async function roadmapPlugin(
  context: LoadContext,
  options: Options,
): Promise<Plugin> {
  const check = async () => {
    // The same check as `docusaurus roadmap check`, on the files as written.
    const result = await checkRoadmap({siteDir: context.siteDir, ...options});
    if (result.problems.length > 0) {
      failOnBadInput(formatProblems(result.problems));
    }
    return result;
  };
  // Before any content loads, so our messages come before the docs plugin
  // trips over the same files (e.g. on a duplicate id); the first load uses
  // that result, later reloads of `npm start` check again. Not for our own
  // CLI commands (Docusaurus starts every plugin for them too): they check
  // the entries themselves and report problems their own way.
  const cliCommand = /^roadmap(?::|$)/.test(process.argv[2] ?? '');
  let checkedAtStart: Awaited<ReturnType<typeof check>> | undefined;
  if (!cliCommand) {
    preloadHtmlTools();
    checkedAtStart = await check();
  }

  // Generated modules are imported through these aliases (see configureWebpack).
  const dataDir = path.join(context.generatedFilesDir, PLUGIN_NAME, options.id);
  const aliasPrefix = `@roadmap/${options.id}`;
  const period = parsePeriod(options.period);
  const entriesSource = `@site/${path.posix.join(options.docsDir, options.entriesDir)}/`;
  // What postBuild writes out, from the last load.
  let loaded:
    | {
        entries: RoadmapEntry[];
        routes: RoadmapRoutes;
        report: Staleness;
        /** Ids of drafts and other entries the build does not publish. */
        unpublished: Set<string>;
      }
    | undefined;

  /** One page per status and per owner, and an index of owners. */
  const addListPages = async (
    entries: readonly RoadmapEntry[],
    routes: RoadmapRoutes,
    actions: Parameters<NonNullable<Plugin['allContentLoaded']>>[0]['actions'],
  ) => {
    const listed = (e: RoadmapEntry): ListedTheme => ({
      id: e.id,
      title: e.title,
      summary: e.summary,
      status: e.status,
      permalink: e.permalink,
      owner: e.owner,
    });
    const byStatus = groupByStatus(entries);
    const pages: {path: string; data: ListPageData}[] = STATUSES.map((status) => ({
      path: `${routes.status}/${status}`,
      data: {
        title: STATUS_SECTIONS[status].group,
        description: STATUS_DESCRIPTIONS[status],
        themes: byStatus[status].map(listed),
      },
    }));
    const owners = groupByOwner(entries);
    for (const owner of owners) {
      const grouped = groupByStatus(owner.entries);
      pages.push({
        path: `${routes.owners}/${owner.slug}`,
        data: {
          title: `Themes owned by ${owner.name}`,
          description: `Every roadmap theme ${owner.name} drives, next, future and shipped.`,
          themes: STATUSES.flatMap((status) => grouped[status]).map(listed),
        },
      });
    }
    pages.push({
      path: routes.owners,
      data: {
        title: 'Owners',
        description: 'Who drives which roadmap themes.',
        owners: owners.map((owner) => ({
          name: owner.name,
          permalink: `${routes.owners}/${owner.slug}`,
          count: owner.entries.length,
        })),
      },
    });
    await Promise.all(
      pages.map(async ({path: route, data}) => {
        const dataPath = await actions.createData(
          `list-${docuHash(route)}.json`,
          JSON.stringify({...data, overview: routes.overview}),
        );
        actions.addRoute({
          path: route,
          component: '@theme/RoadmapListPage',
          modules: {list: dataPath},
          exact: true,
        });
      }),
    );
  };

  return {
    name: PLUGIN_NAME,

    getThemePath() {
      return path.join(__dirname, 'browser', 'theme');
    },
    getTypeScriptThemePath() {
      return path.join(__dirname, '..', 'src', 'theme');
    },
    getClientModules() {
      return [path.join(__dirname, 'browser', 'client', 'roadmap.css')];
    },

    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.[options.docsPluginId] as
        DocsContent | undefined;
      const docs = docsContent?.loadedVersions.find((v) => v.versionName === 'current')?.docs ?? [];
      const checked = checkedAtStart ?? (await check());
      checkedAtStart = undefined;
      const entries = toRoadmapEntries(checked.entries, docs);

      const report = staleness(entries, {
        period,
        buildDate: options.buildDate,
        graceDays: options.staleAfterDays,
      });
      if (report.stale) {
        const message = formatStaleWarning(report, period);
        if (options.strict) {
          failOnBadInput(`${message}\n(strict mode: a stale roadmap fails the build)`);
        }
        logger.warn(message);
      }

      const overviewSource = `@site/${path.posix.join(options.docsDir, options.overview)}`;
      const overview = docs.find((doc) => doc.source === overviewSource);
      const routes = instanceRoutes(context, options, overview?.permalink ?? context.baseUrl);

      const byStatus = groupByStatus(entries);
      const {recent} = splitShipped(entries, options.buildDate, options.recentlyShipped);
      // What the overview shows: every next and future theme, the recent shipped ones.
      const table: RoadmapTableData = {
        next: byStatus.next.map(filterableTheme),
        future: byStatus.future.map(filterableTheme),
        shipped: recent.map(filterableTheme),
      };
      const pluginId = options.id;
      const emptyShipped = 'No theme has shipped recently.';
      await Promise.all([
        actions.createData('table.js', tableModuleSource(table)),
        actions.createData('themes-next.js', themesModuleSource(byStatus.next, {pluginId})),
        actions.createData('themes-future.js', themesModuleSource(byStatus.future, {pluginId})),
        actions.createData(
          'themes-shipped.js',
          themesModuleSource(recent, {pluginId, emptyText: emptyShipped}),
        ),
        actions.createData(
          'overview.js',
          overviewModuleSource(
            [
              {status: 'next', entries: byStatus.next},
              {status: 'future', entries: byStatus.future},
              {status: 'shipped', entries: recent, emptyText: emptyShipped},
            ],
            {pluginId},
          ),
        ),
        actions.createData('archive.js', archiveModuleSource(groupByQuarter(byStatus.shipped))),
      ]);
      await addListPages(entries, routes, actions);
      for (const {from, to, title} of aliasRedirects(entries)) {
        actions.addRoute({
          path: from,
          component: '@theme/RoadmapRedirect',
          props: {to, title},
          exact: true,
        });
      }
      actions.setGlobalData({
        period,
        staleness: report.stale ? {lastReviewed: report.lastReviewed} : null,
        routes,
        entriesSource,
        propose: options.newEntryUrl ? proposalUrl(options.newEntryUrl, entries) : null,
      } satisfies RoadmapGlobalData);

      const published = new Set(entries.map((e) => e.id));
      loaded = {
        entries,
        routes,
        report,
        unpublished: new Set(
          checked.entries
            .filter((e) => e.data.unlisted || !published.has(e.data.id))
            .map((e) => e.data.id),
        ),
      };
    },

    async postBuild({outDir, siteConfig}) {
      if (!loaded) return;
      const {entries, routes, report, unpublished} = loaded;
      const write = async (url: string, content: string) => {
        const file = path.join(outDir, outputFile(context, url));
        await mkdir(path.dirname(file), {recursive: true});
        await writeFile(file, content);
      };
      const json = buildRoadmapJson(entries, {
        period,
        buildDate: options.buildDate,
        staleness: report,
        siteOrigin: siteConfig.url,
        overviewPermalink: routes.overview,
      });
      await write(routes.roadmapJson, `${JSON.stringify(json, null, 2)}\n`);
      await write(
        routes.roadmapJson.replace(/[^/]+$/, ROADMAP_JSON_SCHEMA_FILE),
        roadmapJsonSchemaText(),
      );

      // Changes come from git history; without it, from the shipped dates.
      const entriesPath = path.posix.join(options.docsDir, options.entriesDir);
      const history = await changesFromGit(context.siteDir, entriesPath, {
        buildDate: options.buildDate,
      });
      if ('warning' in history) {
        logger.warn(
          `Roadmap feeds: ${history.warning}; they list only shipped themes, dated by shipped_on.`,
        );
      } else if (history.skipped.length > 0) {
        logger.warn(
          escapeForLog(
            `Roadmap feeds: left out of the history:\n${history.skipped.map((s) => `- ${s}`).join('\n')}`,
          ),
        );
      }
      // Drafts and unlisted themes stay out of the feeds, now and in the past.
      const changes = (
        'changes' in history ? history.changes : changesFromFrontMatter(entries)
      ).filter((change) => !unpublished.has(change.id));
      const siteUrl = new URL(siteConfig.baseUrl, siteConfig.url).href;
      const feeds = buildFeeds(changes, entries, {
        title: siteConfig.title,
        description: siteConfig.tagline,
        siteUrl,
        overviewUrl: new URL(routes.overview, siteConfig.url).href,
      });
      await write(routes.atom, feeds.atom);
      await write(routes.rss, feeds.rss);
      await write(routes.jsonFeed, feeds.json);
    },

    configureWebpack() {
      // `<status>.md` ends in `.md` so the MDX compiler treats it as a partial
      // and merges its `toc` export into the page's; so does `overview.md`.
      const alias: Record<string, string> = {
        [`${aliasPrefix}/table$`]: path.join(dataDir, 'table.js'),
        [`${aliasPrefix}/overview.md$`]: path.join(dataDir, 'overview.js'),
        [`${aliasPrefix}/archive.md$`]: path.join(dataDir, 'archive.js'),
      };
      for (const status of STATUSES) {
        alias[`${aliasPrefix}/${status}.md$`] = path.join(dataDir, `themes-${status}.js`);
      }
      return {resolve: {alias}};
    },

    extendCli(cli) {
      // `docusaurus roadmap <command>`; a second instance is `roadmap:<id>`.
      const name = options.id === 'default' ? 'roadmap' : `roadmap:${options.id}`;
      cli
        .command(`${name} [args...]`)
        .description('Check, create, import and close roadmap entries (see "roadmap help")')
        .allowUnknownOption()
        .action(async (args: string[] = []) => {
          process.exitCode = await mainCli(args, {siteDir: context.siteDir, options});
        });
    },
  };
}
