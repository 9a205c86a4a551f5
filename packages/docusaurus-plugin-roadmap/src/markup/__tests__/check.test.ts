import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, describe, it} from 'node:test';
import {findMarkupProblems} from '../check';

describe('findMarkupProblems: what GitHub renders is allowed', () => {
  it('accepts plain CommonMark and GFM, links, images and the HTML on the list', () => {
    const markdown = [
      'A [link](https://example.com), an [old one](http://calendly.com/x) and ![logo](/img/logo.svg).',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      'Line<br/>break, <kbd>Ctrl</kbd>, H<sub>2</sub>O, x<sup>2</sup>, <img src="data:image/png;base64,AAAA" alt="">',
      '',
      '<a href="http://calendly.com/spotify-backstage">book time</a> or <a href="mailto:a@example.com">write</a>',
      '',
      '<details open><summary>More</summary>',
      '',
      'Hidden <b>text</b> and <img src="./diagram.png" alt="A diagram" width="200" height="100">.',
      '',
      '</details>',
      '',
      '<table><tr><th colspan="2" align="left">Feature</th></tr><tr><td>x</td><td>y</td></tr></table>',
      '',
      '<p align="center"><a href="/releases/release-1.1.0">1.1.0</a> · <a href="/docs/2.0/intro">docs</a> · <a href="/blog/v1.2-released">post</a></p>',
      '',
      '- [x] a task',
      '',
      'Words such as import and export are fine mid-sentence; so is `<script>` in code.',
      '',
      '```html',
      '<script>alert(1)</script>',
      '```',
      '',
      '<!-- a comment -->',
    ].join('\n');
    assert.deepEqual(findMarkupProblems(markdown), []);
  });

  // Each row: the markup, the line it starts on, words the message must say.
  const refused: [string, string, number, RegExp][] = [
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
      'an unknown element',
      'A <marquee>moving</marquee> line.',
      1,
      /<marquee> is not allowed.*not on the list of markup GitHub renders/,
    ],
    [
      'an event handler',
      'Look: <img src="x.png" onerror="alert(1)">',
      1,
      /onerror attribute on <img> is an inline event handler/,
    ],
    ['an upper-case handler', '<div onClick="alert(1)">x</div>', 1, /onclick attribute on <div>/],
    [
      'attributionsrc',
      'A <img src="/img/a.png" attributionsrc="https://ads.example/">',
      1,
      /attributionsrc attribute on <img> is not on the list/,
    ],
    [
      'ping',
      'A <a href="https://example.com" ping="https://track.example/">link</a>',
      1,
      /ping attribute on <a> is not on the list/,
    ],
    [
      'fetchpriority with an outside src',
      'Text.\n\n<img src="https://evil.example/p.png" fetchpriority="high">',
      3,
      /fetchpriority attribute on <img>|loads a file from another site/,
    ],
    [
      'a target',
      '<a href="https://example.com" target="_blank">x</a>',
      1,
      /target attribute on <a> is not allowed: the site decides how links open/,
    ],
    ['a class', '<span class="x">y</span>', 1, /class attribute on <span> is not allowed/],
    ['a name on an image', '<img src="/img/a.png" name="cookie">', 1, /name attribute on <img>/],
    [
      'an id the page uses',
      '<span id="__docusaurus">x</span>',
      1,
      /id="__docusaurus" on <span> takes a name the page itself uses/,
    ],
    [
      'a form checkbox',
      '<input type="text">',
      1,
      /<input> is allowed only as a task-list checkbox/,
    ],
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
    [
      'an outside image',
      '![x](https://evil.example/pixel.png)',
      1,
      /loads a file from another site/,
    ],
    [
      'an outside srcset',
      '<picture><source srcset="https://evil.example/a.png 2x"><img src="/a.png"></picture>',
      1,
      /srcset=.*loads a file from another site/,
    ],
    ['a style element', '<style>body{display:none}</style>', 1, /<style> .*restyles/],
    [
      'a style attribute',
      '<div style="position:fixed">x</div>',
      1,
      /style attribute on <div> can cover or restyle the page/,
    ],
    [
      'an MDX import',
      "import Tabs from '@theme/Tabs';\n\nText.",
      1,
      /MDX import\/export is not supported/,
    ],
    ['an MDX export', 'Text.\n\nexport const x = 1;', 3, /MDX import\/export/],
    ['a JSX component', 'Text.\n\n<Tabs>\n  x\n</Tabs>', 3, /JSX \(<Tabs…\) is not supported/],
    [
      'an mdx-code-block fence, which Docusaurus unwraps',
      'Text.\n\n```mdx-code-block\n<script>alert(1)</script>\n```',
      3,
      /an mdx-code-block fence is unwrapped by Docusaurus/,
    ],
    [
      'what follows a comment, as Docusaurus reads it',
      '<!-- x -->X![](https://evil.example/t.png)',
      1,
      /loads a file from another site/,
    ],
    [
      "an admonition's legacy title that ends a code span",
      ':::note `x\n<img src="https://evil.example/t.png">`\n:::',
      2,
      /loads a file from another site/,
    ],
    [
      'an admonition id the page uses',
      ':::note{#__docusaurus}\nx\n:::',
      1,
      /takes a name the page itself uses/,
    ],
    ['HTML nested too deep to check', '<div>'.repeat(2000), 1, /nests HTML elements too deeply/],
    [
      'a relative route',
      'See [the FAQ](../faq).',
      1,
      /is a relative route: .*write the route from the site root \(\/faq\)/,
    ],
  ];
  for (const [name, markdown, line, message] of refused) {
    it(`reports ${name}, with its line`, () => {
      const problems = findMarkupProblems(markdown);
      assert.ok(
        problems.some((p) => p.line === line && message.test(p.message)),
        `expected ${message} on line ${line}: ${JSON.stringify(problems)}`,
      );
    });
  }
});

