import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import type {DocLike} from '../types';

/**
 * Reads a fixture site's docs the way the docs plugin presents them to the
 * roadmap plugin: front matter parsed by Docusaurus's own parser.
 */
export async function loadFixtureDocs(siteDir: string): Promise<DocLike[]> {
  const docsDir = path.join(siteDir, 'docs');
  const docs: DocLike[] = [];
  const walk = async (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) {
        await walk(file);
      } else if (/\.mdx?$/.test(name)) {
        const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({
          filePath: file,
          fileContent: readFileSync(file, 'utf8'),
        });
        const relative = path.relative(docsDir, file).split(path.sep).join('/');
        const sourceDirName = path.posix.dirname(relative);
        const id = typeof frontMatter.id === 'string' ? frontMatter.id : name.replace(/\.mdx?$/, '');
        docs.push({
          source: `@site/docs/${relative}`,
          sourceDirName,
          permalink: sourceDirName === '.' ? `/${id}` : `/${sourceDirName}/${id}`,
          editUrl: `https://github.com/example/roadmap/edit/main/docs/${relative}`,
          frontMatter,
        });
      }
    }
  };
  await walk(docsDir);
  return docs;
}

export const FIXTURE_SITE = path.join(__dirname, '__fixtures__', 'site');

/** A valid entry's doc metadata, to vary one field at a time. */
export function entryDoc(
  name: string,
  frontMatter: Record<string, unknown>,
  entriesDir = 'roadmap',
): DocLike {
  return {
    source: `@site/docs/${entriesDir}/${name}.md`,
    sourceDirName: entriesDir,
    permalink: `/${entriesDir}/${name}`,
    editUrl: null,
    frontMatter: {
      id: name,
      title: `Title of ${name}`,
      summary: `Summary of ${name}.`,
      tags: ['next'],
      order: 1,
      ...frontMatter,
    },
  };
}
