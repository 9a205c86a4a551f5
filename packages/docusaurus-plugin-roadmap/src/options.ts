import type {OptionValidationContext} from '@docusaurus/types';
import {closest, distance} from 'fastest-levenshtein';
import * as z from 'zod';
import {today} from './lifecycle';
import {PERIOD_PATTERN} from './period';
import {KEBAB_CASE} from './schema';
import {STATUSES, type Status} from './statuses';

/** Every option with its default; the README lists the same. */
const optionsSchema = z
  .object({
    /** Plugin instance id: two roadmaps in one site need two ids. */
    id: z.string().default('default'),
    /** The docs plugin instance whose pages the entries are. */
    docsPluginId: z.string().default('default'),
    /** The docs plugin's folder, relative to the site (its `path` option). */
    docsDir: z.string().min(1).default('docs'),
    /** Folder of the entry files, relative to the docs folder. */
    entriesDir: z.string().min(1).default('roadmap'),
    /** The overview page, relative to the docs folder: entry ids must not take its anchors. */
    overview: z.string().min(1).default('roadmap.mdx'),
    /** The docs plugin's tags file, relative to the docs folder. */
    tagsFile: z.string().min(1).default('tags.yml'),
    /** Where the status and owner pages, roadmap.json and the feeds go, under the base URL. */
    routeBasePath: z.string().default('/'),
    /**
     * The quarter the roadmap covers, e.g. `2022-Q3`, until `close-quarter`
     * closes it: then the quarter after the last one closed.
     */
    period: z.string().regex(PERIOD_PATTERN, {error: 'must be a quarter such as "2022-Q3"'}),
    /**
     * Each status's words on the site, over the defaults ("What's next",
     * "Future work", "Recently shipped"): `label` (its section and table
     * column), `group` (its page, sidebar and feed), `anchor` (its section's id).
     */
    statuses: z
      .partialRecord(
        z.enum(STATUSES),
        z
          .object({
            label: z
              .string()
              .trim()
              .min(1)
              .max(80)
              .regex(/^[^<]*$/),
            group: z
              .string()
              .trim()
              .min(1)
              .max(80)
              .regex(/^[^<]*$/),
            anchor: z.string().regex(KEBAB_CASE, {error: 'must be a kebab-case anchor'}),
          })
          .partial()
          .strict(),
      )
      .default({}),
    /** Where `close-quarter` writes a page per closed quarter, relative to the docs folder. */
    historyDir: z.string().min(1).default('history'),
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
    /**
     * Past this many themes on the overview (next, future and recently
     * shipped), it lists the first few of each status with links to the status
     * pages instead of every theme's full text, so a long roadmap stays light
     * to load; each theme keeps its own page, and `#<id>` links still land.
     */
    overviewLimit: z.number().int().min(1).default(100),
    /**
     * The status badges' colours (`#rrggbb`), e.g. your primary colour for
     * `next`: `label` is the left half, each status its right half. Their
     * text is white: pick colours with 4.5:1 contrast against it.
     */
    badgeColors: z
      .object(
        Object.fromEntries(
          ['label', ...STATUSES].map((key) => [
            key,
            z.string().regex(/^#[0-9a-fA-F]{6}$/, {error: 'must be a colour written #rrggbb'}),
          ]),
        ) as Record<'label' | Status, z.ZodString>,
      )
      .partial()
      .strict()
      .default({}),
  })
  .strict();

/** The options a site writes in its config. */
export type PluginOptions = z.input<typeof optionsSchema>;
/** The options with their defaults, as the plugin sees them. */
export type Options = z.output<typeof optionsSchema>;

/** The plugin's options with their defaults; throws on invalid options. */
export function resolveOptions(options: PluginOptions): Options {
  return optionsSchema.parse(options);
}

export function validateOptions({
  options,
}: OptionValidationContext<PluginOptions, Options>): Options {
  const result = optionsSchema.safeParse(options);
  if (!result.success) {
    const known = Object.keys(optionsSchema.shape);
    const details = result.error.issues
      .flatMap((issue) =>
        issue.code === 'unrecognized_keys' && issue.path.length === 0
          ? issue.keys.map((key) => {
              const suggestion = closest(key, known);
              return distance(key, suggestion) <= 3
                ? `- "${key}" is not an option; did you mean "${suggestion}"?`
                : `- "${key}" is not an option (options: ${known.join(', ')})`;
            })
          : [`- option "${issue.path.join('.')}" ${issue.message}`],
      )
      .join('\n');
    throw new Error(`Invalid options for docusaurus-plugin-roadmap:\n${details}`);
  }
  return result.data;
}
