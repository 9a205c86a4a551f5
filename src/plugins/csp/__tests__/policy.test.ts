import {createHash} from 'node:crypto';
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {contentSecurityPolicy, trustedInlineScriptHashes, withCspMetaTag} from '../policy';

const themeScript = 'document.documentElement.setAttribute("data-theme","dark")';
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const page = [
  '<!doctype html><html><head><meta charset=UTF-8><title>x</title>',
  '<script type=application/ld+json>{"a":1}</script>',
  '<script src=/assets/js/main.js defer></script></head><body>',
  '<div id="__docusaurus-base-url-issue-banner-container"></div>',
  `<script>${themeScript}</script>`,
  '<div id=__docusaurus><p>content</p><script>alert(1)</script></div></body></html>',
].join('');

describe('trustedInlineScriptHashes', () => {
  it('hashes the inline scripts before the app root only', () => {
    assert.deepEqual(trustedInlineScriptHashes(page), [sha(themeScript)]);
  });

  it('never trusts a script inside the rendered content', () => {
    assert.ok(!trustedInlineScriptHashes(page).includes(sha('alert(1)')));
  });
});

describe('contentSecurityPolicy', () => {
  it('allows only the site itself', () => {
    const policy = contentSecurityPolicy(["'sha256-abc'"]);
    assert.match(policy, /^default-src 'self'; script-src 'self' 'sha256-abc';/);
    assert.match(policy, /object-src 'none'/);
    assert.doesNotMatch(policy, /https?:|\*|'unsafe-eval'/);
    assert.doesNotMatch(policy.split('; ')[1]!, /unsafe-inline/);
  });
});

describe('withCspMetaTag', () => {
  it('puts the policy right after the charset, before any script', () => {
    const html = withCspMetaTag(page);
    const metaAt = html.indexOf('<meta http-equiv="Content-Security-Policy"');
    assert.equal(metaAt, html.indexOf('<meta charset=UTF-8>') + '<meta charset=UTF-8>'.length);
    assert.ok(metaAt < html.indexOf('<script'));
    assert.ok(html.includes(sha(themeScript)));
  });

  it('fails on a page without a head instead of shipping it unprotected', () => {
    assert.throws(() => withCspMetaTag('<p>no head</p>'), /has no <head>/);
  });
});
