import type {OptionValidationContext} from '@docusaurus/types';
import {closest, distance} from 'fastest-levenshtein';
import * as z from 'zod';
import {today} from './lifecycle';
import {PERIOD_PATTERN} from './period';
import {KEBAB_CASE} from './schema';
import {STATUSES, type Status} from './statuses';

/**
 * An option's text for readers: the package README's options table is
 * generated from it (`npm run docs:options`), `shown` standing in for a
 * default that reads better in words.
 */
const doc = <T extends z.ZodType>(schema: T, description: string, shown?: string): T =>
  schema.meta(shown ? {description, shown} : {description});

const statusWords = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[^<]*$/);

/** Every option with its default and its documentation: the one definition. */
export const optionsSchema = z
  .object({
    period: doc(
      z.string().regex(PERIOD_PATTERN, {error: 'must be a quarter such as "2022-Q3"'}),
      "The quarter \"What's next\" covers, e.g. `'2026-Q4'`, until `roadmap close-quarter` closes it; from then on, the quarter after the last one closed (no config edit).",
      '(required)',
    ),
    historyDir: doc(
      z.string().min(1).default('history'),
      'Where `close-quarter` writes one page per closed quarter, relative to the docs folder.',
    ),
    id: doc(
      z.string().default('default'),
      'The instance id. Two roadmaps in one site need two ids; the modules are then `@roadmap/<id>/…`.',
    ),
    docsPluginId: doc(
      z.string().default('default'),
      'The docs plugin instance the entries belong to.',
    ),
    docsDir: doc(
      z.string().min(1).default('docs'),
      "That docs plugin's folder (its `path`), relative to the site.",
    ),
    entriesDir: doc(
      z.string().min(1).default('roadmap'),
      "The entries' folder, relative to the docs folder.",
    ),
    overview: doc(
      z.string().min(1).default('roadmap.mdx'),
      'The page that renders the roadmap, relative to the docs folder: entry ids may not take its heading anchors.',
    ),
    tagsFile: doc(
      z.string().min(1).default('tags.yml'),
      "The docs plugin's tags file, relative to the docs folder.",
    ),
    routeBasePath: doc(
      z.string().default('/'),
      "Where the status and owner pages, `roadmap.json` and the feeds go, under the site's `baseUrl`.",
    ),
    staleAfterDays: doc(
      z.number().int().min(0).default(14),
      "Days after the period's end before the roadmap says it may be out of date (and the build warns).",
    ),
    strict: doc(
      z.boolean().default(false),
      'Fail the build, instead of warning, when the roadmap is out of date.',
    ),
    buildDate: doc(
      z.iso
        .date({error: 'must be a date written YYYY-MM-DD'})
        .optional()
        .transform((date) => date ?? today()),
      'The day the build counts as today, `YYYY-MM-DD`: for reproducible builds and tests.',
      'today (UTC)',
    ),
    newEntryUrl: doc(
      z.url({protocol: /^https?$/}).optional(),
      'GitHub\'s "new file" URL of the entries folder; the overview then links "Propose a theme".',
      'none',
    ),
    recentlyShipped: doc(
      z
        .object({
          count: z.number().int().min(0).default(5),
          days: z.number().int().min(0).default(180),
        })
        .strict()
        .default({count: 5, days: 180}),
      'Which shipped themes the overview lists; the archive lists them all.',
    ),
    // A long roadmap stays light to load: each theme keeps its own page.
    overviewLimit: doc(
      z.number().int().min(1).default(100),
      "Past this many themes on the overview (next, future, recently shipped) it is compact: its table lists the first 10 of each status, linking to their pages, each section links to its status page, and `#<id>` links to a theme lead to its page. `roadmapSidebarItemsGenerator` links each status's page instead of listing every theme once the entries folder holds more than `overviewLimit` entries (shipped ones included).",
    ),
    badgeColors: doc(
      z
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
      'The status badges\' colours, `#rrggbb`, e.g. `{next: \'#0f6b58\'}` for your primary colour: `label` is the left half ("roadmap", "shipped"), `next`, `future`, `shipped`, `dropped` the right half. The text is white: keep 4.5:1 contrast.',
      'grey, green, purple, blue, grey',
    ),
    statuses: doc(
      z
        .partialRecord(
          z.enum(STATUSES),
          z
            .object({
              label: statusWords,
              group: statusWords,
              anchor: z.string().regex(KEBAB_CASE, {error: 'must be a kebab-case anchor'}),
            })
            .partial()
            .strict(),
        )
        .default({}),
      'A status\'s words on the site, e.g. `{next: {label: \'Now\', group: \'Now\'}}`: `label` titles its section and table column, `group` its page, sidebar category and feed entries, `anchor` its section\'s id. Defaults: next "What\'s next" (`#whats-next`), future "Future work" (`#future-work`), shipped "Recently shipped" / "Shipped" (`#recently-shipped`). The four statuses themselves (next, future, shipped, dropped; dropped "Dropped", `#dropped`) are fixed.',
      'the words below',
    ),
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
