import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {formatProblems, groupByStatus, readEntries} from '../entries';
import {FIXTURE_SITE, entryDoc, loadFixtureDocs} from './loadFixture';

describe('readEntries', () => {
  it('reads the entries of the fixture site and ignores other docs', async () => {
    const {entries, problems} = readEntries(await loadFixtureDocs(FIXTURE_SITE), 'roadmap');
    assert.deepEqual(problems, []);
    assert.deepEqual(
      entries.map((e) => [e.id, e.status, e.order, e.file]),
      [
        ['alpha', 'next', 2, 'docs/roadmap/alpha.md'],
        ['beta', 'next', 1, 'docs/roadmap/beta.md'],
        ['gamma', 'future', 1, 'docs/roadmap/gamma.md'],
      ],
    );
    const beta = entries.find((e) => e.id === 'beta')!;
    assert.equal(beta.permalink, '/roadmap/beta');
    assert.equal(beta.source, '@site/docs/roadmap/beta.md');
    assert.equal(beta.editUrl, 'https://github.com/example/roadmap/edit/main/docs/roadmap/beta.md');
  });

  it('returns nothing for a roadmap without entries', async () => {
    assert.deepEqual(readEntries([], 'roadmap'), {entries: [], problems: []});
    const {entries} = readEntries(await loadFixtureDocs(FIXTURE_SITE), 'no-such-folder');
    assert.deepEqual(entries, []);
  });

  it('reports every invalid file with its field, not just the first', () => {
    const {entries, problems} = readEntries(
      [
        entryDoc('ok', {}),
        entryDoc('no-title', {title: '  '}),
        entryDoc('bad-order', {order: 'first'}),
      ],
      'roadmap',
    );
    assert.deepEqual(
      entries.map((e) => e.id),
      ['ok'],
    );
    assert.deepEqual(
      problems.map((p) => [p.file, p.field]),
      [
        ['docs/roadmap/no-title.md', 'title'],
        ['docs/roadmap/bad-order.md', 'order'],
      ],
    );
  });

  it('rejects two entries with the same id, naming both files', () => {
    const {problems} = readEntries(
      [entryDoc('a', {id: 'same'}), entryDoc('b', {id: 'same', order: 2})],
      'roadmap',
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.file, 'docs/roadmap/b.md');
    assert.equal(problems[0]!.field, 'id');
    assert.match(problems[0]!.message, /"same" is already the id of docs\/roadmap\/a\.md/);
  });

  it('rejects two entries of one status at the same order, but allows it across statuses', () => {
    const {problems} = readEntries(
      [
        entryDoc('a', {order: 1}),
        entryDoc('b', {order: 1}),
        entryDoc('c', {order: 1, tags: ['future']}),
      ],
      'roadmap',
    );
    assert.deepEqual(
      problems.map((p) => [p.file, p.field]),
      [['docs/roadmap/b.md', 'order']],
    );
    assert.match(problems[0]!.message, /already used by docs\/roadmap\/a\.md in status "next"/);
  });
});

describe('groupByStatus', () => {
  it('groups entries by status, each in its order', async () => {
    const {entries} = readEntries(await loadFixtureDocs(FIXTURE_SITE), 'roadmap');
    const groups = groupByStatus(entries);
    assert.deepEqual(
      groups.next.map((e) => e.id),
      ['beta', 'alpha'],
    );
    assert.deepEqual(
      groups.future.map((e) => e.id),
      ['gamma'],
    );
    assert.deepEqual(groups.shipped, []);
  });

  it('gives every status an empty list when there are no entries', () => {
    assert.deepEqual(groupByStatus([]), {next: [], future: [], shipped: []});
  });
});

describe('formatProblems', () => {
  it('names the file and field of each problem', () => {
    const text = formatProblems([
      {file: 'docs/roadmap/a.md', field: 'title', message: 'must not be empty'},
      {file: 'docs/roadmap/b.md', message: 'front matter is missing'},
    ]);
    assert.equal(
      text,
      [
        'The roadmap has 2 problems in its entries:',
        '- docs/roadmap/a.md: front matter "title" must not be empty',
        '- docs/roadmap/b.md: front matter is missing',
      ].join('\n'),
    );
  });
});
