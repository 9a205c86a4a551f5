import {expect, test, type Page} from '@playwright/test';
import {guardPage} from '../guardPage';

/** Script and stylesheet URLs the page fetched, prefetches of other pages aside. */
function watchAssets(page: Page) {
  const urls: string[] = [];
  page.on('request', async (request) => {
    const headers = await request.allHeaders();
    if (headers['sec-purpose']?.includes('prefetch')) return;
    if (/\.(js|css)$/.test(new URL(request.url()).pathname)) urls.push(request.url());
  });
  return urls;
}

test('the search bar loads when the reader reaches for it, and keeps what they typed', async ({
  page,
  baseURL,
}) => {
  const check = guardPage(page, new URL(baseURL!).origin);
  const assets = watchAssets(page);
  await page.goto('roadmap', {waitUntil: 'networkidle'});
  const before = assets.length;
  const box = page.getByRole('textbox', {name: 'Search'});
  await expect(box).toBeVisible();
  // Nothing of the search bar came with the page: it arrives on demand,
  // with a script and its own stylesheet.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('thousands');
  await expect(page.getByRole('combobox', {name: 'Search'})).toBeFocused();
  await expect(page.getByRole('combobox', {name: 'Search'})).toHaveValue('thousands');
  await expect(page.getByRole('option').first()).toContainText('Software Catalog pagination');
  const loaded = assets.slice(before);
  expect(loaded.some((url) => url.endsWith('.js'))).toBe(true);
  expect(loaded.some((url) => url.endsWith('.css'))).toBe(true);
  check();
});

test('a code block is highlighted on the server and styled once its chunk arrives', async ({
  page,
  baseURL,
}) => {
  const check = guardPage(page, new URL(baseURL!).origin);
  const assets = watchAssets(page);
  await page.goto('writing-an-entry');
  const block = page.locator('.theme-code-block').first();
  await expect(block).toContainText('docs/roadmap/my-theme.md');
  await expect(block).toContainText('summary: What it brings to adopters, in one line.');
  // The block's own styles (a shadow around it) and buttons came with the lazy chunk.
  await expect.poll(() => block.evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe('none');
  await expect(block.getByRole('button', {name: 'Copy code to clipboard'})).toBeAttached();
  expect(assets.some((url) => url.endsWith('.css') && !url.includes('/styles.'))).toBe(true);
  check();
});

test('an admonition and a <details> are in the HTML, and work before and after their chunks arrive', async ({
  page,
  baseURL,
}) => {
  const check = guardPage(page, new URL(baseURL!).origin);
  for (const javaScript of [false, true]) {
    const context = await page.context().browser()!.newContext({javaScriptEnabled: javaScript});
    const reader = await context.newPage();
    await reader.goto(new URL('writing-an-entry', baseURL).href, {waitUntil: 'networkidle'});
    const tip = reader.locator('.theme-admonition-tip');
    await expect(tip).toContainText('Pick a short id');
    await expect(tip).toContainText('roadmap#my-theme');
    // Styled by Infima's alert classes, icon and all.
    await expect(tip.locator('svg').first()).toBeVisible();
    const details = reader.locator('details');
    await expect(details.getByText('next, future, shipped and dropped')).toBeHidden();
    await details.locator('summary').click();
    await expect(details.getByText('next, future, shipped and dropped')).toBeVisible();
    await context.close();
  }
  // Hydrated, the admonition renders from its chunk, and so does the code
  // block in it (loaded with it): its copy button is there.
  await page.goto('writing-an-entry', {waitUntil: 'networkidle'});
  await expect(
    page.locator('.theme-admonition-tip').getByRole('button', {name: 'Copy code to clipboard'}),
  ).toBeAttached();
  // Reached by a link in the site, both render from their chunks.
  await page.goto('contributing', {waitUntil: 'networkidle'});
  await page.getByRole('link', {name: 'how to write an entry'}).click();
  await expect(page.locator('.theme-admonition-tip svg').first()).toBeVisible();
  await expect(page.locator('details summary')).toHaveText('Which statuses are there?');
  check();
});

test('a code block reached by a client-side link renders once its chunk arrives', async ({
  page,
  baseURL,
}) => {
  const check = guardPage(page, new URL(baseURL!).origin);
  await page.goto('contributing', {waitUntil: 'networkidle'});
  await page.getByRole('link', {name: 'how to write an entry'}).click();
  await expect(page).toHaveURL(/\/writing-an-entry$/);
  const block = page.locator('.theme-code-block').first();
  await expect(block).toContainText('title: My theme');
  await expect(block.getByRole('button', {name: 'Copy code to clipboard'})).toBeAttached();
  check();
});

test("the themes' texts come with the overview's HTML, their code only after a link in the site", async ({
  page,
  baseURL,
}) => {
  const check = guardPage(page, new URL(baseURL!).origin);
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(response.text());
  });
  // A sentence of the telemetry theme's text, not of its summary.
  const text = 'adopters can get insights';
  const section = page.locator('section[aria-labelledby="telemetry"]');
  await page.goto('roadmap', {waitUntil: 'networkidle'});
  await expect(section).toContainText(text);
  const code = await Promise.all(scripts);
  expect(code.length).toBeGreaterThan(0);
  expect(code.filter((script) => script.includes(text))).toEqual([]);
  // Reached by a link from another page, the overview renders the texts itself.
  await page.goto('roadmap/more-sigs', {waitUntil: 'networkidle'});
  await page.getByRole('link', {name: 'Overview', exact: true}).click();
  await expect(page).toHaveURL(/\/roadmap$/);
  await expect(section).toContainText(text);
  await expect(section.getByRole('link', {name: /^Theme page/})).toBeVisible();
  check();
});

