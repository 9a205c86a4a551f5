import {expect, type Page} from '@playwright/test';

/**
 * Records console errors, page errors and any request to another origin than
 * `origin`; the returned check fails the test if there were any.
 */
export function guardPage(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('http') && new URL(url).origin !== origin) {
      problems.push(`request left ${origin}: ${url}`);
    }
  });
  return () => expect(problems).toEqual([]);
}
