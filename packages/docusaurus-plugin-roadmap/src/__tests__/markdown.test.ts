import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {headingAnchors} from '../markdown';

describe('headingAnchors', () => {
  it('gives the anchors Docusaurus gives, explicit ids included', () => {
    const markdown = [
      '## What’s next',
      "## What's next",
      '### [GraphQL](https://graphql.org/) support',
      '## Ask us {#ask}',
    ].join('\n\n');
    assert.deepEqual(
      headingAnchors(markdown).map(({anchor, line}) => [anchor, line]),
      [
        ['whats-next', 1],
        ['whats-next-1', 3],
        ['graphql-support', 5],
        ['ask', 7],
      ],
    );
  });
});
