import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {builtPages} from '../builtPages';
import {E2E_BUILD} from '../e2eSite';
import {guardPage} from '../guardPage';

const pages = builtPages(E2E_BUILD);

test('the build has the pages these checks walk', () => {
  expect(pages).toContain('roadmap');
  expect(pages).toContain('');
  expect(pages.length).toBeGreaterThan(10);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({colorScheme});

    for (const pagePath of pages) {
      test(`/${pagePath} has no axe violations, console errors or off-site requests`, async ({
        page,
        baseURL,
      }) => {
        const check = guardPage(page, new URL(baseURL!).origin);
        await page.goto(pagePath, {waitUntil: 'networkidle'});
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        const {violations} = await new AxeBuilder({page}).analyze();
        const summary = violations.map(
          (v) =>
            `${v.id} (${v.nodes.length}): ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 5)
              .join(', ')}`,
        );
        expect(summary).toEqual([]);
        check();
      });
    }
  });
}
