import path from 'node:path';
import {logger} from '@docusaurus/logger';
import {aliasedSitePath, docuHash} from '@docusaurus/utils';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {checkRoadmap} from './check';
import {docsClientAlias} from './docsClient';
import {currentPeriod, readSnapshots} from './cli/closeQuarter';
import {
  anchorMap,
  ANCHORS_FILE,
  archiveModuleSource,
  entriesModuleAlias,
  entriesModuleFile,
  entriesModuleSource,
  generatedModuleAlias,
  overviewModuleSource,
  tableModuleSource,
  TARGETS,
} from './codegen';
import {formatProblems, groupByStatus, toRoadmapEntries} from './entries';
import {failOnBadInput} from './failure';
import {localizedDocsDir, localizeEntries, translationDirs} from './localized';
import {PLUGIN_NAME} from './files';
import {
  formatStaleWarning,
  groupByQuarter,
  splitShipped,
  staleness,
  type Staleness,
} from './lifecycle';
import {preloadHtmlTools} from './markup/check';
import {roadmapMemory, type Memory} from './memory';
import {
  memoryPages,
  readChanges,
  STORIES_CLIENT,
  STORIES_CLIENT_DEV,
  STORIES_SERVER,
  writeStories,
} from './stories';
import type {RoadmapChange} from './history';
import type {Options} from './options';
import {writeOutputs} from './outputs';
import {filterableEntry} from './owners';
import {parsePeriod, type Period} from './period';
import {proposalUrl} from './propose';
import {aliasRedirects} from './redirects';
import {instanceRoutes, listPages} from './routes';
import {OVERVIEW_STATUSES, statusPagePath, type Status} from './statuses';
import {
  bundledCodeMessages,
  defaultPluginMessages,
  fromTranslationFile,
  pluginTranslationFile,
  wordsFor,
  type PluginMessages,
  type Words,
} from './translations';
import type {
  CompactStatuses,
  RoadmapEntry,
  RoadmapGlobalData,
  RoadmapRoutes,
  RoadmapTableData,
} from './types';

/** How many themes of each status a compact overview's table shows. */
const COMPACT_PREVIEW = 10;

export {validateOptions} from './options';
export {getSwizzleConfig} from './swizzle';
export type {Options, PluginOptions} from './options';
export {parseFrontMatterForDocusaurus} from './frontMatter';
export {roadmapSidebarItemsGenerator} from './sidebar';
export {rehypeFootnoteIds} from './footnotes';
export type {RoadmapGlobalData} from './types';

