import * as z from 'zod';
import type {Staleness} from './lifecycle';
import {PERIOD_PATTERN, type Period} from './period';
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
        })
        .strict(),
    ),
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
  }: {
    period: Period;
    buildDate: string;
    staleness: Staleness;
    /** The site's `url`, e.g. `https://backstage.github.io`. */
    siteOrigin: string;
    /** The overview's permalink, base URL included. */
    overviewPermalink: string;
  },
): RoadmapJson {
  const absolute = (permalink: string) => new URL(permalink, siteOrigin).href;
  const sorted = [...entries].sort(
    (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || a.order - b.order,
  );
  return roadmapJsonSchema.parse({
    period: {id: period.id, label: period.shortLabel, start: period.start, end: period.end},
    generated_on: buildDate,
    stale: staleness.stale,
    last_reviewed: staleness.lastReviewed,
    entries: sorted.map((e) => ({
      ...pick(e, ENTRY_DATA_KEYS),
      status: e.status,
      url: absolute(e.permalink),
      anchor: `${absolute(overviewPermalink)}#${e.id}`,
      edit_url: e.edit_url,
    })),
  });
}
