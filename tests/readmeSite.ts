import {expect, type APIRequestContext, type Page} from '@playwright/test';
import {feedTitles} from './feedTitles';

/** The README example site's three themes, as `adoptAsReadmeSays` writes them. */
export const README_SITE_IDS = ['catalog-search', 'dark-mode', 'plugin-marketplace'];

/** `roadmap.json` lists every theme, and the Atom and RSS feeds are well-formed and hold them. */
export async function expectDataAndFeeds(page: Page, request: APIRequestContext, siteUrl: string) {
  const json = (await (await request.get(`${siteUrl}roadmap.json`)).json()) as {
    entries: {id: string}[];
  };
  expect(json.entries.map((entry) => entry.id).sort()).toEqual(README_SITE_IDS);
  await page.goto(siteUrl);
  for (const feed of ['roadmap/atom.xml', 'roadmap/rss.xml']) {
    const titles = await feedTitles(page, `${siteUrl}${feed}`);
    expect(titles, `${feed} is well-formed XML`).not.toBeNull();
    expect(titles!.join('\n')).toContain('Catalog search');
  }
}
