import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import yaml from 'js-yaml';
import {checkRoadmap} from '../check';
import {toRoadmapEntries} from '../entries';
import {parseEntrySource, type EntrySource} from '../source';
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
        const id =
          typeof frontMatter.id === 'string' ? frontMatter.id : name.replace(/\.mdx?$/, '');
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

/** The fixture site's files, as the plugin is configured to read them. */
export const FIXTURE_FILES = {
  siteDir: FIXTURE_SITE,
  docsDir: 'docs',
  entriesDir: 'roadmap',
  overview: 'roadmap.mdx',
  tagsFile: 'tags.yml',
};

/** The fixture site's entries, checked and joined with their doc metadata. */
export async function loadFixtureEntries() {
  const {entries, problems} = await checkRoadmap(FIXTURE_FILES);
  return {entries: toRoadmapEntries(entries, await loadFixtureDocs(FIXTURE_SITE)), problems};
}

/**
 * One entry file as written on disk: a valid entry named `name`, with
 * `frontMatter` changing or (with `undefined`) removing keys.
 */
export function entrySource(
  name: string,
  frontMatter: Record<string, unknown> = {},
  body = `The body of ${name}.\n`,
): Promise<EntrySource> {
  const data: Record<string, unknown> = {
    id: name,
    title: `Title of ${name}`,
    summary: `Summary of ${name}.`,
    tags: ['next'],
    order: 1,
    ...frontMatter,
  };
  for (const key of Object.keys(data)) {
    if (data[key] === undefined) delete data[key];
  }
  const raw = `---\n${yaml.dump(data)}---\n\n${body}`;
  return parseEntrySource(`docs/roadmap/${name}.md`, raw);
}