describe('findMarkupProblems: links into the site, by what they resolve to', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'roadmap-links-'));
  after(() => rmSync(site, {recursive: true, force: true}));
  mkdirSync(path.join(site, 'docs/roadmap'), {recursive: true});
  mkdirSync(path.join(site, 'static/files'), {recursive: true});
  writeFileSync(path.join(site, 'docs/guide.md'), '# Guide\n');
  writeFileSync(path.join(site, 'docs/roadmap/plan.pdf'), 'x');
  writeFileSync(path.join(site, 'docs/roadmap/chart.png'), 'x');
  writeFileSync(path.join(site, 'static/files/spec-1.2.pdf'), 'x');
  writeFileSync(path.join(site, 'static/files/logo.svg'), '<svg/>');
  const location = {
    file: 'docs/roadmap/a.md',
    docsDir: 'docs',
    siteDir: site,
    staticDirs: ['static'],
  };
  const problems = (markdown: string) =>
    findMarkupProblems(markdown, undefined, {location}).map((p) => p.message);

  it('takes routes with dots for pages, and files of static/ for files', () => {
    assert.deepEqual(
      problems(
        '[a](/releases/release-1.1.0) [b](/docs/2.0/intro) [c](/blog/v1.2-released) [d](/files/spec-1.2.pdf) [e](../guide.md) ![f](./chart.png)',
      ),
      [],
    );
  });

  it('refuses a file the build would publish, an SVG opened as a page, and a missing file', () => {
    const found = problems(
      '[a](./plan.pdf)\n\n[b](/files/logo.svg)\n\n[c](./missing.md)\n\n![d](/img/none.png)\n\n[e](../guid.md)',
    );
    assert.match(found[0]!, /links to a file the build would publish as it is/);
    assert.match(found[1]!, /opens an SVG file as a page/);
    assert.match(found[2]!, /leads to docs\/roadmap\/missing\.md, which does not exist/);
    assert.match(found[3]!, /is no file in static\//);
    assert.match(
      found[4]!,
      /leads to docs\/guid\.md, which does not exist; did you mean \.\.\/guide\.md\?/,
    );
  });
});
