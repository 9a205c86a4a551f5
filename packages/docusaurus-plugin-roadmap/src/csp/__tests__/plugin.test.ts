import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {LoadContext} from '@docusaurus/types';
import cspPlugin from '..';

const context = (baseUrlIssueBanner: boolean) =>
  ({baseUrl: '/', siteConfig: {baseUrlIssueBanner}}) as unknown as LoadContext;

describe('the CSP plugin', () => {
  it("refuses a site that keeps Docusaurus's base-URL banner, saying which setting to change", () => {
    assert.throws(() => cspPlugin(context(true)), /needs `baseUrlIssueBanner: false`/);
    assert.equal(cspPlugin(context(false)).name, 'csp');
  });
});
