import {existsSync} from 'node:fs';
import {readFile, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {listBuiltFiles, listHtmlFiles} from './htmlFiles';
import {contentSecurityPolicy, policyOffset, withCspMetaTag} from './policy';
import {inlineScriptHashes, parsePage, scanDocument, scanPageTree, type PageProblem} from './scan';

/** Files a browser renders as documents, where script could run. */
const DOCUMENT_FILE = /\.(?:svg|svgz|xhtml|xht|html?)$/i;

/** The page only the theme renders: its inline scripts are the theme's. */
export const THEME_ONLY_PAGE = '404.html';

/** What a built file has that a browser could run or be misled by. */
export interface FileProblems {
  /** Path inside the built site, with `/`. */
  file: string;
  problems: PageProblem[];
}

/**
 * Scans every page and document of a built site; when nothing is found,
 * adds the Content-Security-Policy meta tag to every page. Each page is
 * replaced in one step (written beside it, then renamed over it): other
 * plugins read the pages at the same time, e.g. to build a search index.
 */
export async function secureBuiltSite(outDir: string): Promise<FileProblems[]> {
  const site = (file: string) => path.relative(outDir, file).split(path.sep).join('/');
  const themePage = path.join(outDir, THEME_ONLY_PAGE);
  if (!existsSync(themePage)) {
    throw new Error(`Cannot tell the theme's inline scripts: the build has no ${THEME_ONLY_PAGE}.`);
  }
  const trusted = new Set(inlineScriptHashes(await readFile(themePage, 'utf8')));

  const found: FileProblems[] = [];
  const report = (file: string, problems: PageProblem[]) => {
    if (problems.length > 0) found.push({file: site(file), problems});
  };
  const pages = listHtmlFiles(outDir);
  const contents = await Promise.all(pages.map((file) => readFile(file, 'utf8')));
  // One parse per page: its problems, and where its policy goes.
  const offsets = pages.map((file, i) => {
    const document = parsePage(contents[i]!);
    report(file, scanPageTree(document, trusted));
    try {
      return policyOffset(document);
    } catch (error) {
      report(file, [{line: 1, message: (error as Error).message}]);
      return 0;
    }
  });
  const pageSet = new Set(pages);
  for (const file of listBuiltFiles(outDir, (name) => DOCUMENT_FILE.test(name))) {
    if (pageSet.has(file)) continue;
    if (/\.html?$/i.test(file)) {
      report(file, [{line: 1, message: 'a page the build copied as a file, outside the site'}]);
    } else {
      report(file, scanDocument(await readFile(file, 'utf8')));
    }
  }
  if (found.length > 0) return found;

  const policy = contentSecurityPolicy([...trusted]);
  await Promise.all(
    pages.map(async (file, i) => {
      const next = `${file}.csp-${process.pid}`;
      try {
        await writeFile(next, withCspMetaTag(contents[i]!, policy, offsets[i]));
        await rename(next, file);
      } finally {
        // Nothing half-written is published, even when the build fails here.
        await rm(next, {force: true});
      }
    }),
  );
  return found;
}
