import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import {headingAnchors, parseMarkdown, type HeadingAnchor} from './markdown';
import {RESERVED_ID} from './markup/allowList';
import {asDocusaurusReads, findMarkupProblems} from './markup/check';
import {placeholderProblems} from './placeholders';
import {earliestShipDay} from './shipDate';
import {validateEntryFrontMatter, type EntryFrontMatter} from './schema';
import {loadEntrySources, type EntrySource, type RoadmapPaths} from './source';
import {
  STATUSES,
  STATUS_SECTIONS,
  isStatus,
  statusOfTags,
  statusSections,
  type Status,
  type StatusSection,
  type StatusSections,
} from './statuses';
import type {Problem} from './types';

/** One entry that passed its own checks, with its validated front matter. */
export interface CheckedEntry {
  source: EntrySource;
  data: EntryFrontMatter;
  status: Status;
  /** Anchors of the headings inside the entry's text. */
  headings: HeadingAnchor[];
  /** `id`s the entry's text gives other elements (raw HTML, directives), by body line. */
  idAttributes: {id: string; line: number}[];
  /** In a translated site, the language of an entry left untranslated. */
  lang?: string;
}

/** What the entries are checked against, besides themselves. */
export interface CheckContext {
  /** The overview page, whose heading anchors entry ids must not take. */
  overview?: {file: string; anchors: readonly HeadingAnchor[]};
  /** Tags declared in the docs' tags file, or undefined to skip that check. */
  declaredTags?: {file: string; tags: ReadonlySet<string>};
  /** Today, `YYYY-MM-DD`: review and ship dates may not be later. */
  buildDate?: string;
  /** The docs folder (e.g. `docs`): relative links may not leave it. */
  docsDir?: string;
  /** The site's folder and its static folders: links into the site are judged by what exists there. */
  site?: {siteDir: string; staticDirs: readonly string[]};
  /** The status sections' labels and anchors, when the site has its own. */
  statuses?: StatusSections;
  /** The tags file the options name, when it does not exist. */
  missingTagsFile?: string;
}

/**
 * Whether a body may hold HTML, a link, an image, a heading, a directive or
 * MDX syntax: all of them need one of `<`, `[`, `]`, `#`, `{`, a setext
 * underline, or a line starting with `::` or `import`/`export`. Bodies without any are plain prose.
 */
