import assert from 'node:assert/strict';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, describe, it} from 'node:test';
import type {LoadContext, Plugin} from '@docusaurus/types';
import cspPlugin from '..';
import {secureBuiltSite} from '../site';

const themeScript = 'document.documentElement.setAttribute("data-theme","dark")';
const page = (body: string) =>
  `<!doctype html><html><head><meta charset=UTF-8><title>x</title><script>${themeScript}</script></head><body>${body}</body></html>`;

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

/** A built site: the theme's 404 page and `files` (path → content). */
function builtSite(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'csp-site-'));
  dirs.push(dir);
  for (const [file, content] of Object.entries({'404.html': page('Not found'), ...files})) {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const policyOf = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];

describe('secureBuiltSite', () => {
  it('adds the policy, trusting the theme page’s scripts, to every page and nothing else', async () => {
    const dir = builtSite({
      'index.html': page('<p>Home</p>'),
      'roadmap/telemetry.html': page('<p>Telemetry</p>'),
      'roadmap.json': '{"entries":[]}',
    });
    const telemetry = path.join(dir, 'roadmap/telemetry.html');
    const before = statSync(telemetry).ino;
    assert.deepEqual(await secureBuiltSite(dir), []);
    // Replaced, not rewritten in place: a reader holding the old file reads it whole.
    assert.notEqual(statSync(telemetry).ino, before);
    for (const file of ['404.html', 'index.html', 'roadmap/telemetry.html']) {
      const html = readFileSync(path.join(dir, file), 'utf8');
      assert.match(policyOf(html) ?? '', /script-src 'self' 'sha256-[^']+'/, file);
      assert.ok(html.startsWith('<!doctype html><html><head><meta charset=UTF-8><meta http-equiv'));
    }
    assert.equal(readFileSync(path.join(dir, 'roadmap.json'), 'utf8'), '{"entries":[]}');
    // No file is left beside the pages.
    assert.deepEqual(readdirSync(path.join(dir, 'roadmap')), ['telemetry.html']);
  });

  it('names each file and line, and changes no page, when one has script', async () => {
    const dir = builtSite({
      'index.html': page('<p>Home</p>'),
      'roadmap.html': page(
        '\n<section aria-labelledby=telemetry><img src=x onerror=alert(1)></section>',
      ),
      'img/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    });
    const problems = await secureBuiltSite(dir);
    assert.deepEqual(
      problems.map(({file, problems}) => [file, problems.map((p) => [p.line, p.theme])]),
      [
        ['roadmap.html', [[2, 'telemetry']]],
        ['img/logo.svg', [[1, undefined]]],
      ],
    );
    assert.equal(policyOf(readFileSync(path.join(dir, 'index.html'), 'utf8')), undefined);
  });

  it('refuses a build without the theme-only page it trusts scripts from', async () => {
    const dir = builtSite({});
    rmSync(path.join(dir, '404.html'));
    await assert.rejects(secureBuiltSite(dir), /the build has no 404\.html/);
  });
});

describe("the CSP plugin's postBuild", () => {
  const context = {baseUrl: '/', siteConfig: {baseUrlIssueBanner: false}} as unknown as LoadContext;
  const plugin = (entries: Record<string, string>) => {
    const instance = cspPlugin(context) as Plugin;
    const docs = Object.entries(entries).map(([id, source]) => ({
      source: `@site/${source}`,
      permalink: `/roadmap/${id}`,
      frontMatter: {id},
    }));
    void instance.allContentLoaded!({
      allContent: {'docusaurus-plugin-content-docs': {default: {loadedVersions: [{docs}]}}},
    } as never);
    return instance;
  };

  it('fails the build naming the entry file a problem comes from', async () => {
    const dir = builtSite({
      'roadmap.html': page(
        '<section aria-labelledby=telemetry><a href="javascript:alert(1)">x</a></section>',
      ),
    });
    const instance = plugin({telemetry: 'docs/roadmap/telemetry.md'});
    await assert.rejects(
      async () => instance.postBuild!({outDir: dir} as never),
      (error: Error) => {
        assert.match(error.message, /1 thing\(s\) a browser could run/);
        assert.match(
          error.message,
          /- roadmap\.html:1 \(from docs\/roadmap\/telemetry\.md\): href="javascript:alert\(1\)" on <a> runs script/,
        );
        return true;
      },
    );
  });

  it('secures a clean build', async () => {
    const dir = builtSite({'roadmap/telemetry.html': page('<p>ok</p>')});
    await plugin({}).postBuild!({outDir: dir} as never);
    assert.ok(policyOf(readFileSync(path.join(dir, 'roadmap/telemetry.html'), 'utf8')));
  });
});
