import yaml from 'js-yaml';
import {failOnBadInput} from './failure';
import {escapeForLog} from './format';

/**
 * Front matter is read here and nowhere else: by the check, by the build
 * (the site's `markdown.parseFrontMatter`), by the config and by the git
 * history reader. Docusaurus's default parser (gray-matter) runs `---js`
 * front matter as JavaScript and closes the block at any line starting with
 * `---`; this one reads YAML between two exact `---` lines, or refuses.
 */

const FENCE = /^---[ \t]*$/;
const TOP_LEVEL_KEY = /^(?:"([^"]+)"|'([^']+)'|([A-Za-z_$][\w$.-]*))[ \t]*:(?:[ \t]|$)(.*)$/;

export class FrontMatterError extends Error {
  /** 1-based line of the file the problem is on. */
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'FrontMatterError';
    this.line = line;
  }
}

export interface ParsedFrontMatter {
  frontMatter: Record<string, unknown>;
  /** The Markdown after the front matter, untrimmed. */
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
  /** 1-based line of each top-level key (no prototype: `__proto__` is a key). */
  keyLines: Record<string, number>;
  /** Each top-level key's value as written on its line. */
  rawValues: Record<string, string>;
}

/** The first object or array reached twice: YAML aliases share one value. */
function hasSharedValue(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object' || value instanceof Date) return false;
  if (seen.has(value)) return true;
  seen.add(value);
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => hasSharedValue(child, seen));
}

/** The line of the first alias (`*name` where a value starts), for messages. */
function aliasLine(lines: readonly string[]): number | undefined {
  const at = lines.findIndex((line) => /(?:^|[\s[{,:-])\*[^\s,\]}]+/.test(line));
  return at === -1 ? undefined : at;
}

/**
 * Splits a file into YAML front matter and body and parses the YAML. A file
 * without front matter has `{}`. Throws `FrontMatterError` (with the line)
 * for anything but YAML between `---` lines, for YAML errors and for aliases,
 * which let a few lines expand into gigabytes.
 */
export function parseFrontMatter(raw: string): ParsedFrontMatter {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const lines = text.split(/\r?\n/);
  const keyLines: Record<string, number> = Object.create(null);
  const rawValues: Record<string, string> = Object.create(null);
  const first = lines[0] ?? '';
  if (!first.startsWith('---')) {
    return {frontMatter: {}, body: text, bodyLine: 1, keyLines, rawValues};
  }
  if (!FENCE.test(first)) {
    throw new FrontMatterError(
      `front matter must be YAML between two "---" lines, but the first line is ${JSON.stringify(first.slice(0, 40))}: other front-matter languages (such as "---js") are run as code, so they are refused`,
      1,
    );
  }
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end === -1) {
    throw new FrontMatterError('front matter has no closing "---" line', 1);
  }
  const yamlLines = lines.slice(1, end);
  let data: unknown;
  try {
    data = yaml.load(yamlLines.join('\n'));
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      throw new FrontMatterError(
        `front matter is not valid YAML: ${error.reason}`,
        error.mark ? error.mark.line + 2 : 1,
      );
    }
    // Deeply nested YAML overflows the stack: still bad input, not a crash.
    throw new FrontMatterError(
      `front matter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
      1,
    );
  }
  if (data === undefined || data === null) {
    data = {};
  }
  if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    throw new FrontMatterError('front matter must be "key: value" lines', 2);
  }
  if (hasSharedValue(data)) {
    throw new FrontMatterError(
      'front matter uses a YAML alias (*name): write each value out instead',
      (aliasLine(yamlLines) ?? 0) + 2,
    );
  }
  yamlLines.forEach((line, i) => {
    const match = TOP_LEVEL_KEY.exec(line);
    if (match) {
      const key = (match[1] ?? match[2] ?? match[3])!;
      keyLines[key] = i + 2;
      rawValues[key] = match[4]!.trim();
    }
  });
  return {
    frontMatter: data as Record<string, unknown>,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
    keyLines,
    rawValues,
  };
}

/**
 * The site's `markdown.parseFrontMatter`: every Markdown file the build
 * reads gets the same YAML-only parser as the check, never gray-matter. A
 * theme's one-line `summary` becomes its page's `description` (its meta
 * description, and what the docs plugin sends every page about every doc)
 * instead of the first paragraph, which can run long.
 */
export async function parseFrontMatterForDocusaurus({
  filePath,
  fileContent,
}: {
  filePath: string;
  fileContent: string;
}): Promise<{frontMatter: Record<string, unknown>; content: string}> {
  try {
    const {frontMatter, body} = parseFrontMatter(fileContent);
    const described =
      typeof frontMatter.summary === 'string' && frontMatter.description === undefined
        ? {...frontMatter, description: frontMatter.summary}
        : frontMatter;
    return {frontMatter: described, content: body.trim()};
  } catch (error) {
    if (error instanceof FrontMatterError) {
      failOnBadInput(escapeForLog(`${filePath}:${error.line}: ${error.message}`));
    }
    throw error;
  }
}