const MAY_HOLD_MARKUP =
  /[<[\]#{]|^[ \t]*(?:import|export)\b|^ {0,3}(?:=+|-+)[ \t]*$|^ {0,3}::|mdx-code-block/m;

function checkOne(source: EntrySource, context: CheckContext, problems: Problem[]) {
  const {file} = source;
  // A nested field (`shipped_in.version`) is on its top-level key's line or below.
  const at = (field?: string) => (field ? (source.keyLines[field.split('.')[0]!] ?? 1) : 1);
  if (source.parseError) {
    problems.push({file, line: source.parseErrorLine ?? 1, message: source.parseError});
    return undefined;
  }
  if (file.endsWith('.mdx')) {
    problems.push({
      file,
      line: 1,
      message:
        'is an MDX file; entries are plain Markdown (MDX can run code), rename it to .md and remove any JSX',
    });
  }
  const name = path.posix
    .basename(file)
    .replace(/\.mdx?$/, '')
    .toLowerCase();
  const folder = path.posix.basename(path.posix.dirname(file)).toLowerCase();
  if (name === 'index' || name === 'readme' || name === folder) {
    // Docusaurus makes such a file the folder's own page, over the overview.
    problems.push({
      file,
      line: 1,
      message: `is named like the folder's index page, which Docusaurus publishes at the folder's URL; name it after the entry's id (<id>.md)`,
    });
  }
  const result = validateEntryFrontMatter(source.frontMatter);
  if (!result.success) {
    problems.push(...result.problems.map((p) => ({file, line: at(p.field), ...p})));
  }
  if (context.declaredTags && Array.isArray(source.frontMatter.tags)) {
    const {file: tagsFile, tags: declared} = context.declaredTags;
    for (const tag of source.frontMatter.tags) {
      if (typeof tag === 'string' && !declared.has(tag) && !isStatus(tag)) {
        problems.push({
          file,
          line: at('tags'),
          field: 'tags',
          message: `has tag "${tag}", which is not declared in ${tagsFile}; declare it there or use one of: ${[...declared].join(', ')}`,
        });
      }
    }
  }
  problems.push(
    ...checkStatusFields(source),
    ...checkPastDates(source, context.buildDate),
    ...placeholderProblems(source),
  );
  if (source.body.trim() === '') {
    problems.push({
      file,
      line: source.bodyLine,
      message:
        'has no text below the front matter: say what the theme delivers and why, in a paragraph or two',
    });
  }
  // Plain prose needs no Markdown parse: parsing is most of the check's time.
  const tree = MAY_HOLD_MARKUP.test(source.body)
    ? parseMarkdown(asDocusaurusReads(source.body))
    : undefined;
  const idAttributes: {id: string; line: number}[] = [];
  const location = {file, docsDir: context.docsDir ?? file.split('/')[0]!, ...context.site};
  const onAnchor = (anchor: {id: string; line: number}) => idAttributes.push(anchor);
  for (const problem of tree ? findMarkupProblems(source.body, tree, {location, onAnchor}) : []) {
    problems.push({file, line: source.bodyLine + problem.line - 1, message: problem.message});
  }
  const headings = tree ? headingAnchors(source.body, tree) : [];
  for (const heading of headings.filter((h) => RESERVED_ID.test(h.anchor))) {
    problems.push({
      file,
      line: source.bodyLine + heading.line - 1,
      message: `heading "${heading.text}" gets the anchor #${heading.anchor}, a name the page itself uses; give it another with {#another-id}`,
    });
  }
  if (!result.success) {
    return undefined;
  }
  return {
    source,
    data: result.data,
    status: statusOfTags(result.data.tags)!,
    headings,
    idAttributes,
  };
}

const PAST_DATE_KEYS = ['last_reviewed', 'shipped_on', 'dropped_on'] as const;

/** A review or a release cannot lie in the future. */
function checkPastDates(source: EntrySource, buildDate: string | undefined): Problem[] {
  if (!buildDate) return [];
  return PAST_DATE_KEYS.flatMap((key): Problem[] => {
    // Only well-formed dates: the schema reports any other value already.
    const raw = source.frontMatter[key];
    const wellFormed = typeof raw === 'string' && /^\d{4}-(?:\d{2}-\d{2}|Q[1-4])$/.test(raw);
    const value = wellFormed ? earliestShipDay(raw) : undefined;
    return value !== undefined && value > buildDate
      ? [
          {
            file: source.file,
            line: source.keyLines[key] ?? 1,
            field: key,
            message: `is ${String(raw)}, after today (${buildDate}); write the day it happened`,
          },
        ]
      : [];
  });
}

/**
 * Fields that belong to one status: what each says, for a required one's
 * message (`null` when it is optional: `shipped_in` only if a release is known).
 */
const STATUS_FIELDS = {
  shipped: {
    shipped_in: null,
    shipped_on:
      'the day it shipped (YYYY-MM-DD), the quarter (2021-Q2) if only that is known, or unknown',
  },
  dropped: {
    dropped_on: 'the day it was dropped (YYYY-MM-DD)',
    dropped_reason: 'one line that says why, for readers who waited for it',
  },
} as const satisfies Partial<Record<Status, Record<string, string | null>>>;

/** Shipped themes say when and in what they shipped, dropped ones when and why; others do not. */
function checkStatusFields(source: EntrySource): Problem[] {
  const {file, frontMatter, keyLines} = source;
  const tags: unknown[] = Array.isArray(frontMatter.tags) ? frontMatter.tags : [];
  return Object.entries(STATUS_FIELDS).flatMap(([status, fields]) => {
    const hasStatus = tags.includes(status);
    return Object.entries(fields as Record<string, string | null>).flatMap(
      ([key, what]): Problem[] => {
        const present = frontMatter[key] !== undefined;
        if (hasStatus && !present && what) {
          return [
            {
              file,
              line: keyLines.tags ?? 1,
              field: key,
              message: `is required for a ${status} theme: ${what}`,
            },
          ];
        }
        if (!hasStatus && present) {
          return [
            {
              file,
              line: keyLines[key] ?? 1,
              field: key,
              message: `belongs to ${status} themes only: set tags: [${status}], or remove it`,
            },
          ];
        }
        return [];
      },
    );
  });
}

/** Who holds an anchor on the overview page, for collision messages. */
interface Claim {
  file: string;
  what: string;
}

function describeClaim({file, what}: Claim): string {
  if (what === 'id') return `the id of ${file}`;
  if (what === 'alias') return `an alias of ${file}`;
  return `the anchor of ${what} in ${file}`;
}

/**
 * Anchors on the overview page must be unique: each entry's id and aliases,
 * the overview's own headings and the headings inside entry bodies.
 */
function findAnchorCollisions(entries: readonly CheckedEntry[], context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const claims = new Map<string, Claim>();
  for (const status of STATUSES) {
    const {anchor, label} = (context.statuses ?? STATUS_SECTIONS)[status];
    claims.set(anchor, {
      file: context.overview?.file ?? 'the overview',
      what: `section "${label}"`,
    });
  }
  for (const heading of context.overview?.anchors ?? []) {
    claims.set(heading.anchor, {file: context.overview!.file, what: `heading "${heading.text}"`});
  }
  const claim = (anchor: string, owner: Claim, onTaken: (taken: Claim) => void) => {
    const taken = claims.get(anchor);
    if (taken) {
      onTaken(taken);
    } else {
      claims.set(anchor, owner);
    }
  };
  const ordered = [...entries].sort((a, b) => a.source.file.localeCompare(b.source.file));
  for (const {source, data} of ordered) {
    const {file, keyLines} = source;
    claim(data.id, {file, what: 'id'}, (taken) => {
      if (taken.what !== 'id') {
        problems.push({
          file,
          line: keyLines.id ?? 1,
          field: 'id',
          message: `"${data.id}" is already ${describeClaim(taken)}; pick another id`,
        });
        return;
      }
      // Blame both files: either may be the one a pull request changed.
      const other = entries.find((e) => e.source.file === taken.file)!.source;
      for (const [one, two] of [
        [other, source],
        [source, other],
      ] as const) {
        problems.push({
          file: one.file,
          line: one.keyLines.id ?? 1,
          field: 'id',
          message: `"${data.id}" is also the id of ${two.file}; ids must be unique, rename one of them`,
        });
      }
    });
  }
  for (const {source, data} of ordered) {
    const {file, keyLines} = source;
    for (const alias of data.aliases ?? []) {
      claim(alias, {file, what: 'alias'}, (taken) =>
        problems.push({
          file,
          line: keyLines.aliases ?? 1,
          field: 'aliases',
          message: `"${alias}" is already ${describeClaim(taken)}; an old id can lead to one theme only, remove it`,
        }),
      );
    }
  }
  for (const {source, idAttributes} of ordered) {
    for (const {id, line} of idAttributes) {
      claim(id, {file: source.file, what: `id="${id}"`}, (taken) =>
        problems.push({
          file: source.file,
          line: source.bodyLine + line - 1,
          message: `id="${id}" is already ${describeClaim(taken)} on the overview page, where ids must be unique; remove the id or pick another`,
        }),
      );
    }
  }
  for (const {source, headings} of ordered) {
    for (const heading of headings) {
      claim(heading.anchor, {file: source.file, what: `heading "${heading.text}"`}, (taken) =>
        problems.push({
          file: source.file,
          line: source.bodyLine + heading.line - 1,
          message: `heading "${heading.text}" gets the anchor #${heading.anchor}, which is already ${describeClaim(taken)} on the overview page; give the heading its own anchor with {#another-id} after its text`,
        }),
      );
    }
  }
  return problems;
}

function findOrderConflicts(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const byOrder = new Map<string, CheckedEntry>();
  for (const entry of [...entries].sort((a, b) => a.source.file.localeCompare(b.source.file))) {
    const key = `${entry.status}:${entry.data.order}`;
    const same = byOrder.get(key);
    if (same) {
      problems.push({
        file: entry.source.file,
        line: entry.source.keyLines.order ?? 1,
        field: 'order',
        message: `${entry.data.order} is already used by ${same.source.file} in status "${entry.status}"; give each entry of a status its own order`,
      });
    } else {
      byOrder.set(key, entry);
    }
  }
  return problems;
}

/**
 * Checks every entry file, then the entries against each other and the
 * overview. Reports every problem found, never just the first.
 */
export function checkEntrySources(
  sources: readonly EntrySource[],
  context: CheckContext = {},
): {entries: CheckedEntry[]; problems: Problem[]} {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  for (const source of sources) {
    const entry = checkOne(source, context, problems);
    if (entry) {
      entries.push(entry);
    }
  }
  problems.push(...findAnchorCollisions(entries, context), ...findOrderConflicts(entries));
  if (context.missingTagsFile && sources.length > 0) {
    problems.push({
      file: context.missingTagsFile,
      message: `does not exist: declare the statuses there (${STATUSES.join(', ')}) and every other tag an entry uses, as the README shows; the docs plugin reads it`,
    });
  }
  return {entries, problems};
}

export interface RoadmapFiles extends RoadmapPaths {
  /** The overview page, relative to the docs folder (e.g. `roadmap.mdx`). */
  overview?: string;
  /** The docs plugin's tags file, relative to the docs folder (e.g. `tags.yml`). */
  tagsFile?: string;
  /** Today, `YYYY-MM-DD`. */
  buildDate?: string;
  /** The site's static folders, from the site root (`staticDirectories`); `static` if not given. */
  staticDirs?: readonly string[];
  /** The site's own status labels and anchors (the plugin's `statuses` option). */
  statuses?: Partial<Record<Status, Partial<StatusSection>>>;
}

/** Reads the entries, and what they are checked against, from disk. */
export async function loadRoadmap(
  files: RoadmapFiles,
): Promise<{sources: EntrySource[]; context: CheckContext}> {
  const {siteDir, docsDir} = files;
  const docsPath = docsDir.split(path.sep).join('/');
  const sitePath = (name: string) => path.posix.join(docsPath, name);
  const context: CheckContext = {
    buildDate: files.buildDate,
    docsDir: docsPath,
    site: {
      siteDir,
      // Docusaurus takes them from the site folder, or as absolute paths.
      staticDirs: (files.staticDirs ?? ['static']).map((dir) =>
        path.relative(siteDir, path.resolve(siteDir, dir)).split(path.sep).join('/'),
      ),
    },
    statuses: statusSections(files.statuses),
  };
  if (files.overview) {
    const overviewPath = path.join(siteDir, docsDir, files.overview);
    if (existsSync(overviewPath)) {
      context.overview = {
        file: sitePath(files.overview),
        anchors: headingAnchors(await readFile(overviewPath, 'utf8')),
      };
    }
  }
  if (files.tagsFile) {
    const tagsPath = path.join(siteDir, docsDir, files.tagsFile);
    if (!existsSync(tagsPath)) {
      context.missingTagsFile = sitePath(files.tagsFile);
    } else {
      const declared = yaml.load(await readFile(tagsPath, 'utf8'));
      context.declaredTags = {
        file: sitePath(files.tagsFile),
        tags: new Set(declared && typeof declared === 'object' ? Object.keys(declared) : []),
      };
    }
  }
  return {sources: await loadEntrySources(files), context};
}

/** Reads the entries, overview and tags file from disk and checks them. */
export async function checkRoadmap(files: RoadmapFiles) {
  const {sources, context} = await loadRoadmap(files);
  return {...checkEntrySources(sources, context), context};
}
