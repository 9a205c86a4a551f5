import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {FIXTURE_SITE} from '../scripts/copySite';
import {parseEntrySource} from '../packages/docusaurus-plugin-roadmap/src/source';

export const SITE_DIR = path.resolve(__dirname, '..');
/** The live roadmap's entries: tests may only assert what holds for any valid content. */
export const LIVE_ENTRIES_DIR = path.join(SITE_DIR, 'docs', 'roadmap');
/** The test roadmap's entries, which the browser tests' site is built from. */
export const ENTRIES_DIR = path.join(FIXTURE_SITE, 'docs', 'roadmap');

export interface EntryFile {
  /** Path from the site root, e.g. `docs/roadmap/more-sigs.md`. */
  file: string;
  frontMatter: Record<string, unknown>;
  body: string;
}

/** The entry files as they are on disk, read with the build's parser. */
export async function readEntryFiles(dir = ENTRIES_DIR): Promise<EntryFile[]> {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const filePath = path.join(dir, name);
      const file = path
        .relative(path.dirname(path.dirname(dir)), filePath)
        .split(path.sep)
        .join('/');
      // As the check reads it: dates stay the text the author wrote.
      const {frontMatter, body} = await parseEntrySource(file, readFileSync(filePath, 'utf8'));
      return {file, frontMatter, body: body.trim()};
    }),
  );
}

/**
 * The reader-visible text of a Markdown body, one string per paragraph or
 * list item, with inline syntax (links, code, emphasis) removed.
 */
export function plainTextBlocks(markdown: string): string[] {
  // A fenced code block reads as its title and its code, verbatim.
  const code: string[] = [];
  const prose = markdown.replace(
    /^```(?:[^\n]*?title="([^"]*)")?[^\n]*\n([\s\S]*?)^```[ \t]*$/gm,
    (_fence, title: string | undefined, lines: string) => {
      code.push(collapseWhitespace(`${title ?? ''} ${lines}`));
      return '\n\n';
    },
  );
  return prose
    .split(/\n\s*\n|\n(?=\s*(?:[-*]|\d+\.)\s)/)
    .map((block) =>
      block
        .replace(/^\s*(?:[-*]|\d+\.)\s+/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[`*_]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .concat(code);
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
