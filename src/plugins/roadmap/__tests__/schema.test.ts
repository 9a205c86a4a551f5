import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {validateEntryFrontMatter} from '../schema';

const valid = {
  id: 'backend-services-mvp',
  title: 'Backend Services (MVP)',
  summary: 'A first release of backend services.',
  tags: ['next'],
  order: 1,
};

describe('validateEntryFrontMatter', () => {
  it('accepts a complete entry', () => {
    const result = validateEntryFrontMatter(valid);
    assert.equal(result.success, true);
  });

  // Each row: what changes, the field blamed, and words the message must say.
  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    ['missing id', {id: undefined}, 'id', /is required/],
    ['id not kebab-case', {id: 'Backend_Services'}, 'id', /kebab-case.*\(got "Backend_Services"\)/],
    ['empty title', {title: ''}, 'title', /must not be empty/],
    ['missing summary', {summary: undefined}, 'summary', /is required/],
    ['multi-line summary', {summary: 'one\ntwo'}, 'summary', /single line/],
    ['no status tag', {tags: ['other']}, 'tags', /exactly one status tag \(next, future, shipped\)/],
    ['two status tags', {tags: ['next', 'future']}, 'tags', /2 status tags \(next, future\)/],
    ['tags not a list', {tags: 'next'}, 'tags', /must be a list .*\(got "next"\)/],
    ['missing tags', {tags: undefined}, 'tags', /is required: a list/],
    ['order not a number', {order: 'first'}, 'order', /^must be a whole number.*\(got "first"\)/],
    ['order zero', {order: 0}, 'order', /≥ 1 \(got 0\)/],
    ['fractional order', {order: 1.5}, 'order', /whole number/],
    ['unknown key', {titel: 'x'}, 'titel', /not a known key/],
  ];
  for (const [name, change, field, message] of invalid) {
    it(`rejects ${name}, naming "${field}"`, () => {
      const frontMatter: Record<string, unknown> = {...valid, ...change};
      for (const key of Object.keys(change)) {
        if (change[key] === undefined) delete frontMatter[key];
      }
      const result = validateEntryFrontMatter(frontMatter);
      assert.equal(result.success, false);
      if (result.success) return;
      const problem = result.problems.find((p) => p.field === field);
      assert.ok(problem, `expected a problem on "${field}", got ${JSON.stringify(result.problems)}`);
      assert.match(problem.message, message);
    });
  }
});
