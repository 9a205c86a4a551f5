import path from 'node:path';
import {listHtmlFiles} from '../packages/docusaurus-plugin-roadmap/src/csp/htmlFiles';

/**
 * Every page of a built site, as a path relative to its baseUrl (`roadmap`,
 * `` for home). A renamed theme's old URL is a page too: it must pass the
 * same checks.
 */
export function builtPages(buildDir: string): string[] {
  return listHtmlFiles(buildDir).map((file) => {
    const relative = path.relative(buildDir, file).split(path.sep).join('/');
    return relative === 'index.html' ? '' : relative.replace(/(\/index)?\.html$/, '');
  });
}
