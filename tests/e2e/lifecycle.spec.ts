import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test as base} from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {E2E_BUILD} from '../e2eSite';
import {guardPage} from '../guardPage';

// Lifecycle features on the test roadmap, built on a fixed date long after
// its 2022-Q3 period, so it must say it may be out of date.
const test = base.extend<{check: () => void}>({
  check: async ({page, baseURL}, use) => {
    await use(guardPage(page, new URL(baseURL!).origin));
  },
});

test('the overview says the roadmap may be out of date once its period is over', async ({
  page,
  check,
}) => {
  await page.goto('roadmap');
  const notice = page.getByRole('note');
  await expect(notice).toContainText('This roadmap may be out of date.');
  await expect(notice).toContainText(
    'It covers July–September 2022, which ended on 30 September 2022, and no entry has been marked as reviewed since.',
  );
  check();
});

test('a renamed theme keeps its old anchor and its old page URL', async ({page, check}) => {
  await page.goto('roadmap#composable-homepage');
  const heading = page.locator('h3#composable-homepage-10');
  await expect(heading).toHaveText('Composable Homepage 1.0');
  await expect(heading).toBeInViewport();

  await page.goto('roadmap/composable-homepage#ownership');
  await expect(page).toHaveURL(/\/roadmap\/composable-homepage-10#ownership$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Composable Homepage 1.0');
  // The no-JavaScript fallback must not reload the page later and drop the anchor.
  await page.evaluate(() => Object.assign(window, {stayed: true}));
  await page.waitForTimeout(2500);
  expect(await page.evaluate(() => 'stayed' in window)).toBe(true);
  await expect(page).toHaveURL(/#ownership$/);
  check();
});

test("without JavaScript, a renamed theme's old page URL still leads to its page", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({javaScriptEnabled: false, baseURL});
  const page = await context.newPage();
  await page.goto('roadmap/composable-homepage');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('This theme has moved');
  await page.getByRole('link', {name: 'Composable Homepage 1.0'}).click();
  await expect(page).toHaveURL(/\/roadmap\/composable-homepage-10$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Composable Homepage 1.0');
  await context.close();
});

test('the overview links its feeds and JSON, and readers can discover the feeds', async ({
  page,
  request,
  check,
}) => {
  await page.goto('roadmap');
  const follow = page.getByText('Follow changes:');
  await expect(follow.getByRole('link', {name: 'Atom feed'})).toHaveAttribute(
    'href',
    '/roadmap/atom.xml',
  );
  const alternates = page.locator(
    'head link[rel="alternate"][type$="xml"], head link[type$="json"]',
  );
  await expect(alternates).toHaveCount(3);
  for (const href of await alternates.evaluateAll((links) =>
    links.map((l) => l.getAttribute('href')!),
  )) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
  }
  const atom = await (await request.get('roadmap/atom.xml')).text();
  expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(atom).toContain("Added to What's next: Backend Services (MVP)");
  check();
});

test('/roadmap.json lists the ten themes and validates against /roadmap.schema.json', async ({
  request,
}) => {
  const json = (await (await request.get('roadmap.json')).json()) as {
    period: {id: string};
    entries: {id: string; anchor: string}[];
  };
  const schema = (await (await request.get('roadmap.schema.json')).json()) as object;
  const ajv = new Ajv2020({allErrors: true});
  addFormats(ajv);
  const validate = ajv.compile(schema);
  expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
  expect(json.period.id).toBe('2022-Q3');
  expect(json.entries).toHaveLength(10);
  // The same file on disk is what the build wrote.
  expect(JSON.parse(readFileSync(path.join(E2E_BUILD, 'roadmap.json'), 'utf8'))).toEqual(json);
});

test('with nothing shipped, the overview and the archive say so', async ({page, check}) => {
  await page.goto('roadmap');
  const section = page.locator('section, div').filter({
    has: page.getByRole('heading', {name: 'Recently shipped'}),
  });
  await expect(page.getByText('No theme has shipped recently.')).toBeVisible();
  await expect(section.getByRole('link', {name: 'shipped themes'}).first()).toHaveAttribute(
    'href',
    '/shipped',
  );
  await page.goto('shipped');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Shipped themes');
  await expect(page.getByText('No theme has shipped yet.')).toBeVisible();
  check();
});
