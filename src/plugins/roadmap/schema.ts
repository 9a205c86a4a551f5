import * as z from 'zod';
import {STATUSES, isStatus} from './statuses';

/** An error for a missing key, or for a value of the wrong type. */
function typeError(expected: string) {
  return (issue: {input?: unknown}) =>
    issue.input === undefined ? `is required: ${expected}` : `must be ${expected}`;
}

/** Ids are anchors and URL segments: lowercase words joined by hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The front matter of one roadmap entry: the single source of truth for what
 * an entry may say. Types, the build's validation and later tooling derive
 * from it. Unknown keys are rejected so a typo does not silently drop data.
 */
export const entryFrontMatterSchema = z
  .object({
    id: z
      .string({error: typeError('a stable kebab-case id, used as the anchor')})
      .regex(KEBAB_CASE, {
        error: 'must be kebab-case (lowercase letters, digits and single hyphens, e.g. "backend-services-mvp")',
      }),
    title: z
      .string({error: typeError("text: the theme's heading")})
      .trim()
      .min(1, {error: 'must not be empty'}),
    summary: z
      .string({error: typeError('text: one line that says what the theme delivers')})
      .trim()
      .min(1, {error: 'must not be empty'})
      .regex(/^[^\n]*$/, {error: 'must be a single line'}),
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
      }),
    order: z
      .number({error: typeError('a whole number ≥ 1, the position within its status')})
      .int({error: 'must be a whole number ≥ 1'})
      .min(1, {error: 'must be a whole number ≥ 1'}),
    // Docusaurus's own doc keys that still make sense on an entry page.
    description: z.string().optional(),
    keywords: z.array(z.string()).optional(),
    image: z.string().optional(),
    sidebar_label: z.string().optional(),
    draft: z.boolean().optional(),
    unlisted: z.boolean().optional(),
  })
  .strict();

export type EntryFrontMatter = z.infer<typeof entryFrontMatterSchema>;

export const ENTRY_KEYS = Object.keys(entryFrontMatterSchema.shape);

export interface FieldProblem {
  /** Front-matter key, or undefined for the whole front matter. */
  field?: string;
  message: string;
}

/** Validates one entry's front matter; returns the data or every problem. */
export function validateEntryFrontMatter(
  frontMatter: Record<string, unknown>,
):
  | {success: true; data: EntryFrontMatter}
  | {success: false; problems: FieldProblem[]} {
  const result = entryFrontMatterSchema.safeParse(frontMatter);
  if (result.success) {
    return {success: true, data: result.data};
  }
  const problems = result.error.issues.flatMap((issue): FieldProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: key,
        message: `is not a known key (known keys: ${ENTRY_KEYS.join(', ')})`,
      }));
    }
    const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    const value = field === undefined ? undefined : frontMatter[field];
    const got = value === undefined ? '' : ` (got ${JSON.stringify(value)})`;
    return [{field, message: `${issue.message}${got}`}];
  });
  return {success: false, problems};
}
