import {existsSync} from 'node:fs';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {failOnBadInput} from '../entries';
import {escapeForLog} from '../format';
import {listBuiltFiles, listHtmlFiles} from './htmlFiles';
import {contentSecurityPolicy, withCspMetaTag} from './policy';
import {inlineScriptHashes, scanDocument, scanPage, type PageProblem} from './scan';

/** Files a browser renders as documents, where script could run. */
const DOCUMENT_FILE = /\.(?:svg|svgz|xhtml|xht|html?)$/i;

/** The page only the theme renders: its inline scripts are the theme's. */
const THEME_ONLY_PAGE = '404.html';

/**
 * Checks every built page as a browser sees it, then adds a
 * Content-Security-Policy meta tag to each. The check is the second line
 * behind the roadmap check: it fails the build, naming the page and the
 * entry, on anything that could run script, load another site, re-target or
 * cover the page. The policy is the third: this origin only, inline scripts
 * only those the theme itself emits. Build only, so `npm start`'s hot
 * reload keeps working.
 */
export default function cspPlugin(context: LoadContext): Plugin {
  if (context.siteConfig.baseUrlIssueBanner) {
    // Its diagnostic is an inline script on the home page only: the policy
    // would have to trust a script that only the built pages can tell apart.
    throw new Error(
      "docusaurus-plugin-roadmap/csp needs `baseUrlIssueBanner: false` in docusaurus.config: Docusaurus's base-URL banner is an inline script the Content-Security-Policy would otherwise block. Set it, or leave this plugin out.",
    );
  }
  // Which source file each page and each theme section comes from, for messages.
  const sources = {byRoute: new Map<string, string>(), byId: new Map<string, string>()};
  return {
    name: 'csp',

    async allContentLoaded({allContent}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      for (const doc of docs?.loadedVersions.flatMap((v) => v.docs) ?? []) {
        const file = doc.source.replace(/^@site\//, '');
        sources.byRoute.set(doc.permalink, file);
        if (typeof doc.frontMatter.id === 'string') sources.byId.set(doc.frontMatter.id, file);
      }
    },

    async postBuild({outDir}) {
      const site = (file: string) => path.relative(outDir, file).split(path.sep).join('/');
      const route = (file: string) =>
        `${context.baseUrl}${site(file).replace(/(?:^|\/)index\.html$|\.html$/, '')}`;
      const themePage = path.join(outDir, THEME_ONLY_PAGE);
      if (!existsSync(themePage)) {
        throw new Error(
          `Cannot tell the theme's inline scripts: the build has no ${THEME_ONLY_PAGE}.`,
        );
      }
      const trusted = new Set(inlineScriptHashes(await readFile(themePage, 'utf8')));
      const policy = contentSecurityPolicy([...trusted]);

      const pages = listHtmlFiles(outDir);
      const report: string[] = [];
      const describe = (file: string, problems: PageProblem[]) => {
        for (const {line, theme, message} of problems) {
          const entry = (theme && sources.byId.get(theme)) ?? sources.byRoute.get(route(file));
          report.push(
            escapeForLog(`- ${site(file)}:${line}${entry ? ` (from ${entry})` : ''}: ${message}`),
          );
        }
      };
      const contents = await Promise.all(pages.map((file) => readFile(file, 'utf8')));
      pages.forEach((file, i) => describe(file, scanPage(contents[i]!, trusted)));
      const pageSet = new Set(pages);
      for (const file of listBuiltFiles(outDir, (name) => DOCUMENT_FILE.test(name))) {
        if (pageSet.has(file)) continue;
        if (/\.html?$/i.test(file)) {
          describe(file, [
            {line: 1, message: 'a page the build copied as a file, outside the site'},
          ]);
        } else {
          describe(file, scanDocument(await readFile(file, 'utf8')));
        }
      }
      if (report.length > 0) {
        failOnBadInput(
          `The built site has ${report.length} thing(s) a browser could run or be misled by; fix the files named (an entry, or the site's own code):\n${report.join('\n')}`,
        );
      }
      await Promise.all(
        pages.map((file, i) => writeFile(file, withCspMetaTag(contents[i]!, policy))),
      );
    },
  };
}
