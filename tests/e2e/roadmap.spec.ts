import {expect, test as base, type Page} from '@playwright/test';
import {collapseWhitespace, plainTextBlocks, readEntryFiles} from '../entryFiles';
import {guardPage} from '../guardPage';

// The source roadmap's themes, in its order.
const NEXT = [
  ['backend-services-mvp', 'Backend Services (MVP)'],
  ['backstage-security-audit', 'Backstage Security Audit'],
  ['backstage-threat-model', 'Backstage Threat Model'],
  ['software-catalog-pagination', 'Software Catalog pagination'],
  ['more-sigs', 'More SIGs'],
];
const FUTURE = [
  ['ease-of-onboarding', 'Ease of onboarding'],
  ['composable-homepage-10', 'Composable Homepage 1.0'],
  ['creator-experience', 'Creator experience'],
  ['graphql-support', 'GraphQL support'],
  ['telemetry', 'Telemetry'],
];

// Links into the source page that must keep landing on the same heading.
const OLD_ANCHORS: [string, string, 'H2' | 'H3'][] = [
  ['whats-next', "What's next", 'H2'],
  ['future-work', 'Future work', 'H2'],
  ['backend-services-mvp', 'Backend Services (MVP)', 'H3'],
  ['backstage-security-audit', 'Backstage Security Audit', 'H3'],
  ['backstage-threat-model', 'Backstage Threat Model', 'H3'],
  ['software-catalog-pagination', 'Software Catalog pagination', 'H3'],
  ['more-sigs', 'More SIGs', 'H3'],
  ['how-to-influence-the-roadmap', 'How to influence the roadmap', 'H2'],
];

// Every test gets `check`, which fails on console errors or off-site requests.
const test = base.extend<{check: () => void}>({
  check: async ({page, baseURL}, use) => {
    await use(guardPage(page, new URL(baseURL!).origin));
  },
});

function table(page: Page) {
  return page.getByRole('table', {name: 'Roadmap themes by status'});
}

test('the summary table lists the five next and five future themes in source order', async ({
  page,
  check,
}) => {
  await page.goto('roadmap');
  const headers = table(page).locator('thead th[scope="col"] a');
  await expect(headers).toHaveText(["What's next", 'Future work']);
  await expect(headers.nth(0)).toHaveAttribute('href', '#whats-next');
  await expect(headers.nth(1)).toHaveAttribute('href', '#future-work');
  const cells = table(page).locator('tbody td');
  await expect(cells).toHaveCount(2);
  for (const [index, expected] of [NEXT, FUTURE].entries()) {
    const links = cells.nth(index).getByRole('link');
    await expect(links).toHaveText(expected.map(([, title]) => title));
    for (const [i, [id]] of expected.entries()) {
      await expect(links.nth(i)).toHaveAttribute('href', `#${id}`);
    }
  }
  check();
});

test('each table link lands on its theme', async ({page, check}) => {
  await page.goto('roadmap');
  for (const [id, title] of [...NEXT, ...FUTURE]) {
    await table(page).getByRole('link', {name: title, exact: true}).click();
    await expect(page).toHaveURL(new RegExp(`/roadmap#${id}$`));
    const heading = page.locator(`h3#${id}`);
    await expect(heading).toHaveText(title);
    await expect(heading).toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  check();
});

for (const [anchor, title, tagName] of OLD_ANCHORS) {
  test(`the old link /roadmap#${anchor} lands on "${title}"`, async ({page, check}) => {
    await page.goto(`roadmap#${anchor}`);
    const heading = page.locator(`#${anchor}`);
    await expect(heading).toHaveText(title);
    await expect(heading).toHaveJSProperty('tagName', tagName);
    await expect(heading).toBeInViewport();
    check();
  });
}

test('every theme has its full text, an edit link to its own file and a TOC entry', async ({
  page,
  check,
}) => {
  const files = await readEntryFiles();
  expect(files).toHaveLength(NEXT.length + FUTURE.length);
  await page.goto('roadmap');
  for (const {file, frontMatter, body} of files) {
    const id = String(frontMatter.id);
    const section = page.locator('section').filter({has: page.locator(`h3#${id}`)});
    await expect(section).toHaveCount(1);
    const text = collapseWhitespace(await section.innerText());
    for (const block of plainTextBlocks(body)) {
      expect(text, `${file}: this text is missing from /roadmap`).toContain(block);
    }
    const edit = section.getByRole('link', {name: /^Edit this entry/});
    await expect(edit).toHaveAttribute(
      'href',
      new RegExp(`^https://github\\.com/[^/]+/[^/]+/edit/[^/]+/${file}$`),
    );
    await expect(page.locator(`.table-of-contents a[href="#${id}"]`)).toHaveText(
      String(frontMatter.title),
    );
  }
  check();
});

test('the table is in the server-rendered page, with JavaScript off', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto('roadmap');
  await expect(table(page).locator('tbody').getByRole('link')).toHaveCount(
    NEXT.length + FUTURE.length,
  );
  await expect(page.locator('h3#telemetry')).toHaveText('Telemetry');
  await context.close();
});

test('the home page leads to the roadmap in one click', async ({page, check}) => {
  await page.goto('./');
  await page.getByRole('link', {name: 'Read the roadmap'}).click();
  await expect(page).toHaveURL(/\/roadmap$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Roadmap');
  check();
});

test('the site serves the entry JSON Schema for editors and tools', async ({request}) => {
  const response = await request.get('roadmap-entry.schema.json');
  expect(response.status()).toBe(200);
  const schema = (await response.json()) as {title: string; required: string[]};
  expect(schema.title).toBe('Roadmap entry front matter');
  expect(schema.required).toEqual(['id', 'title', 'summary', 'tags', 'order']);
});
