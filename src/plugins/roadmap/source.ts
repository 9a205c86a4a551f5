import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER, Globby, GlobExcludeDefault} from '@docusaurus/utils';

/** One entry file as written, before any validation. */
export interface EntrySource {
  /** Path from the site root with `/` separators, e.g. `docs/roadmap/x.md`. */
  file: string;
  frontMatter: Record<string, unknown>;
  /** The Markdown after the front matter, untrimmed. */
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
  /** 1-based line of each top-level front-matter key. */
  keyLines: Record<string, number>;
  /** Why the front matter could not be read, if it could not. */
  parseError?: string;
}

const FRONT_MATTER_FENCE = /^---\s*$/;
const TOP_LEVEL_KEY = /^([A-Za-z_][\w-]*)\s*:(.*)$/;

/**
 * Splits a file into front-matter lines and body, remembering where each key
 * is so problems can point at the exact line (and GitHub at the diff line).
 */
function splitFrontMatter(raw: string): Pick<EntrySource, 'body' | 'bodyLine' | 'keyLines'> & {
  rawValues: Record<string, string>;
} {
  const lines = raw.split(/\r?\n/);
  const keyLines: Record<string, number> = {};
  const rawValues: Record<string, string> = {};
  if (!FRONT_MATTER_FENCE.test(lines[0] ?? '')) {
    return {body: raw, bodyLine: 1, keyLines, rawValues};
  }
  const end = lines.findIndex((line, i) => i > 0 && FRONT_MATTER_FENCE.test(line));
  if (end === -1) {
    return {body: raw, bodyLine: 1, keyLines, rawValues};
  }
  for (let i = 1; i < end; i++) {
    const match = TOP_LEVEL_KEY.exec(lines[i]!);
    if (match) {
      keyLines[match[1]!] = i + 1;
      rawValues[match[1]!] = match[2]!.trim();
    }
  }
  return {body: lines.slice(end + 1).join('\n'), bodyLine: end + 2, keyLines, rawValues};
}

/** `2022-07-01` as written, unquoted, whatever YAML made of it. */
function unquote(text: string): string {
  return text.replace(/^(['"])(.*)\1$/, '$2').replace(/\s+#.*$/, '');
}

/**
 * Parses one entry file with Docusaurus's own front-matter parser, so the
 * check sees exactly what the build sees.
 */
export async function parseEntrySource(file: string, raw: string): Promise<EntrySource> {
  const {body, bodyLine, keyLines, rawValues} = splitFrontMatter(raw);
  let frontMatter: Record<string, unknown>;
  try {
    ({frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: file, fileContent: raw}));
  } catch (error) {
    const parseError = error instanceof Error ? error.message : String(error);
    return {file, frontMatter: {}, body, bodyLine, keyLines, parseError};
  }
  // YAML turns an unquoted 2022-07-01 into a Date, and 2022-02-30 silently
  // into March 2; validate dates as the text the author wrote instead.
  const normalized: Record<string, unknown> = {...frontMatter};
  for (const [key, value] of Object.entries(frontMatter)) {
    if (value instanceof Date) {
      normalized[key] = rawValues[key] ? unquote(rawValues[key]) : value.toISOString().slice(0, 10);
    }
  }
  return {file, frontMatter: normalized, body, bodyLine, keyLines};
}

export interface RoadmapPaths {
  siteDir: string;
  /** The docs folder, relative to the site (e.g. `docs`). */
  docsDir: string;
  /** The entries folder, relative to the docs folder (e.g. `roadmap`). */
  entriesDir: string;
}

function toSitePath(siteDir: string, absolute: string): string {
  return path.relative(siteDir, absolute).split(path.sep).join('/');
}

/**
 * Every file the docs plugin would load from the entries folder (same
 * include and exclude globs), read from disk; `.mdx` files included so the
 * check can refuse them.
 */
export async function loadEntrySources({
  siteDir,
  docsDir,
  entriesDir,
}: RoadmapPaths): Promise<EntrySource[]> {
  const dir = path.join(siteDir, docsDir, entriesDir);
  const files = await Globby(['**/*.{md,mdx}'], {cwd: dir, ignore: GlobExcludeDefault});
  files.sort();
  return Promise.all(
    files.map(async (relative) => {
      const absolute = path.join(dir, relative);
      return parseEntrySource(toSitePath(siteDir, absolute), await readFile(absolute, 'utf8'));
    }),
  );
}
