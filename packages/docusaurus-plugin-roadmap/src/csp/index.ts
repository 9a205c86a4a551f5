import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {failOnBadInput} from '../failure';
import {escapeForLog} from '../format';
import {secureBuiltSite} from './site';

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
      const route = (file: string) =>
        `${context.baseUrl}${file.replace(/(?:^|\/)index\.html$|\.html$/, '')}`;
      const report = (await secureBuiltSite(outDir)).flatMap(({file, problems}) =>
        problems.map(({line, theme, message}) => {
          const entry = (theme && sources.byId.get(theme)) ?? sources.byRoute.get(route(file));
          return escapeForLog(`- ${file}:${line}${entry ? ` (from ${entry})` : ''}: ${message}`);
        }),
      );
      if (report.length > 0) {
        failOnBadInput(
          `The built site has ${report.length} thing(s) a browser could run or be misled by; fix the files named (an entry, or the site's own code):\n${report.join('\n')}`,
        );
      }
    },
  };
}
