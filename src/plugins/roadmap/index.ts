import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {logger} from '@docusaurus/logger';
import {normalizeUrl} from '@docusaurus/utils';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import * as z from 'zod';
import {checkRoadmap} from './check';
import {failOnBadInput, formatProblems, groupByStatus, toRoadmapEntries} from './entries';
import {aliasRedirects} from './redirects';
import {archiveModuleSource, themesModuleSource} from './codegen';
import {buildFeeds, changesFromFrontMatter} from './feeds';
import {FEED_FILES, ROADMAP_JSON_FILE, ROADMAP_JSON_SCHEMA_FILE} from './files';
import {changesFromGit} from './history';
import {
  formatStaleWarning,
  groupByQuarter,
  splitShipped,
  staleness,
  today,
  type Staleness,
} from './lifecycle';
import {escapeForLog} from './format';
import {PERIOD_PATTERN, parsePeriod, type Period} from './period';
import {filterableTheme, groupByOwner} from './owners';
import {proposalUrl} from './propose';
import {buildRoadmapJson, roadmapJsonSchemaText} from './roadmapJson';
import {STATUSES, STATUS_SECTIONS, type Status} from './statuses';
import type {RoadmapEntry, RoadmapTableData} from './types';
import type {ListPageData, ListedTheme} from '../../components/RoadmapListPage';
import type {Props as RedirectProps} from '../../components/RoadmapRedirect';

/** The page at a renamed theme's old URL. */
const REDIRECT_COMPONENT = '@site/src/components/RoadmapRedirect';

const STATUS_DESCRIPTIONS: Record<Status, string> = {
  next: 'Themes planned for release within the current roadmap period.',
  future: "Themes on the maintainers' radar, not yet scheduled.",
  shipped: 'Themes that have been released.',
};

export const PLUGIN_NAME = 'roadmap';

const optionsSchema = z
  .object({
    /** Plugin instance id, which Docusaurus uses to namespace generated data. */
    id: z.string().default('default'),
    /** The docs plugin's folder, relative to the site. */
    docsDir: z.string().min(1).default('docs'),
    /** Folder of the entry files, relative to the docs folder. */
    entriesDir: z.string().min(1).default('roadmap'),
    /** The overview page, relative to the docs folder: entry ids must not take its anchors. */
    overview: z.string().min(1).default('roadmap.mdx'),
    /** The docs plugin's tags file, relative to the docs folder. */
    tagsFile: z.string().min(1).default('tags.yml'),
    /** The roadmap's current period, e.g. `2022-Q3`. */
    period: z.string().regex(PERIOD_PATTERN, {error: 'must be a quarter such as "2022-Q3"'}),
    /** The day the build counts as today (`YYYY-MM-DD`), so tests are deterministic. */
    buildDate: z.iso
      .date({error: 'must be a date written YYYY-MM-DD'})
      .optional()
      .transform((date) => date ?? today()),
    /** Days after the period's end before the roadmap counts as stale. */
    staleAfterDays: z.number().int().min(0).default(14),
    /** Fail the build, instead of warning, when the roadmap is stale. */
    strict: z.boolean().default(false),
    /** GitHub's "new file" URL of the entries folder, for "Propose a theme". */
    newEntryUrl: z.url({protocol: /^https?$/}).optional(),
    /** Which shipped themes the overview lists; the archive lists all. */
    recentlyShipped: z
      .object({
        count: z.number().int().min(0).default(5),
        days: z.number().int().min(0).default(180),
      })
      .strict()
      .default({count: 5, days: 180}),
  })
  .strict();

export type PluginOptions = z.input<typeof optionsSchema>;
export type Options = z.output<typeof optionsSchema>;

/** What every page can read with `usePluginData('roadmap')`: kept tiny on purpose. */
export interface RoadmapGlobalData {
  period: Period;
  /** Set when the period had ended (plus grace) at build time. */
  staleness: {lastReviewed: string | null} | null;
}

