import {expect, test} from '@playwright/test';
import {guardPage} from '../guardPage';

test("searching a word that only a theme's text holds lands on that theme", async ({
  page,
  baseURL,
}) => {
  const check = guardPage(page, new URL(baseURL!).origin);
  await page.goto('shipped', {waitUntil: 'networkidle'});
  // "thousands" appears only in the text of "Software Catalog pagination".
  // The box turns from a textbox into a combobox once the search loads, so
  // find it by what stays the same.
  const input = page.getByPlaceholder('Search');
  await input.click();
  await input.pressSequentially('thousands');
  const first = page.getByRole('option').first();
  await expect(first).toContainText('Software Catalog pagination');
  await first.click();
  // The theme's own page, or its section on the overview.
  await expect(page).toHaveURL(/\/roadmap[/#]software-catalog-pagination$/);
  await expect(
    page.getByRole('heading', {name: 'Software Catalog pagination', exact: true}),
  ).toBeInViewport();
  check();
});

test("the search page links a body word to the theme's anchor on the overview", async ({
  page,
  baseURL,
}) => {
  const check = guardPage(page, new URL(baseURL!).origin);
  await page.goto('search?q=thousands');
  const toAnchor = page.locator('a[href$="/roadmap#software-catalog-pagination"]');
  await expect(toAnchor.first()).toBeVisible();
  await toAnchor.first().click();
  await expect(page.locator('h3#software-catalog-pagination')).toBeInViewport();
  check();
});
