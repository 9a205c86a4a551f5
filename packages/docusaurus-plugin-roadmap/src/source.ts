import {isUtf8} from 'node:buffer';
import {lstat, readFile} from 'node:fs/promises';
import path from 'node:path';
import {Globby, GlobExcludeDefault} from '@docusaurus/utils';
import {FrontMatterError, parseFrontMatter, type ParsedFrontMatter} from './frontMatter';

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
  /** Why the file could not be read as an entry, if it could not. */
  parseError?: string;
  /** The line `parseError` is about. */
  parseErrorLine?: number;
}

/**
 * The largest entry file: a theme is a few paragraphs, and Markdown parsers
 * (the build's included) slow down more than linearly on some input.
 */
export const MAX_ENTRY_BYTES = 32 * 1024;

/** Containers nested deeper than this overflow the parsers' stacks. */
const MAX_NESTING = 32;
const CONTAINER_MARKER = /[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*/y;

/**
 * The first line on which brackets nest deeper than `MAX_BRACKETS`: the
 * Markdown parser takes time that grows with the square of their depth
 * (`![` 5,000 times takes it minutes), and no link needs more than a few.
 */
function tooManyBracketsLine(body: string): number | undefined {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '\n') line++;
    else if (char === '\\') i++;
    else if (char === '[' && ++depth > MAX_BRACKETS) return line;
    else if (char === ']' && depth > 0) depth--;
  }
  return undefined;
}

/** Brackets nested deeper than this are refused (see `tooManyBracketsLine`). */
const MAX_BRACKETS = 32;

/** The first line that nests block quotes or lists deeper than `MAX_NESTING`. */
function tooDeepLine(body: string): number | undefined {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length < MAX_NESTING * 2) continue;
    CONTAINER_MARKER.lastIndex = 0;
    let depth = 0;
    while (CONTAINER_MARKER.test(line) && ++depth <= MAX_NESTING);
    if (depth > MAX_NESTING) return i + 1;
  }
  return undefined;
}

function unreadable(file: string, parseError: string, parseErrorLine = 1): EntrySource {
  return {file, frontMatter: {}, body: '', bodyLine: 1, keyLines: {}, parseError, parseErrorLine};
}

/** `2022-07-01` as written, unquoted, whatever YAML made of it. */
function unquote(text: string): string {
  return text.replace(/^(['"])(.*)\1$/, '$2').replace(/\s+#.*$/, '');
}

/**
 * Parses one entry file with the one front-matter parser the build also
 * uses, so the check sees exactly what the build sees. Never throws on bad
 * input: `parseError` says what is wrong.
 */
export async function parseEntrySource(file: string, raw: string): Promise<EntrySource> {
  let parsed: ParsedFrontMatter;
  try {
    parsed = parseFrontMatter(raw);
  } catch (error) {
    if (error instanceof FrontMatterError) {
      return unreadable(file, error.message, error.line);
    }
    throw error;
  }
  const {frontMatter, body, bodyLine, keyLines, rawValues} = parsed;
  const deep = tooDeepLine(body);
  if (deep !== undefined) {
    return unreadable(
      file,
      `nests block quotes or lists more than ${MAX_NESTING} levels deep; flatten it`,
      bodyLine + deep - 1,
    );
  }
  const brackets = tooManyBracketsLine(body);
  if (brackets !== undefined) {
    return unreadable(
      file,
      `opens more than ${MAX_BRACKETS} "[" without closing them; close or remove them`,
      bodyLine + brackets - 1,
    );
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

/** Reads an entry from its bytes: size and encoding first, then the text. */
export async function readEntrySource(file: string, bytes: Buffer): Promise<EntrySource> {
  if (bytes.length > MAX_ENTRY_BYTES) {
    return unreadable(
      file,
      `is ${Math.ceil(bytes.length / 1024)} KiB; an entry may be at most ${MAX_ENTRY_BYTES / 1024} KiB: keep the theme to a few paragraphs and link to longer material`,
    );
  }
  if (!isUtf8(bytes)) {
    const text = bytes.toString('utf8');
    const at = text.indexOf('\uFFFD');
    const line = at === -1 ? 1 : text.slice(0, at).split('\n').length;
    return unreadable(file, 'is not valid UTF-8: save the file as UTF-8', line);
  }
  return parseEntrySource(file, bytes.toString('utf8'));
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
      const file = toSitePath(siteDir, absolute);
      // Read nothing a pull request could point elsewhere, nor nested files
      // the roadmap would not show.
      if ((await lstat(absolute)).isSymbolicLink()) {
        return unreadable(file, 'is a symbolic link; an entry must be a file of its own');
      }
      if (relative.includes('/')) {
        return unreadable(file, `is in a sub-folder; move it to ${toSitePath(siteDir, dir)}/`);
      }
      return readEntrySource(file, await readFile(absolute));
    }),
  );
}
