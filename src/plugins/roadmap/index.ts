import path from 'node:path';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import * as z from 'zod';
import {checkRoadmap} from './check';
import {formatProblems, groupByStatus, toRoadmapEntries} from './entries';
import {themesModuleSource} from './codegen';
import {PERIOD_PATTERN, parsePeriod, type Period} from './period';
import {STATUSES} from './statuses';
import type {RoadmapTableData} from './types';

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
  })
  .strict();

export type PluginOptions = z.input<typeof optionsSchema>;
export type Options = z.output<typeof optionsSchema>;

/** What every page can read with `usePluginData('roadmap')`: kept tiny on purpose. */
export interface RoadmapGlobalData {
  period: Period;
}

export default async function roadmapPlugin(
  context: LoadContext,
  options: Options,
): Promise<Plugin> {
  const check = async () => {
    // The same check as `npm run roadmap:check`, on the files as written.
    const result = await checkRoadmap({siteDir: context.siteDir, ...options});
    if (result.problems.length > 0) {
      throw new Error(formatProblems(result.problems));
    }
    return result.entries;
  };
  // Once before any content loads, so our messages come before the docs
  // plugin trips over the same files (e.g. on a duplicate id) ...
  await check();

  // Generated modules are imported through these aliases (see configureWebpack).
  const dataDir = path.join(context.generatedFilesDir, PLUGIN_NAME, 'default');

  return {
    name: PLUGIN_NAME,

    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as
        DocsContent | undefined;
      const docs = docsContent?.loadedVersions.find((v) => v.versionName === 'current')?.docs ?? [];
      // ... and again on every reload of `npm start`.
      const entries = toRoadmapEntries(await check(), docs);
      const byStatus = groupByStatus(entries);
      const table = Object.fromEntries(
        STATUSES.map((status) => [status, byStatus[status].map(({id, title}) => ({id, title}))]),
      ) as RoadmapTableData;
      await actions.createData('table.json', JSON.stringify(table));
      await Promise.all(
        STATUSES.map((status) =>
          actions.createData(`themes-${status}.js`, themesModuleSource(byStatus[status])),
        ),
      );
      actions.setGlobalData({period: parsePeriod(options.period)} satisfies RoadmapGlobalData);
    },

    configureWebpack() {
      // `@roadmap/<status>.md` ends in `.md` so the MDX compiler treats it as
      // a partial and merges its `toc` export into the overview's.
      const alias: Record<string, string> = {
        '@roadmap/table.json$': path.join(dataDir, 'table.json'),
      };
      for (const status of STATUSES) {
        alias[`@roadmap/${status}.md$`] = path.join(dataDir, `themes-${status}.js`);
      }
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
