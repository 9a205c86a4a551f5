import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, describe, it} from 'node:test';
import {aliasRedirects} from '../redirects';

const site = mkdtempSync(path.join(os.tmpdir(), 'roadmap-redirects-'));
after(() => rmSync(site, {recursive: true, force: true}));

describe('aliasRedirects', () => {
  it("sends each old page URL to the renamed theme's page, skipping invalid aliases", async () => {
    const dir = path.join(site, 'docs', 'roadmap');
    mkdirSync(dir, {recursive: true});
    const write = (name: string, frontMatter: string) =>
      writeFileSync(path.join(dir, `${name}.md`), `---\n${frontMatter}\n---\n\nText.\n`);
    write('search', 'id: search\naliases: [find, catalog-search]');
    write('graphql', 'id: graphql\naliases: [search, Not_Kebab, find]');
    write('plain', 'id: plain');
    assert.deepEqual(
      await aliasRedirects({siteDir: site, docsDir: 'docs', entriesDir: 'roadmap'}),
      [
        // Files are read in name order: graphql first. "search" is an id and
        // "find" is taken by then; the check reports both as errors.
        {from: '/roadmap/find', to: '/roadmap/graphql'},
        {from: '/roadmap/catalog-search', to: '/roadmap/search'},
      ],
    );
  });
});
