import {expect, test} from '@playwright/test';
import {readEntryFiles} from '../entryFiles';

test.describe('on a 360 px wide phone', () => {
  test.use({viewport: {width: 360, height: 740}});

  test('the overview, its table and its themes fit without scrolling sideways', async ({page}) => {
    await page.goto('roadmap');
    const table = page.getByRole('table', {name: 'Roadmap themes by status'});
    await expect(table).toBeVisible();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    const box = (await table.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    // The table's links still work: a theme is one tap away.
    await table.getByRole('link', {name: 'More SIGs'}).click();
    await expect(page.locator('h3#more-sigs')).toBeInViewport();
  });
});

test('printing the overview gives the whole roadmap without navigation', async ({page}) => {
  await page.goto('roadmap');
  await page.emulateMedia({media: 'print'});
  for (const selector of [
    '.navbar',
    '.theme-doc-sidebar-container',
    '.theme-doc-toc-desktop',
    '.footer',
  ]) {
    await expect(page.locator(selector).first()).toBeHidden();
  }
  await expect(page.getByRole('table', {name: 'Roadmap themes by status'})).toBeVisible();
  for (const {frontMatter} of await readEntryFiles()) {
    await expect(page.locator(`h3#${String(frontMatter.id)}`)).toBeVisible();
  }
  // "Edit this entry" and the feed links are for the screen, not the paper.
  await expect(page.getByRole('link', {name: /^Edit this entry/}).first()).toBeHidden();
  // Links to other sites print their address.
  const after = await page
    .locator('.markdown a[href^="https://www.cncf.io"]')
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toBe('" (https://www.cncf.io/)"');
});
