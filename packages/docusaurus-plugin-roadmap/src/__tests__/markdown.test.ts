import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {findUnsafeMarkup, headingAnchors} from '../markdown';

describe('findUnsafeMarkup', () => {
  it('accepts plain CommonMark and GFM, links, images and harmless HTML', () => {
    const markdown = [
      'A [link](https://example.com) and ![logo](/img/logo.svg).',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      'Line<br/>break, <kbd>Ctrl</kbd>, <img src="data:image/png;base64,AAAA" alt="">',
      '',
      'Words such as import and export are fine mid-sentence; so is `<script>` in code.',
      '',
      '```html',
      '<script>alert(1)</script>',
      '```',
    ].join('\n');
    assert.deepEqual(findUnsafeMarkup(markdown), []);
  });

  // Each row: the markup, the line it starts on, words the message must say.
  const unsafe: [string, string, number, RegExp][] = [
    [
      'a script block',
      'Text.\n\n<script>alert(1)</script>\n',
      3,
      /<script> is not allowed.*runs script/,
    ],
    ['an inline script', 'Text <script>alert(1)</script> more.', 1, /<script> is not allowed/],
    [
      'an iframe over lines',
      'Intro.\n\n<iframe\n  src="https://example.com"></iframe>',
      3,
      /<iframe> .*embeds another page/,
    ],
    ['an object', '<object data="x.swf"></object>', 1, /<object> /],
    ['an embed', 'See <embed src="x.swf">.', 1, /<embed> /],
    [
      'an event handler',
      'Look: <img src="x.png" onerror="alert(1)">',
      1,
      /onerror attribute on <img> is an inline event handler/,
    ],
    ['an upper-case handler', '<div onClick="alert(1)">x</div>', 1, /onclick attribute on <div>/],
    [
      'a javascript: link',
      'Click [here](javascript:alert(1)).',
      1,
      /href="javascript:alert\(1\)" on <a>: a javascript: URL runs script/,
    ],
    [
      'an obfuscated javascript: URL',
      '<a href=" JaVa\tScRiPt:alert(1)">x</a>',
      1,
      /javascript: URL/,
    ],
    ['a javascript: reference definition', '[x]\n\n[x]: javascript:alert(1)', 3, /javascript: URL/],
    [
      'a data: page',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      1,
      /data: URL can carry a whole page/,
    ],
    ['a style element', '<style>body{display:none}</style>', 1, /<style> .*restyles/],
    [
      'an MDX import',
      "import Tabs from '@theme/Tabs';\n\nText.",
      1,
      /MDX import\/export is not supported/,
    ],
    ['an MDX export', 'Text.\n\nexport const x = 1;', 3, /MDX import\/export/],
    ['a JSX component', 'Text.\n\n<Tabs>\n  x\n</Tabs>', 3, /JSX \(<Tabs…\) is not supported/],
  ];
  for (const [name, markdown, line, message] of unsafe) {
    it(`rejects ${name}, with its line`, () => {
      const problems = findUnsafeMarkup(markdown);
      assert.ok(problems.length > 0, `expected a problem in ${JSON.stringify(markdown)}`);
      assert.equal(problems[0]!.line, line);
      assert.match(problems[0]!.message, message);
    });
  }
});

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