export default async function roadmapPlugin(
  context: LoadContext,
  options: Options,
): Promise<Plugin<{messages: PluginMessages}>> {
  const {i18n} = context;
  const translated = i18n.currentLocale !== i18n.defaultLocale;
  const localizedDir = localizedDocsDir({
    siteDir: context.siteDir,
    localizationDir: context.localizationDir,
    docsPluginId: options.docsPluginId,
  });
  const sourceLang = i18n.localeConfigs[i18n.defaultLocale]?.htmlLang ?? i18n.defaultLocale;
  const check = async () => {
    // The same check as `docusaurus roadmap check`, on the files as written.
    const files = {
      siteDir: context.siteDir,
      staticDirs: context.siteConfig.staticDirectories,
      ...options,
    };
    const source = await checkRoadmap(files);
    // A locale's translated entries are checked too, against their sources.
    const result = translated
      ? await localizeEntries(source, {
          ...files,
          localizedDir,
          context: source.context,
          sourceLang,
        })
      : source;
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

  // Where the generated modules are written; pages import them by alias (see configureWebpack).
  const dataDir = path.join(context.generatedFilesDir, PLUGIN_NAME, options.id);
  const startPeriod = parsePeriod(options.period);
  const historyDir = path.join(context.siteDir, options.docsDir, options.historyDir);
  const entriesSource = `@site/${path.posix.join(options.docsDir, options.entriesDir)}/`;
  const locale = context.i18n.currentLocale;
  // What postBuild writes out, from the last load.
  let loaded:
    | {
        entries: RoadmapEntry[];
        routes: RoadmapRoutes;
        report: Staleness;
        period: Period;
        changes: RoadmapChange[];
        memory: Memory;
        /** False when the build had no git history (the feeds fall back to ship dates). */
        historyKnown: boolean;
        words: Words;
      }
    | undefined;

  return {
    name: PLUGIN_NAME,

    getThemePath() {
      return path.join(__dirname, 'browser', 'theme');
    },
    getTypeScriptThemePath() {
      return path.join(__dirname, '..', 'src', 'theme');
    },
    // The plugin's own texts in the site's language: the package's words,
    // then the site's `i18n/<locale>/docusaurus-plugin-roadmap[-<id>]/options.json`.
    async loadContent(): Promise<{messages: PluginMessages}> {
      return {messages: await defaultPluginMessages(locale, options.statuses)};
    },
    getTranslationFiles({content}) {
      return [pluginTranslationFile(content.messages)];
    },
    translateContent({content, translationFiles}) {
      return {messages: fromTranslationFile(translationFiles[0], content.messages)};
    },
    getDefaultCodeTranslationMessages() {
      return bundledCodeMessages(locale);
    },

    getClientModules() {
      return [path.join(__dirname, 'browser', 'client', 'roadmap.css')];
    },

    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.[options.docsPluginId] as
        DocsContent | undefined;
      const docs = docsContent?.loadedVersions.find((v) => v.versionName === 'current')?.docs ?? [];
      const {messages} = allContent[PLUGIN_NAME]![options.id] as {messages: PluginMessages};
      const words = await wordsFor(
        context.i18n,
        messages,
        context.codeTranslations,
        options.statuses,
      );
      const {statuses} = words;
      const checked = checkedAtStart ?? (await check());
      checkedAtStart = undefined;
      // A route's data module by its site path (`@site/.docusaurus/…`): the
      // registry in every page's JavaScript names it, and an absolute path
      // would publish the build machine's directories.
      const createModule = async (name: string, data: string) =>
        aliasedSitePath(await actions.createData(name, data), context.siteDir);
      const entries = toRoadmapEntries(
        checked.entries,
        docs,
        translated
          ? {
              localizedDir,
              // As entry files name it: from the site root, with `/`.
              docsDir: path
                .relative(context.siteDir, path.resolve(context.siteDir, options.docsDir))
                .split(path.sep)
                .join('/'),
            }
          : undefined,
      );
      // Closing a quarter moves the roadmap on; the option is where it started.
      const period = currentPeriod(startPeriod, await readSnapshots(historyDir));

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
      // What the overview shows: every next and future entry, the recent shipped ones.
      const sections: {status: Status; entries: RoadmapEntry[]; emptyText?: string}[] = [
        {status: 'next', entries: byStatus.next},
        {status: 'future', entries: byStatus.future},
        {status: 'shipped', entries: recent, emptyText: words.say('overview.noneShippedRecently')},
      ];
      // Past the limit the overview is compact: the table shows the first
      // few themes of each status, linking to their pages, and each section
      // links to its status page, which lists them all.
      const shownCount = sections.reduce((sum, section) => sum + section.entries.length, 0);
      const more: CompactStatuses | undefined =
        shownCount > options.overviewLimit
          ? Object.fromEntries(
              sections.map(({status, entries: shown}) => [
                status,
                {
                  count: shown.length,
                  href: statusPagePath(routes, status),
                  label: statuses[status].group,
                },
              ]),
            )
          : undefined;
      const table = Object.fromEntries(
        sections.map(({status, entries: shown}) => [
          status,
          more
            ? shown
                .slice(0, COMPACT_PREVIEW)
                .map((entry) => ({...filterableEntry(entry), permalink: entry.permalink}))
            : shown.map(filterableEntry),
        ]),
      ) as RoadmapTableData;
      const pluginId = options.id;
      // `/roadmap#<id>` of a theme without a section here (every theme on a
      // compact overview; else dropped and older shipped ones) leads to its page.
      const shownIds = new Set(sections.flatMap((section) => section.entries.map((e) => e.id)));
      const elsewhere = more ? entries : entries.filter((e) => !shownIds.has(e.id));
      const anchors = elsewhere.length > 0;
      await Promise.all([
        actions.createData('table.js', tableModuleSource(table, {pluginId, more, anchors})),
        ...(anchors
          ? [actions.createData(ANCHORS_FILE, JSON.stringify(anchorMap(elsewhere)))]
          : []),
        ...sections.flatMap(({status, entries: shown, emptyText}) =>
          TARGETS.map((target) =>
            actions.createData(
              entriesModuleFile(status, target),
              entriesModuleSource(shown, {pluginId, emptyText, more: more?.[status], target}),
            ),
          ),
        ),
        actions.createData(
          'overview.js',
          overviewModuleSource(
            sections.map((section) => section.status),
            {pluginId, statuses},
          ),
        ),
        actions.createData(
          'archive.js',
          archiveModuleSource(groupByQuarter(byStatus.shipped), words),
        ),
      ]);
      await Promise.all(
        listPages(entries, routes, {pluginId, words}).map(async ({path: route, data}) => {
          actions.addRoute({
            path: route,
            component: '@theme/RoadmapListPage',
            modules: {
              list: await createModule(`list-${docuHash(route)}.json`, JSON.stringify(data)),
            },
            exact: true,
          });
        }),
      );
      // The roadmap's memory, from the entries' git history: read once, for
      // the theme pages, the timeline and delivery pages, feeds and JSON.
      const published = new Set(entries.map((e) => e.id));
      const unpublished = new Set(
        checked.entries
          .filter((e) => e.data.unlisted || !published.has(e.data.id))
          .map((e) => e.data.id),
      );
      const {changes, warning} = await readChanges(context.siteDir, options, unpublished);
      const memory = roadmapMemory(changes, entries, options.buildDate);
      await writeStories(dataDir, memory.stories, published);
      const pages = memoryPages(entries, memory, {routes, warning});
      for (const [route, component, data] of [
        [routes.timeline, '@theme/RoadmapTimelinePage', pages.timeline],
        [routes.delivery, '@theme/RoadmapDeliveryPage', pages.delivery],
      ] as const) {
        actions.addRoute({
          path: route,
          component,
          modules: {
            data: await createModule(
              `${docuHash(route)}.json`,
              JSON.stringify({...data, pluginId}),
            ),
          },
          exact: true,
        });
      }

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
        statuses,
        badge: words.badge,
        translated: translated
          ? {
              entriesSource: `@site/${path.posix.join(localizedDir, options.entriesDir)}/`,
              sourceLang,
            }
          : null,
      } satisfies RoadmapGlobalData);

      loaded = {entries, routes, report, period, changes, memory, historyKnown: !warning, words};
    },

    async postBuild({outDir, siteConfig}) {
      if (!loaded) return;
      await writeOutputs({
        ...loaded,
        outDir,
        baseUrl: context.baseUrl,
        siteConfig,
        options,
      });
    },

    configureWebpack(config, isServer) {
      // `<status>.md` ends in `.md` so the MDX compiler treats it as a partial
      // and merges its `toc` export into the page's; so does `overview.md`.
      const alias: Record<string, string> = {
        [`${generatedModuleAlias(options.id, 'table')}$`]: path.join(dataDir, 'table.js'),
        [`${generatedModuleAlias(options.id, 'overview.md')}$`]: path.join(dataDir, 'overview.js'),
        [`${generatedModuleAlias(options.id, 'archive.md')}$`]: path.join(dataDir, 'archive.js'),
      };
      for (const status of OVERVIEW_STATUSES) {
        alias[`${entriesModuleAlias(options.id, status)}$`] = path.join(
          dataDir,
          entriesModuleFile(status, isServer ? 'server' : 'browser'),
        );
      }
      // A theme's story: rendered into its page on the server, loaded on
      // demand in the browser (see stories.ts), never with every page.
      alias['@roadmap/stories$'] = path.join(
        context.generatedFilesDir,
        PLUGIN_NAME,
        isServer
          ? STORIES_SERVER
          : config.mode === 'development'
            ? STORIES_CLIENT_DEV
            : STORIES_CLIENT,
      );
      // A theme page's story and follow links: in the server's HTML, and in
      // the browser only with a theme page reached by a link in the site.
      alias['@roadmap/entry-page$'] = path.join(
        __dirname,
        'browser',
        'client',
        isServer ? 'entryPageServer.js' : 'entryPageBrowser.js',
      );
      Object.assign(alias, docsClientAlias(config.resolve?.alias));
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
          // Loaded when a command runs: a build never needs the importer.
          const {mainCli} = await import('./cli/cli');
          process.exitCode = await mainCli(args, {
            siteDir: context.siteDir,
            options,
            staticDirs: context.siteConfig.staticDirectories,
            translations: translationDirs(context, options.docsPluginId),
          });
        });
    },
  };
}
