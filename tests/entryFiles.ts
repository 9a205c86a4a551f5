import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';

export const SITE_DIR = path.resolve(__dirname, '..');
export const ENTRIES_DIR = path.join(SITE_DIR, 'docs', 'roadmap');

export interface EntryFile {
  /** Path from the site root, e.g. `docs/roadmap/more-sigs.md`. */
  file: string;
  frontMatter: Record<string, unknown>;
  body: string;
}

/** The entry files as they are on disk, read with Docusaurus's parser. */
export async function readEntryFiles(dir = ENTRIES_DIR): Promise<EntryFile[]> {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const filePath = path.join(dir, name);
      const {frontMatter, content} = await DEFAULT_PARSE_FRONT_MATTER({
        filePath,
        fileContent: readFileSync(filePath, 'utf8'),
      });
      return {
        file: path.relative(SITE_DIR, filePath).split(path.sep).join('/'),
        frontMatter,
        body: content,
      };
    }),
  );
}

/**
 * The reader-visible text of a Markdown body, one string per paragraph or
 * list item, with inline syntax (links, code, emphasis) removed.
 */
export function plainTextBlocks(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n|\n(?=\s*(?:[-*]|\d+\.)\s)/)
    .map((block) =>
      block
        .replace(/^\s*(?:[-*]|\d+\.)\s+/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[`*_]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
