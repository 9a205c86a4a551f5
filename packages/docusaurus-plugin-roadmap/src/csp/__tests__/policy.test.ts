import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {contentSecurityPolicy, withCspMetaTag} from '../policy';

const page =
  '<!doctype html><html><head><meta charset=UTF-8><title>x</title><script>a()</script></head><body></body></html>';

describe('contentSecurityPolicy', () => {
  it('allows only the site itself, and inline scripts only by hash', () => {
    const policy = contentSecurityPolicy(["'sha256-abc'"]);
    assert.match(policy, /^default-src 'self'; script-src 'self' 'sha256-abc';/);
    assert.match(policy, /object-src 'none'/);
    assert.match(policy, /frame-src 'none'/);
    assert.doesNotMatch(policy, /https?:|\*|'unsafe-eval'/);
    assert.doesNotMatch(policy.split('; ')[1]!, /unsafe-inline/);
  });
});

describe('withCspMetaTag', () => {
  it('puts the policy right after the charset, before any script', () => {
    const html = withCspMetaTag(page, "default-src 'self'");
    const metaAt = html.indexOf('<meta http-equiv="Content-Security-Policy"');
    assert.equal(metaAt, html.indexOf('<meta charset=UTF-8>') + '<meta charset=UTF-8>'.length);
    assert.ok(metaAt < html.indexOf('<script'));
  });

  it('finds the head a minifier left without its tag, never a <header> in the body', () => {
    const minified =
      '<!doctype html><html lang=en><meta charset=UTF-8><title>x</title><body><header>h</header>';
    const html = withCspMetaTag(minified, "default-src 'self'");
    assert.equal(
      html,
      '<!doctype html><html lang=en><meta charset=UTF-8><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><title>x</title><body><header>h</header>',
    );
    // No charset first: the policy goes before the head's first element.
    const noCharset = withCspMetaTag('<title>x</title><script>a()</script><header>', 'p');
    assert.match(noCharset, /^<meta http-equiv="Content-Security-Policy" content="p"><title>/);
    // A <head> start tag with attributes, and a comment that only looks like one.
    const tagged = withCspMetaTag(
      '<!-- <head> --><html><head data-x=">"><script>a()</script>',
      'p',
    );
    assert.match(
      tagged,
      /<head data-x=">"><meta http-equiv="Content-Security-Policy" content="p"><script>/,
    );
  });

  it('fails on a page without a head instead of shipping it unprotected', () => {
    assert.throws(() => withCspMetaTag('<p>no head</p>', "default-src 'self'"), /has no <head>/);
  });
});
