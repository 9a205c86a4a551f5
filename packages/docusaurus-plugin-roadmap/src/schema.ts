import {closest, distance} from 'fastest-levenshtein';
import * as z from 'zod';
import {UNPRINTABLE} from './format';
import {PERIOD_PATTERN} from './period';
import {UNKNOWN_SHIP_DATE} from './shipDate';
import {STATUSES, isStatus, statusOfTags, type Status} from './statuses';

/** An error for a missing key, or for a value of the wrong type. */
function typeError(expected: string) {
  return (issue: {input?: unknown}) =>
    issue.input === undefined ? `is required: ${expected}` : `must be ${expected}`;
}

/** Orders beyond this are typos; new entries take the next free one. */
export const MAX_ORDER = 9999;

/** Ids are anchors and URL segments: lowercase words joined by hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const KEBAB_CASE_ERROR =
  'must be kebab-case (lowercase letters, digits and single hyphens, e.g. "backend-services-mvp")';

const kebabId = (expected: string) =>
  z.string({error: typeError(expected)}).regex(KEBAB_CASE, {error: KEBAB_CASE_ERROR});

/**
 * One line of plain text that is safe wherever Docusaurus puts it, the
 * page's `<head>` included (a `<` there could close the `<script>` that
 * holds the page's structured data): no control characters, no `<`, and at
 * least one visible character.
 */
const plainText = (expected: string, maxLength: number) =>
  z
    .string({error: typeError(expected)})
    .trim()
    .min(1, {error: 'must not be empty'})
    .max(maxLength, {error: `must be at most ${maxLength} characters`})
    .regex(new RegExp(`^[^${UNPRINTABLE}]*$`), {
      error:
        'must be a single line of plain text, without control characters such as a line break, tab or text-direction override',
    })
    .regex(/^[^<]*$/, {
      error:
        'may not contain "<": front matter is plain text, and "<" could start markup in the page; write "less than" instead',
    })
    .regex(/[\p{L}\p{N}\p{P}\p{S}]/u, {
      error:
        'must have visible text (letters, digits or punctuation), not only invisible characters',
    });

