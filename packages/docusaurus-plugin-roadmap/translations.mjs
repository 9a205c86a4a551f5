// Writes locales/base/code.json: every `translate()` id of the theme with its
// English, found as `docusaurus write-translations` finds them (Docusaurus's
// own extractor), so translators and the completeness test read one list.
// `node translations.mjs --check` exits 1 when the file is out of date.
import {readFile, writeFile, mkdir} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const require = createRequire(import.meta.url);
const PACKAGE = path.dirname(fileURLToPath(import.meta.url));
export const BASE_FILE = path.join(PACKAGE, 'locales', 'base', 'code.json');

/** The theme's ids and English messages, sorted by id. */
export async function extractThemeMessages() {
  const {
    extractSiteSourceCodeTranslations,
  } = require('@docusaurus/core/lib/server/translations/translationsExtractor');
  const found = await extractSiteSourceCodeTranslations({
    // No site: only the plugin's theme folder is read.
    siteDir: path.join(PACKAGE, 'no-site'),
    plugins: [{path: PACKAGE, getThemePath: () => path.join('src', 'theme')}],
  });
  return Object.fromEntries(
    Object.keys(found)
      .sort()
      .map((id) => [id, found[id].message]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = `${JSON.stringify(await extractThemeMessages(), null, 2)}\n`;
  const current = await readFile(BASE_FILE, 'utf8').catch(() => '');
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(
        `${path.relative(process.cwd(), BASE_FILE)} is out of date: run "node translations.mjs".`,
      );
      process.exit(1);
    }
  } else if (current !== text) {
    await mkdir(path.dirname(BASE_FILE), {recursive: true});
    await writeFile(BASE_FILE, text);
    console.log(`Wrote ${path.relative(process.cwd(), BASE_FILE)}.`);
  }
}