export default async function roadmapPlugin(
  context: LoadContext,
  options: Options,
): Promise<Plugin> {
  const check = async () => {
    // The same check as `npm run roadmap:check`, on the files as written.
    const result = await checkRoadmap({siteDir: context.siteDir, ...options});
    if (result.problems.length > 0) {
      failOnBadInput(formatProblems(result.problems));
    }
    return result;
  };
  // Once before any content loads, so our messages come before the docs
  // plugin trips over the same files (e.g. on a duplicate id); the first
  // load uses that result, later reloads of `npm start` check again.
  let checkedAtStart: Awaited<ReturnType<typeof check>> | undefined = await check();

  // Generated modules are imported through these aliases (see configureWebpack).
  const dataDir = path.join(context.generatedFilesDir, PLUGIN_NAME, 'default');
  const period = parsePeriod(options.period);
  // What postBuild writes out, from the last load.
  let loaded:
    | {
        entries: RoadmapEntry[];
        overviewPermalink: string;
        report: Staleness;
        /** Ids of drafts and other entries the build does not publish. */
        unpublished: Set<string>;
      }
    | undefined;

  /** One page per status and per owner, and an index of owners. */
  const addListPages = async (
    entries: readonly RoadmapEntry[],
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
      path: `status/${status}`,
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
        path: `owners/${owner.slug}`,
        data: {
          title: `Themes owned by ${owner.name}`,
          description: `Every roadmap theme ${owner.name} drives, next, future and shipped.`,
          themes: STATUSES.flatMap((status) => grouped[status]).map(listed),
        },
      });
    }
    pages.push({
      path: 'owners',
      data: {
        title: 'Owners',
        description: 'Who drives which roadmap themes.',
        owners: owners.map((owner) => ({
          name: owner.name,
          permalink: normalizeUrl([context.baseUrl, 'owners', owner.slug]),
          count: owner.entries.length,
        })),
      },
    });
    await Promise.all(
      pages.map(async ({path: page, data}) => {
        const dataPath = await actions.createData(
          `list-${page.replace(/\//g, '-')}.json`,
          JSON.stringify(data),
        );
        actions.addRoute({
          path: normalizeUrl([context.baseUrl, page]),
          component: '@site/src/components/RoadmapListPage',
          modules: {list: dataPath},
          exact: true,
        });
      }),
    );
  };

  return {
    name: PLUGIN_NAME,

    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as
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

      const byStatus = groupByStatus(entries);
      const {recent} = splitShipped(entries, options.buildDate, options.recentlyShipped);
      // What the overview shows: every next and future theme, the recent shipped ones.
      const table: RoadmapTableData = {
        next: byStatus.next.map(filterableTheme),
        future: byStatus.future.map(filterableTheme),
        shipped: recent.map(filterableTheme),
      };
      await actions.createData('table.json', JSON.stringify(table));
      await actions.createData(
        'links.json',
        JSON.stringify({
          propose: options.newEntryUrl ? proposalUrl(options.newEntryUrl, entries) : null,
        }),
      );
      await Promise.all([
        actions.createData('themes-next.js', themesModuleSource(byStatus.next)),
        actions.createData('themes-future.js', themesModuleSource(byStatus.future)),
        actions.createData(
          'themes-shipped.js',
          themesModuleSource(recent, {emptyText: 'No theme has shipped recently.'}),
        ),
        actions.createData('archive.js', archiveModuleSource(groupByQuarter(byStatus.shipped))),
      ]);
      await addListPages(entries, actions);
      for (const {from, to, title} of aliasRedirects(entries)) {
        actions.addRoute({
          path: from,
          component: REDIRECT_COMPONENT,
          props: {to, title} satisfies RedirectProps,
          exact: true,
        });
      }
      actions.setGlobalData({
        period,
        staleness: report.stale ? {lastReviewed: report.lastReviewed} : null,
      } satisfies RoadmapGlobalData);

      const overviewSource = `@site/${path.posix.join(options.docsDir, options.overview)}`;
      const overview = docs.find((doc) => doc.source === overviewSource);
      const published = new Set(entries.map((e) => e.id));
      loaded = {
        entries,
        overviewPermalink: overview?.permalink ?? context.baseUrl,
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
      const {entries, overviewPermalink, report, unpublished} = loaded;
      const write = async (file: string, content: string) => {
        await mkdir(path.dirname(path.join(outDir, file)), {recursive: true});
        await writeFile(path.join(outDir, file), content);
      };
      const json = buildRoadmapJson(entries, {
        period,
        buildDate: options.buildDate,
        staleness: report,
        siteOrigin: siteConfig.url,
        overviewPermalink,
      });
      await write(ROADMAP_JSON_FILE, `${JSON.stringify(json, null, 2)}\n`);
      await write(ROADMAP_JSON_SCHEMA_FILE, roadmapJsonSchemaText());

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
        overviewUrl: new URL(overviewPermalink, siteConfig.url).href,
      });
      await write(FEED_FILES.atom, feeds.atom);
      await write(FEED_FILES.rss, feeds.rss);
      await write(FEED_FILES.json, feeds.json);
    },

    configureWebpack() {
      // `@roadmap/<status>.md` ends in `.md` so the MDX compiler treats it as
      // a partial and merges its `toc` export into the overview's.
      const alias: Record<string, string> = {
        '@roadmap/table.json$': path.join(dataDir, 'table.json'),
        '@roadmap/links.json$': path.join(dataDir, 'links.json'),
      };
      for (const status of STATUSES) {
        alias[`@roadmap/${status}.md$`] = path.join(dataDir, `themes-${status}.js`);
      }
      alias['@roadmap/archive.md$'] = path.join(dataDir, 'archive.js');
      return {resolve: {alias}};
    },
  };
}

/** The plugin's options with their defaults, as the plugin sees them. */
export function resolveOptions(options: PluginOptions): Options {
  return optionsSchema.parse(options);
}

export function validateOptions({
  options,
}: OptionValidationContext<PluginOptions, Options>): Options {
  const result = optionsSchema.safeParse(options);
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => `- option "${issue.path.join('.')}" ${issue.message}`)
      .join('\n');
    throw new Error(`Invalid options for the roadmap plugin:\n${details}`);
  }
  return result.data;
}
