import {readFile, writeFile} from 'node:fs/promises';
import type {Plugin} from '@docusaurus/types';
import {listHtmlFiles} from './htmlFiles';
import {withCspMetaTag} from './policy';

/**
 * Adds a Content-Security-Policy meta tag to every built page: the site's
 * own origin only, inline scripts only by hash. Build only, so `npm start`'s
 * hot reload keeps working.
 */
export default function cspPlugin(): Plugin {
  return {
    name: 'csp',
    async postBuild({outDir}) {
      await Promise.all(
        listHtmlFiles(outDir).map(async (file) => {
          const html = await readFile(file, 'utf8');
          await writeFile(file, withCspMetaTag(html));
        }),
      );
    },
  };
}