/** https, a host, no user part, nothing that needs quoting. */
const HTTPS_URL = /^https:\/\/[^\s<>"'`@/?#]+(?:[/?#][^\s<>"'`]*)?$/;

const webUrl = (what: string) =>
  z
    .url({
      protocol: /^https$/,
      hostname: z.regexes.domain,
      error: `must be a full https:// URL of ${what}`,
    })
    .max(500, {error: 'must be at most 500 characters'})
    .refine((url) => HTTPS_URL.test(url), {
      error:
        'must be a plain https:// URL: no user name or password (a part before "@"), spaces, quotes or angle brackets',
    })
    .meta({description: `Full https:// URL of ${what}.`, format: 'uri', pattern: HTTPS_URL.source});

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
    title: plainText("text: the theme's heading", 150).meta({description: "The theme's heading."}),
    summary: plainText('text: one line that says what the theme delivers', 400).meta({
      description: 'One line that says what the theme delivers.',
    }),
    tags: z
      .array(plainText('a tag', 100), {
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
      .max(MAX_ORDER, {error: `must be at most ${MAX_ORDER}`})
      .meta({description: 'Position within its status, from 1; unique within a status.'}),
    aliases: z
      .array(kebabId('a list of old kebab-case ids'), {
        error: typeError('a list of old kebab-case ids'),
      })
      .default([])
      .meta({
        description: 'Old ids of this theme: /roadmap#<old-id> keeps landing here after a rename.',
      }),
    owner: plainText('text: the person, team or special interest group', 100)
      .optional()
      .meta({description: 'Who drives the theme: a person, team or special interest group.'}),
    tracking: webUrl('the tracking issue or epic').optional(),
    discussion: webUrl('the discussion').optional(),
    last_reviewed: isoDate('The day a maintainer last confirmed this entry is current').optional(),
    shipped_in: z
      .object(
        {
          version: plainText('text: the release, quoted, e.g. "1.6.0"', 50).meta({
            description: 'The release the theme shipped in, e.g. "1.6.0".',
          }),
          url: webUrl('the release notes').optional(),
        },
        {error: typeError('a release: {version: "1.6.0", url: https://…}')},
      )
      .strict()
      .optional()
      .meta({description: 'For shipped themes: the release they shipped in.'}),
    shipped_on: z
      .union(
        [
          isoDate('The day it shipped'),
          z
            .string()
            .regex(PERIOD_PATTERN)
            .meta({description: 'The quarter it shipped in, e.g. 2021-Q2.'}),
          z.literal(UNKNOWN_SHIP_DATE).meta({description: 'The date was never recorded.'}),
        ],
        {
          error:
            'must be the day it shipped (YYYY-MM-DD), the quarter if only that is known (e.g. 2021-Q2), or unknown',
        },
      )
      .optional()
      .meta({description: 'For shipped themes: when they shipped, as precisely as is known.'}),
    dropped_on: isoDate('For dropped themes: the day the maintainers dropped it').optional(),
    dropped_reason: plainText('text: one line that says why the theme was dropped', 300)
      .optional()
      .meta({description: 'For dropped themes: one line that says why, shown with the theme.'}),
    // Docusaurus's own doc keys that still make sense on an entry page.
    description: plainText('text: the page description', 400).optional(),
    keywords: z.array(plainText('a keyword', 100)).optional(),
    image: z
      .string()
      .regex(
        /^(?:https:\/\/[^\s<>"'`@]+|\/(?!\/)(?:[\w-]+\/)*[\w.-]+\.(?:png|jpe?g|gif|webp|avif))$/,
        {
          error: 'must be an https:// URL or an image under static/, e.g. /img/theme.png',
        },
      )
      .regex(/^(?!.*\.\.)/, {error: 'may not contain ".."'})
      .optional(),
    sidebar_label: plainText('text: the label in the sidebar', 150).optional(),
    draft: z.boolean().optional(),
    unlisted: z.boolean().optional(),
  })
  .strict()
  .meta({
    title: 'Roadmap entry front matter',
    description: 'The front matter of one roadmap entry file (docs/roadmap/<id>.md).',
  });

export type EntryFrontMatter = z.infer<typeof entryFrontMatterSchema>;

/** Every key an entry's front matter may have, in the schema's order. */
export const ENTRY_KEYS = Object.keys(entryFrontMatterSchema.shape) as (keyof EntryFrontMatter)[];

/** Docusaurus's own page keys an entry may set: they shape its page, not the roadmap. */
const PAGE_KEYS = [
  'description',
  'keywords',
  'image',
  'sidebar_label',
  'draft',
  'unlisted',
] as const;

type EntryDataKey = Exclude<keyof EntryFrontMatter, (typeof PAGE_KEYS)[number]>;

/** The roadmap's fields of an entry, in the schema's order. */
export const ENTRY_DATA_KEYS = ENTRY_KEYS.filter(
  (key): key is EntryDataKey => !(PAGE_KEYS as readonly string[]).includes(key),
);

/**
 * An entry as the roadmap uses it everywhere (outputs, generated modules,
 * components): the front matter's own fields under their own names, each
 * optional one null when absent, plus the status its tags give it.
 */
export type EntryData = {
  [K in EntryDataKey]-?: undefined extends EntryFrontMatter[K]
    ? Exclude<EntryFrontMatter[K], undefined> | null
    : EntryFrontMatter[K];
} & {status: Status};

/** An entry's data from its validated front matter. */
export function toEntryData(frontMatter: EntryFrontMatter): EntryData {
  const fields = Object.fromEntries(ENTRY_DATA_KEYS.map((key) => [key, frontMatter[key] ?? null]));
  return {...fields, status: statusOfTags(frontMatter.tags)!} as EntryData;
}

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
  if (Object.hasOwn(FORBIDDEN_KEYS, key)) {
    return FORBIDDEN_KEYS[key]!;
  }
  const suggestion = closest(key, ENTRY_KEYS);
  // Only suggest when the key is plausibly a typo of the suggestion.
  const likely = distance(key, suggestion) <= Math.max(2, Math.floor(suggestion.length / 3));
  return likely
    ? `is not a known key; did you mean "${suggestion}"?`
    : `is not a known key (known keys: ${ENTRY_KEYS.join(', ')})`;
}

/** A value for a message: JSON, cut short, never a crash on odd input. */
function describeValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
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
  // One problem per field: the first rule it breaks, as an author fixes them.
  const seen = new Set<string>();
  const issues = result.error.issues.filter((issue) => {
    const key = issue.code === 'unrecognized_keys' ? '' : issue.path.join('.');
    if (seen.has(key) && key !== '') return false;
    seen.add(key);
    return true;
  });
  const problems = issues.flatMap((issue): FieldProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      // A key inside an object (`shipped_in: {ver: …}`) is named with its parent.
      const parent = issue.path.map(String);
      return issue.keys.map((key) => ({
        field: [...parent, key].join('.'),
        message:
          parent.length > 0 ? `is not a known key of ${parent.join('.')}` : unknownKeyMessage(key),
      }));
    }
    // Named down to the object key (`shipped_in.version`), not a list position.
    const position = issue.path.findIndex((key) => typeof key !== 'string');
    const named = position < 0 ? issue.path : issue.path.slice(0, position);
    const field = named.length > 0 ? named.map(String).join('.') : undefined;
    let value: unknown = frontMatter;
    for (const key of named) {
      value =
        value !== null && typeof value === 'object'
          ? (value as Record<PropertyKey, unknown>)[key as PropertyKey]
          : undefined;
    }
    const got = field === undefined || value === undefined ? '' : ` (got ${describeValue(value)})`;
    return [{field, message: `${issue.message}${got}`}];
  });
  return {success: false, problems};
}
