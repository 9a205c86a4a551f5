import {readFileSync} from 'node:fs';
import path from 'node:path';
import {listHtmlFiles} from '../src/plugins/csp/htmlFiles';

/** A page that only sends the browser elsewhere (a renamed theme's old URL). */
function isRedirect(file: string): boolean {
  return /<meta http-equiv="refresh"/.test(readFileSync(file, 'utf8'));
}

/**
 * Every page of a built site, as a path relative to its baseUrl (`roadmap`,
 * `` for home); redirect pages are not pages of their own.
 */
export function builtPages(buildDir: string): string[] {
  return listHtmlFiles(buildDir)
    .filter((file) => !isRedirect(file))
    .map((file) => {
      const relative = path.relative(buildDir, file).split(path.sep).join('/');
      return relative === 'index.html' ? '' : relative.replace(/(\/index)?\.html$/, '');
    });
}