test("a link to a theme's anchor keeps the theme in view while the texts above it load", async ({
  page,
  baseURL,
}) => {
  const check = guardPage(page, new URL(baseURL!).origin);
  await page.goto('search?q=thousands', {waitUntil: 'networkidle'});
  // From now on every script is slow: the router scrolls to the theme well
  // before the texts above it arrive and push it down.
  await page.route('**/*.js', async (route) => {
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.fulfill({response});
  });
  await page.locator('a[href$="/roadmap#software-catalog-pagination"]').first().click();
  await expect(page).toHaveURL(/\/roadmap#software-catalog-pagination$/);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('section[aria-labelledby="telemetry"]')).toContainText(
    'adopters can get insights',
  );
  await expect(page.locator('h3#software-catalog-pagination')).toBeInViewport();
  check();
});

test('a page without code loads neither the highlighter nor the search bar', async ({page}) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(response.text());
  });
  const assets = watchAssets(page);
  await page.goto('contributing', {waitUntil: 'networkidle'});
  await expect(page.locator('.theme-code-block')).toHaveCount(0);
  const code = await Promise.all(scripts);
  expect(code.length).toBeGreaterThan(0);
  // Strings only the code block's and the search bar's chunks hold.
  expect(code.filter((text) => text.includes('theme.CodeBlock.copyButtonAriaLabel'))).toEqual([]);
  expect(code.filter((text) => text.includes('theme.SearchBar.seeAll'))).toEqual([]);
  // Nor admonitions, the animated <details>, or the progress bar of links.
  for (const only of ['admonitionHeading_', 'collapsibleContent_', 'nprogress']) {
    expect(
      code.filter((text) => text.includes(only)),
      only,
    ).toEqual([]);
  }
  // One stylesheet, the site's: theirs arrive with their chunks.
  expect(assets.filter((url) => url.endsWith('.css'))).toEqual([
    expect.stringMatching(/\/styles\.[0-9a-f]+\.css$/),
  ]);
});

test('a slow link in the site shows the progress bar, which loads with the first link', async ({
  page,
  baseURL,
}) => {
  const check = guardPage(page, new URL(baseURL!).origin);
  await page.goto('roadmap/more-sigs', {waitUntil: 'networkidle'});
  // From now on the next page's scripts take a second to arrive; the
  // progress bar's own chunk (loaded by the click) comes at once.
  await page.route('**/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (!body.includes('nprogress')) await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.fulfill({response, body});
  });
  await page.getByRole('link', {name: 'Overview', exact: true}).click();
  await expect(page.locator('#nprogress')).toBeAttached();
  await expect(page).toHaveURL(/\/roadmap$/);
  await expect(page.locator('#nprogress')).not.toBeAttached();
  check();
});

test('pages are loaded when a reader points at their link, not when it comes into view', async ({
  page,
}) => {
  const prefetched: string[] = [];
  page.on('request', async (request) => {
    const headers = await request.allHeaders();
    if (headers['sec-purpose']?.includes('prefetch')) prefetched.push(request.url());
  });
  await page.goto('roadmap', {waitUntil: 'networkidle'});
  // Every theme of the table and the sidebar is in view; none was downloaded.
  await expect(page.locator('table').first().getByRole('link').first()).toBeInViewport();
  await page.waitForTimeout(500);
  expect(prefetched).toEqual([]);
  // Pointing at a theme page's link loads that page's chunks before the click.
  const link = page
    .locator('section[aria-labelledby="telemetry"]')
    .getByRole('link', {name: /^Theme page/});
  const loaded = page.waitForRequest((request) => /\.js$/.test(request.url()));
  await link.hover();
  await loaded;
  await link.click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Telemetry');
});

test('on a phone the search box is an icon beside the site title, before and after it loads', async ({
  page,
}) => {
  await page.setViewportSize({width: 360, height: 740});
  await page.goto('roadmap', {waitUntil: 'networkidle'});
  const brand = page.locator('.navbar__inner .navbar__brand');
  const overlap = async () => {
    const a = (await brand.boundingBox())!;
    const b = (await page.locator('.navbar__search-input').boundingBox())!;
    return a.x < b.x + b.width && b.x < a.x + a.width;
  };
  expect(await overlap()).toBe(false);
  await page.locator('.navbar__search-input').hover();
  // The search plugin's own bar has taken the stand-in's place.
  await expect(page.locator('.navbar__search[class*="searchBarContainer"]')).toBeAttached();
  await page.mouse.move(0, 600);
  expect(await overlap()).toBe(false);
});
