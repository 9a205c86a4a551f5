import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, describe, it} from 'node:test';
import {checkRoadmap} from '../check';
import {localizedDocsDir, localizeEntries} from '../localized';

const site = mkdtempSync(path.join(os.tmpdir(), 'roadmap-localized-'));
after(() => rmSync(site, {recursive: true, force: true}));

const entry = (id: string, title: string, status: string, extra = '') =>
  `---\nid: ${id}\ntitle: ${title}\nsummary: ${title}, in one line.\ntags: [${status}]\norder: 1\n${extra}---\n\nAbout ${title}.\n`;

function write(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(site, name)), {recursive: true});
    writeFileSync(path.join(site, name), text);
  }
}

const localizedDir = localizedDocsDir({
  siteDir: site,
  localizationDir: path.join(site, 'i18n', 'fr'),
  docsPluginId: 'default',
});
const translated = (file: string) => `${localizedDir}/roadmap/${file}`;

async function localize() {
  const files = {siteDir: site, docsDir: 'docs', entriesDir: 'roadmap'};
  const source = await checkRoadmap(files);
  return localizeEntries(source, {
    ...files,
    localizedDir,
    context: source.context,
    sourceLang: 'en',
  });
}

describe('translated entries', () => {
  write({
    'docs/roadmap/search.md': entry('search', 'Search', 'next'),
    'docs/roadmap/offline.md': entry('offline', 'Offline mode', 'future'),
    [translated('search.md')]: entry('search', 'Recherche', 'next').replace(
      'About Recherche.',
      'À propos de la recherche.',
    ),
  });

  it('reads from where the docs plugin reads translated docs', () => {
    assert.equal(localizedDir, 'i18n/fr/docusaurus-plugin-content-docs/current');
  });

  it('take their text from the translation and keep the rest; an untranslated one says its language', async () => {
    const {entries, problems} = await localize();
    assert.deepEqual(problems, []);
    const search = entries.find((e) => e.data.id === 'search')!;
    assert.equal(search.data.title, 'Recherche');
    assert.equal(search.source.file, 'docs/roadmap/search.md');
    assert.equal(search.lang, undefined);
    const offline = entries.find((e) => e.data.id === 'offline')!;
    assert.equal(offline.data.title, 'Offline mode');
    assert.equal(offline.lang, 'en');
  });

  it('refuse a translation that changes more than text, naming both files and the field', async () => {
    write({[translated('search.md')]: entry('search', 'Recherche', 'future')});
    const {problems} = await localize();
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.file, translated('search.md'));
    assert.equal(problems[0]!.field, 'tags');
    assert.match(problems[0]!.message, /differs from docs\/roadmap\/search\.md/);
  });

  it('refuse a translation without a source, and check a translation like any entry', async () => {
    write({
      [translated('search.md')]: entry('search', 'Recherche', 'next'),
      [translated('gone.md')]: entry('gone', 'Parti', 'next'),
      [translated('offline.md')]: entry('offline', '<img src=x onerror=alert(1)>', 'future'),
    });
    const {problems} = await localize();
    assert.ok(problems.some((p) => p.file === translated('gone.md')));
    // The hostile title is refused as it would be in the source.
    assert.ok(
      problems.some((p) => p.file === translated('offline.md') && p.field === 'title'),
      JSON.stringify(problems),
    );
    assert.match(
      problems.find((p) => p.file === translated('gone.md'))!.message,
      /which does not exist/,
    );
  });
});
