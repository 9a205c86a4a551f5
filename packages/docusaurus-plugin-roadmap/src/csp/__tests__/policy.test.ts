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

  it('fails on a page without a head instead of shipping it unprotected', () => {
    assert.throws(() => withCspMetaTag('<p>no head</p>', "default-src 'self'"), /has no <head>/);
  });
});
