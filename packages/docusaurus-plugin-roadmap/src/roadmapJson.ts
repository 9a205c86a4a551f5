import * as z from 'zod';
import type {Staleness} from './lifecycle';
import {PERIOD_PATTERN, type Period} from './period';
import {entryFrontMatterSchema} from './schema';
import {STATUSES} from './statuses';
import type {RoadmapEntry} from './types';

// Entry fields reuse the front-matter schema's own definitions.
const fields = entryFrontMatterSchema.shape;
const absoluteUrl = z.url({protocol: /^https?$/});

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
          id: fields.id,
          title: fields.title,
          summary: fields.summary,
          status: z.enum(STATUSES),
          order: fields.order,
          tags: z.array(z.string()),
          aliases: z.array(fields.id),
          owner: fields.owner.unwrap().nullable(),
          tracking: fields.tracking.unwrap().nullable(),
          discussion: fields.discussion.unwrap().nullable(),
          last_reviewed: fields.last_reviewed.unwrap().nullable(),
          shipped_in: fields.shipped_in.unwrap().nullable(),
          shipped_on: fields.shipped_on.unwrap().nullable(),
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
      id: e.id,
      title: e.title,
      summary: e.summary,
      status: e.status,
      order: e.order,
      tags: e.tags,
      aliases: e.aliases,
      owner: e.owner,
      tracking: e.tracking,
      discussion: e.discussion,
      last_reviewed: e.lastReviewed,
      shipped_in: e.shippedIn,
      shipped_on: e.shippedOn,
      url: absolute(e.permalink),
      anchor: `${absolute(overviewPermalink)}#${e.id}`,
      edit_url: e.editUrl,
    })),
  });
}
