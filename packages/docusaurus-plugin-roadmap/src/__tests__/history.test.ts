import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, describe, it} from 'node:test';
import {changesFromGit} from '../history';
import {entryFile, gitRepo} from '../../../../tests/gitRepo';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'roadmap-hostile-history-'));
after(() => rmSync(tmp, {recursive: true, force: true}));

const summary = (result: Awaited<ReturnType<typeof changesFromGit>>) => {
  assert.ok('changes' in result, JSON.stringify(result));
  return result.changes.map((c) => `${c.date.slice(0, 10)} ${c.kind} ${c.id} ${c.title}`);
};

describe('changesFromGit on hostile history', () => {
  it('reads past revisions as data: code front matter is never run, refused revisions never shown', async () => {
    const repo = path.join(tmp, 'code');
    const {write, commit} = gitRepo(repo);
    const marker = path.join(tmp, 'ran');
    // Front matter that gray-matter would evaluate as JavaScript.
    write(
      'evil.md',
      `---js\n{id: require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')}\n---\n\nText.\n`,
    );
    write('xss.md', entryFile('xss', '"Roadmap</script><script>alert(1)</script>"', 'next'));
    commit('Hostile', '2022-07-01T09:00:00Z');
    write('xss.md', entryFile('xss', 'Fixed title', 'next'));
    commit('Fix the title', '2022-07-02T09:00:00Z');
    const result = await changesFromGit(repo, 'docs/roadmap');
    assert.equal(existsSync(marker), false, 'the front matter ran');
    // The hostile title was never a valid entry: the theme appears when fixed.
    assert.deepEqual(summary(result), ['2022-07-02 added xss Fixed title']);
  });

  it('keeps drafts and unlisted themes out, and counts a merged pull request as its net change', async () => {
    const repo = path.join(tmp, 'drafts');
    const {git, write, commit} = gitRepo(repo);
    write('secret.md', entryFile('secret', 'Embargoed', 'next', 'draft: true\n'));
    write('hidden.md', entryFile('hidden', 'Hidden', 'next', 'unlisted: true\n'));
    commit('Drafts', '2022-07-01T09:00:00Z');
    git(['checkout', '-q', '-b', 'pr']);
    write('tmp.md', entryFile('tmp', 'Never on main', 'next'));
    commit('Add in a branch', '2022-07-02T09:00:00Z');
    rmSync(path.join(repo, 'docs/roadmap/tmp.md'));
    write('kept.md', entryFile('kept', 'Kept', 'future'));
    commit('Remove again', '2022-07-03T09:00:00Z');
    git(['checkout', '-q', 'main']);
    git(['merge', '-q', '--no-ff', 'pr', '-m', 'Merge'], '2022-07-04T09:00:00Z');
    assert.deepEqual(summary(await changesFromGit(repo, 'docs/roadmap')), [
      '2022-07-04 added kept Kept',
    ]);
  });

  it('never dates a change after the build date, nor before the change before it', async () => {
    const repo = path.join(tmp, 'dates');
    const {write, commit} = gitRepo(repo);
    write('a.md', entryFile('a', 'A', 'next'));
    commit('From the future', '2099-01-01T00:00:00Z');
    write('b.md', entryFile('b', 'B', 'next'));
    commit('From the past', '2000-01-01T00:00:00Z');
    const result = await changesFromGit(repo, 'docs/roadmap', {buildDate: '2026-11-26'});
    assert.deepEqual(summary(result), ['2026-11-26 added a A', '2026-11-26 added b B']);
    assert.ok('skipped' in result);
    assert.match(result.skipped.join('\n'), /a date after the build date \("2099-01-01/);
    assert.match(result.skipped.join('\n'), /a date before the commit before it \("2000-01-01/);
  });

  it("never lets another file's revision write into a theme's story", async () => {
    const repo = path.join(tmp, 'impostor');
    const {write, commit} = gitRepo(repo);
    write('backend.md', entryFile('backend', 'Backend', 'next'));
    commit('Add', '2022-07-01T09:00:00Z');
    // A second file with the same id: the check refuses the pair, so it never was.
    write(
      'impostor.md',
      entryFile('backend', 'Backend', 'dropped', 'dropped_on: 2022-07-02\ndropped_reason: Gone.\n'),
    );
    commit('Impostor', '2022-07-02T09:00:00Z');
    rmSync(path.join(repo, 'docs/roadmap/impostor.md'));
    commit('Remove it', '2022-07-03T09:00:00Z');
    const result = await changesFromGit(repo, 'docs/roadmap');
    assert.deepEqual(summary(result), ['2022-07-01 added backend Backend']);
    assert.ok('skipped' in result);
    assert.match(
      result.skipped.join('\n'),
      /impostor\.md in commit \w+ has the id or an alias of docs\/roadmap\/backend\.md/,
    );
  });

  it('follows a rename through aliases, and tells a new id without one from a rename', async () => {
    const repo = path.join(tmp, 'renames');
    const {git, write, commit} = gitRepo(repo);
    write('homepage.md', entryFile('homepage', 'Homepage', 'future'));
    write('search.md', entryFile('search', 'Search', 'future'));
    commit('Add', '2022-07-01T09:00:00Z');
    git(['mv', 'docs/roadmap/homepage.md', 'docs/roadmap/homepage-10.md']);
    write(
      'homepage-10.md',
      entryFile('homepage-10', 'Homepage 1.0', 'next', 'aliases: [homepage]\n'),
    );
    write('search.md', entryFile('catalog-search', 'Catalog search', 'future'));
    commit('Rename one, reuse a file for another', '2022-07-02T09:00:00Z');
    assert.deepEqual(summary(await changesFromGit(repo, 'docs/roadmap')), [
      '2022-07-01 added homepage Homepage',
      '2022-07-01 added search Search',
      '2022-07-02 renamed homepage-10 Homepage 1.0',
      '2022-07-02 moved homepage-10 Homepage 1.0',
      '2022-07-02 added catalog-search Catalog search',
      '2022-07-02 removed search Search',
    ]);
  });

  it('skips revisions larger than an entry may be, and says so', async () => {
    const repo = path.join(tmp, 'large');
    const {write, commit} = gitRepo(repo);
    write('big.md', entryFile('big', 'Big', 'next').replace('Text.', 'word '.repeat(10_000)));
    write('small.md', entryFile('small', 'Small', 'next'));
    commit('Sizes', '2022-07-01T09:00:00Z');
    const result = await changesFromGit(repo, 'docs/roadmap');
    assert.deepEqual(summary(result), ['2022-07-01 added small Small']);
    assert.ok('skipped' in result);
    assert.match(result.skipped.join('\n'), /big\.md is larger than an entry may be/);
  });
});
