import path from 'node:path';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import * as z from 'zod';
import {formatProblems, groupByStatus, readEntries} from './entries';
import {themesModuleSource} from './codegen';
import {PERIOD_PATTERN, parsePeriod, type Period} from './period';
import {STATUSES} from './statuses';
import type {RoadmapTableData} from './types';

export const PLUGIN_NAME = 'roadmap';

const optionsSchema = z
  .object({
    /** Plugin instance id, which Docusaurus uses to namespace generated data. */
    id: z.string().default('default'),
    /** Folder of the entry files, relative to the docs folder. */
    entriesDir: z.string().min(1).default('roadmap'),
    /** The roadmap's current period, e.g. `2022-Q3`. */
    period: z.string().regex(PERIOD_PATTERN, {error: 'must be a quarter such as "2022-Q3"'}),
  })
  .strict();

export type PluginOptions = z.input<typeof optionsSchema>;
type Options = z.output<typeof optionsSchema>;

/** What every page can read with `usePluginData('roadmap')`: kept tiny on purpose. */
export interface RoadmapGlobalData {
  period: Period;
}

export default function roadmapPlugin(context: LoadContext, options: Options): Plugin {
  // Generated modules are imported through these aliases (see configureWebpack).
  const dataDir = path.join(context.generatedFilesDir, PLUGIN_NAME, 'default');

  return {
    name: PLUGIN_NAME,

    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as
        | DocsContent
        | undefined;
      const docs = docsContent?.loadedVersions.find((v) => v.versionName === 'current')?.docs ?? [];
      const {entries, problems} = readEntries(docs, options.entriesDir);
      if (problems.length > 0) {
        throw new Error(formatProblems(problems));
      }
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
