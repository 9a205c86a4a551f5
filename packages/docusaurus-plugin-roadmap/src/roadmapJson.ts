import * as z from 'zod';
import type {Staleness} from './lifecycle';
import {PERIOD_PATTERN, type Period} from './period';
import {OUTCOMES, STORY_EVENT_KINDS, type Memory} from './memory';
import {ENTRY_DATA_KEYS, entryFrontMatterSchema} from './schema';
import {STATUSES} from './statuses';
import {pick, type RoadmapEntry} from './types';

const absoluteUrl = z.url({protocol: /^https?$/});

// Each entry's fields are the front matter's own, under their own names,
// each optional one null when absent: the schema's definitions, reused.
const entryFields = Object.fromEntries(
  ENTRY_DATA_KEYS.map((key) => {
    const field = entryFrontMatterSchema.shape[key];
    return [key, field instanceof z.ZodOptional ? field.unwrap().nullable() : field];
  }),
) as unknown as {[K in (typeof ENTRY_DATA_KEYS)[number]]: z.ZodType<RoadmapEntry[K]>};

const quarter = z.string().regex(PERIOD_PATTERN);

const storyEventSchema = z
  .object({
    kind: z.enum(STORY_EVENT_KINDS),
    date: z.iso.date(),
    quarter,
    status: z.enum(STATUSES),
    from: z.enum(STATUSES).optional(),
    from_id: z.string().optional(),
    version: z.string().optional(),
    reason: z.string().optional(),
  })
  .strict();

const outcome = z.enum(OUTCOMES);

const deliverySchema = z
  .object({
    quarters: z.array(
      z
        .object({
          quarter,
          promised: z.array(z.object({id: z.string(), title: z.string(), outcome}).strict()),
          counts: z.record(outcome, z.number().int().min(0)),
          rate: z.number().min(0).max(1).nullable(),
        })
        .strict(),
    ),
    last_four: z
      .object({
        quarters: z.array(quarter),
        promised: z.number().int().min(0),
        shipped: z.number().int().min(0),
        rate: z.number().min(0).max(1).nullable(),
      })
      .strict(),
  })
  .strict()
  .meta({
    description:
      'For each closed quarter, what was "next" at its start and what became of it by its end.',
  });

/** The shape of `/roadmap.json`: what tools may rely on. */
export const roadmapJsonSchema = z
  .object({
    period: z
      .object({
        id: z.string().regex(PERIOD_PATTERN),
        label: z.string(),
        start: z.iso.date(),
        end: z.iso.date(),
      })
      .strict()
      .meta({description: 'The period "next" covers.'}),
    generated_on: z.iso.date().meta({description: 'The build date.'}),
    stale: z.boolean().meta({description: 'Whether the period had ended at the build date.'}),
    last_reviewed: z.iso.date().nullable(),
    entries: z.array(
      z
        .object({
          ...entryFields,
          status: z.enum(STATUSES),
          url: absoluteUrl.meta({description: "The theme's own page."}),
          anchor: absoluteUrl.meta({description: 'The theme on the overview page.'}),
          edit_url: absoluteUrl.nullable(),
          history: z.array(storyEventSchema).meta({
            description:
              "The theme's story from git, oldest first; empty when the build had no history.",
          }),
        })
        .strict(),
    ),
    history_known: z
      .boolean()
      .meta({description: 'False when the build had no git history (a shallow clone).'}),
    delivery: deliverySchema,
  })
  .strict()
  .meta({
    title: 'Roadmap',
    description:
      'Every roadmap entry with its status and links, and the period the roadmap covers.',
  });

export type RoadmapJson = z.infer<typeof roadmapJsonSchema>;

export function roadmapJsonSchemaText(): string {
  return `${JSON.stringify(z.toJSONSchema(roadmapJsonSchema, {io: 'output'}), null, 2)}\n`;
}

/** The machine-readable roadmap: entries by status and order. */
export function buildRoadmapJson(
  entries: readonly RoadmapEntry[],
  {
    period,
    buildDate,
    staleness,
    siteOrigin,
    overviewPermalink,
    memory,
    periodLabel = period.shortLabel,
  }: {
    /** The roadmap's memory; without it, no history. */
    memory?: Memory;
    period: Period;
    buildDate: string;
    staleness: Staleness;
    /** The site's `url`, e.g. `https://backstage.github.io`. */
    siteOrigin: string;
    /** The overview's permalink, base URL included. */
    overviewPermalink: string;
    /** The period in words, in the site's language ("July–September 2022" unless given). */
    periodLabel?: string;
  },
): RoadmapJson {
  const absolute = (permalink: string) => new URL(permalink, siteOrigin).href;
  const sorted = [...entries].sort(
    (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || a.order - b.order,
  );
  return roadmapJsonSchema.parse({
    period: {id: period.id, label: periodLabel, start: period.start, end: period.end},
    generated_on: buildDate,
    stale: staleness.stale,
    last_reviewed: staleness.lastReviewed,
    entries: sorted.map((e) => ({
      ...pick(e, ENTRY_DATA_KEYS),
      status: e.status,
      url: absolute(e.permalink),
      anchor: `${absolute(overviewPermalink)}#${e.id}`,
      edit_url: e.edit_url,
      history: memory?.stories.get(e.id) ?? [],
    })),
    history_known: memory !== undefined,
    delivery: {
      quarters: (memory?.delivery.quarters ?? []).map(({promised, ...rest}) => ({
        ...rest,
        promised: promised.map(({id, title, outcome}) => ({id, title, outcome})),
      })),
      last_four: memory?.delivery.lastFour ?? {quarters: [], promised: 0, shipped: 0, rate: null},
    },
  });
}
