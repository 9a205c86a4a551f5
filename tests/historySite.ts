import {readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fixtureSiteCopy} from '../scripts/copySite';
import {gitRepo} from './gitRepo';

/**
 * The test roadmap with two years of history in git, 2022-Q3 to 2024-Q2:
 * More SIGs ships, Telemetry slips to Future work, the homepage theme is
 * renamed (its alias listed only later), GraphQL support is dropped with
 * its reason. Built on 2024-04-15.
 */
export function siteWithHistory(): string {
  const site = fixtureSiteCopy('memory', {translated: false});
  const roadmap = path.join(site, 'docs', 'roadmap');
  const file = (name: string) => path.join(roadmap, name);
  const edit = (name: string, change: (text: string) => string) =>
    writeFileSync(file(name), change(readFileSync(file(name), 'utf8')));
  const fixture = {
    telemetry: readFileSync(file('telemetry.md'), 'utf8'),
    homepage: readFileSync(file('composable-homepage-10.md'), 'utf8'),
  };
  const {commit} = gitRepo(site);
  writeFileSync(path.join(site, '.gitignore'), 'build/\n.docusaurus/\nnode_modules/\n');
  // The start: Telemetry is next (with an owner), the homepage theme has its old id.
  edit('telemetry.md', (t) => t.replace('tags: [future]', 'tags: [next]\nowner: SIG Catalog'));
  rmSync(file('composable-homepage-10.md'));
  writeFileSync(
    file('composable-homepage.md'),
    fixture.homepage
      .replace('id: composable-homepage-10', 'id: composable-homepage')
      .replace('aliases: [composable-homepage]\n', ''),
  );
  commit('Start the roadmap', '2022-07-05T09:00:00Z');
  edit('more-sigs.md', (t) =>
    t.replace(
      'tags: [next]',
      "tags: [shipped]\nshipped_in: {version: '1.9.0'}\nshipped_on: 2022-11-10",
    ),
  );
  commit('Ship More SIGs', '2022-11-10T09:00:00Z');
  writeFileSync(
    file('telemetry.md'),
    fixture.telemetry.replace('order: 5', 'order: 5\nowner: SIG Catalog'),
  );
  commit('Telemetry waits', '2023-02-01T09:00:00Z');
  // A new id whose alias comes only in a later commit.
  renameSync(file('composable-homepage.md'), file('composable-homepage-10.md'));
  writeFileSync(
    file('composable-homepage-10.md'),
    fixture.homepage.replace('aliases: [composable-homepage]\n', ''),
  );
  commit('Homepage 1.0', '2023-03-01T09:00:00Z');
  writeFileSync(file('composable-homepage-10.md'), fixture.homepage);
  commit('Keep old homepage links', '2023-03-02T09:00:00Z');
  edit('graphql-support.md', (t) =>
    t.replace(
      'tags: [future]',
      'tags: [dropped]\ndropped_on: 2023-05-02\ndropped_reason: Superseded by the catalog query API.',
    ),
  );
  commit('Drop GraphQL support', '2023-05-02T09:00:00Z');
  return site;
}
