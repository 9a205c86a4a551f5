import assert from 'node:assert/strict';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {importRoadmap} from '..';
import {checkEntrySources} from '../../check';
import {entryFileContent} from '../../entryFile';
import {headingAnchors} from '../../markdown';
import {parseEntrySource} from '../../source';
import {mdxProblems} from '../mdx';
import {importReport} from '../report';
import {CORPUS, CORPUS_PAGES, STUBS} from './corpus';

/**
 * Real roadmap pages of other projects (see the corpus README for where
 * each comes from): each must import into entries the check accepts, with
 * a report that stays as stored in `reports/` (UPDATE_SNAPSHOTS=1 rewrites
 * it after a change a maintainer has read). The browser test builds them.
 */
const REPORTS = path.join(CORPUS, 'reports');

describe('the corpus of real roadmap pages', () => {
  it('has at least eight pages, each with its origin and license in the README', () => {
    assert.ok(CORPUS_PAGES.length >= 8, `${CORPUS_PAGES.length} pages`);
    const readme = readFileSync(path.join(CORPUS, 'README.md'), 'utf8');
    for (const name of CORPUS_PAGES) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\``));
      assert.ok(row, `${name} is not in the corpus README`);
      assert.match(row, /Apache-2\.0|MIT/, `${name} has no license noted`);
    }
  });

  for (const name of CORPUS_PAGES) {
    it(`imports ${name} into entries that pass the check, with the report stored`, async () => {
      const result = await importRoadmap(readFileSync(path.join(CORPUS, name), 'utf8'));
      if (STUBS.has(name)) {
        assert.deepEqual(result.entries, [], 'a stub has no themes');
        return;
      }
      assert.ok(result.entries.length > 0, 'found no themes');
      const sources = await Promise.all(
        result.entries.map((entry) =>
          parseEntrySource(`docs/roadmap/${entry.id}.md`, entryFileContent(entry)),
        ),
      );
      const {problems} = checkEntrySources(sources, {
        overview: {file: 'docs/roadmap.mdx', anchors: headingAnchors(result.overview)},
      });
      assert.deepEqual(problems, []);
      // The overview is MDX: none of the old page's text may be code, or
      // fail to compile.
      const oldText = result.overview.split('<RoadmapStaleNotice />')[1]!;
      assert.deepEqual(mdxProblems(oldText), []);
      assert.doesNotMatch(
        result.conversions.map((c) => c.why).join('\n'),
        /this part of the overview/,
        'the converter left the overview for the last resort',
      );
      const report = importReport(result, {
        input: name,
        entriesDir: 'docs/roadmap',
        overview: 'docs/roadmap.mdx',
      });
      const stored = path.join(REPORTS, name.replace(/\.md$/, '.txt'));
      if (process.env.UPDATE_SNAPSHOTS) {
        mkdirSync(REPORTS, {recursive: true});
        writeFileSync(stored, `${report}\n`);
      }
      assert.equal(`${report}\n`, readFileSync(stored, 'utf8'));
    });
  }
});
