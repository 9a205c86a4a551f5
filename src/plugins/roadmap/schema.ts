import {closest, distance} from 'fastest-levenshtein';
import * as z from 'zod';
import {STATUSES, isStatus} from './statuses';

/** An error for a missing key, or for a value of the wrong type. */
function typeError(expected: string) {
  return (issue: {input?: unknown}) =>
    issue.input === undefined ? `is required: ${expected}` : `must be ${expected}`;
}

/** Ids are anchors and URL segments: lowercase words joined by hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const KEBAB_CASE_ERROR =
  'must be kebab-case (lowercase letters, digits and single hyphens, e.g. "backend-services-mvp")';

const kebabId = (expected: string) =>
  z.string({error: typeError(expected)}).regex(KEBAB_CASE, {error: KEBAB_CASE_ERROR});

const webUrl = (what: string) =>
  z
    .url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: `must be a full https:// URL of ${what}`,
    })
    .meta({description: `Full https:// URL of ${what}.`});

const isoDate = (what: string) =>
  z.iso
    .date({error: 'must be a real date written YYYY-MM-DD, e.g. 2022-07-01'})
    .meta({description: `${what}, written YYYY-MM-DD.`});

/**
 * The front matter of one roadmap entry: the single source of truth for what
 * an entry may say. TypeScript types, the build's validation, `roadmap:check`
 * and the published JSON Schema all derive from it. Unknown keys are rejected
 * so a typo does not silently drop data.
 */
export const entryFrontMatterSchema = z
  .object({
    id: kebabId('a stable kebab-case id, used as the anchor').meta({
      description:
        'Stable kebab-case id: the anchor /roadmap#<id> and the page /roadmap/<id>. Unique across entries; never change it once published (list old ids in `aliases`).',
    }),
    title: z
      .string({error: typeError("text: the theme's heading")})
      .trim()
      .min(1, {error: 'must not be empty'})
      .meta({description: "The theme's heading."}),
    summary: z
      .string({error: typeError('text: one line that says what the theme delivers')})
      .trim()
      .min(1, {error: 'must not be empty'})
      .regex(/^[^\n]*$/, {error: 'must be a single line'})
      .meta({description: 'One line that says what the theme delivers.'}),
    tags: z
      .array(z.string(), {
        error: typeError(`a list holding exactly one status tag (${STATUSES.join(', ')})`),
      })
      .superRefine((tags, ctx) => {
        const statuses = tags.filter(isStatus);
        if (statuses.length !== 1) {
          ctx.addIssue({
            code: 'custom',
            message:
              statuses.length === 0
                ? `needs exactly one status tag (${STATUSES.join(', ')})`
                : `has ${statuses.length} status tags (${statuses.join(', ')}); keep exactly one`,
          });
        }
      })
      .meta({
        description: `Exactly one status tag (${STATUSES.join(', ')}), plus any other tag declared in docs/tags.yml.`,
        contains: {enum: [...STATUSES]},
        minContains: 1,
        maxContains: 1,
      }),
    order: z
      .number({error: typeError('a whole number ≥ 1, the position within its status')})
      .int({error: 'must be a whole number ≥ 1'})
      .min(1, {error: 'must be a whole number ≥ 1'})
      .meta({description: 'Position within its status, from 1; unique within a status.'}),
    aliases: z
      .array(kebabId('a list of old kebab-case ids'), {
        error: typeError('a list of old kebab-case ids'),
      })
      .optional()
      .meta({
        description: 'Old ids of this theme: /roadmap#<old-id> keeps landing here after a rename.',
      }),
    owner: z
      .string({error: typeError('text: the person, team or special interest group')})
      .trim()
      .min(1, {error: 'must not be empty'})
      .regex(/^[^\n]*$/, {error: 'must be a single line'})
      .optional()
      .meta({description: 'Who drives the theme: a person, team or special interest group.'}),
    tracking: webUrl('the tracking issue or epic').optional(),
    discussion: webUrl('the discussion').optional(),
    last_reviewed: isoDate('The day a maintainer last confirmed this entry is current').optional(),
    shipped_in: z
      .object(
        {
          version: z
            .string({error: typeError('text: the release, quoted, e.g. "1.6.0"')})
            .trim()
            .min(1, {error: 'must not be empty'})
            .meta({description: 'The release the theme shipped in, e.g. "1.6.0".'}),
          url: webUrl('the release notes').optional(),
        },
        {error: typeError('a release: {version: "1.6.0", url: https://…}')},
      )
      .strict()
      .optional()
      .meta({description: 'For shipped themes: the release they shipped in.'}),
    shipped_on: isoDate('For shipped themes: the day they shipped').optional(),
    // Docusaurus's own doc keys that still make sense on an entry page.
    description: z.string().optional(),
    keywords: z.array(z.string()).optional(),
    image: z.string().optional(),
    sidebar_label: z.string().optional(),
    draft: z.boolean().optional(),
    unlisted: z.boolean().optional(),
  })
  .strict()
  .meta({
    title: 'Roadmap entry front matter',
    description: 'The front matter of one roadmap entry file (docs/roadmap/<id>.md).',
  });

export type EntryFrontMatter = z.infer<typeof entryFrontMatterSchema>;

export const ENTRY_KEYS = Object.keys(entryFrontMatterSchema.shape);

/** Keys that would turn an entry back into code; see `unknownKeyMessage`. */
const FORBIDDEN_KEYS: Record<string, string> = {
  mdx: 'would switch the entry to MDX, which can run code; entries are plain Markdown, remove it',
};

/** The JSON Schema editors and tools can validate entry front matter with. */
export function entryJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(entryFrontMatterSchema, {io: 'input', target: 'draft-2020-12'});
}

/** The JSON Schema as the file the site serves: stable, readable, newline-terminated. */
export function entryJsonSchemaText(): string {
  return `${JSON.stringify(entryJsonSchema(), null, 2)}\n`;
}

function unknownKeyMessage(key: string): string {
  if (key in FORBIDDEN_KEYS) {
    return FORBIDDEN_KEYS[key]!;
  }
  const suggestion = closest(key, ENTRY_KEYS);
  // Only suggest when the key is plausibly a typo of the suggestion.
  const likely = distance(key, suggestion) <= Math.max(2, Math.floor(suggestion.length / 3));
  return likely
    ? `is not a known key; did you mean "${suggestion}"?`
    : `is not a known key (known keys: ${ENTRY_KEYS.join(', ')})`;
}

export interface FieldProblem {
  /** Front-matter key, or undefined for the whole front matter. */
  field?: string;
  message: string;
}

/** Validates one entry's front matter; returns the data or every problem. */
export function validateEntryFrontMatter(
  frontMatter: Record<string, unknown>,
): {success: true; data: EntryFrontMatter} | {success: false; problems: FieldProblem[]} {
  const result = entryFrontMatterSchema.safeParse(frontMatter);
  if (result.success) {
    return {success: true, data: result.data};
  }
  const problems = result.error.issues.flatMap((issue): FieldProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({field: key, message: unknownKeyMessage(key)}));
    }
    const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    const value = field === undefined ? undefined : frontMatter[field];
    const got = value === undefined ? '' : ` (got ${JSON.stringify(value)})`;
    return [{field, message: `${issue.message}${got}`}];
  });
  return {success: false, problems};
}
