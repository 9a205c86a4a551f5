import {expect, test} from '@playwright/test';
import {guardPage} from '../guardPage';

// The site's French edition (tests/fixtures/site/i18n/fr): three themes and
// the overview translated, the other themes shown as written, in English.

test('the French overview shows translated themes in French and marks the others English', async ({
  page,
  baseURL,
}) => {
  const check = guardPage(page, new URL(baseURL!).origin);
  await page.goto('fr/roadmap', {waitUntil: 'networkidle'});
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const table = page.getByRole('table');
  const translated = table.getByRole('link', {name: 'Télémétrie', exact: true});
  await expect(translated).toHaveAttribute('href', '#telemetry');
  await expect(translated).not.toHaveAttribute('lang');
  await expect(table.getByRole('link', {name: 'More SIGs', exact: true})).toHaveAttribute(
    'lang',
    'en',
  );
  await expect(page.locator('h3#backend-services-mvp')).toHaveText('Services backend (MVP)');
  await expect(page.locator('h3#more-sigs')).toHaveAttribute('lang', 'en');
  // The overview's own headings keep the English page's anchors.
  await expect(page.locator('h2#whats-next')).toHaveText('Prochainement');
  // A translated theme's page: its text and the roadmap's links in French.
  await page.goto('fr/roadmap/telemetry', {waitUntil: 'networkidle'});
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Télémétrie');
  await expect(page.getByRole('link', {name: 'Travaux futurs', exact: true}).first()).toBeVisible();
  check();
});

test('the locale dropdown leads to the same theme in the other language, anchor kept', async ({
  page,
  baseURL,
}) => {
  const check = guardPage(page, new URL(baseURL!).origin);
  await page.goto('roadmap#telemetry', {waitUntil: 'networkidle'});
  await page.getByRole('button', {name: 'English'}).hover();
  await page.getByRole('link', {name: 'Français'}).click();
  await expect(page).toHaveURL(/\/fr\/roadmap#telemetry$/);
  await expect(page.locator('h3#telemetry')).toHaveText('Télémétrie');
  await expect(page.locator('h3#telemetry')).toBeInViewport();
  check();
});
