import type {Page} from '@playwright/test';

/**
 * A feed's item titles as a reader shows them (Atom and RSS titles carry
 * HTML), parsed by the browser's strict XML parser; null if the feed is not
 * well-formed XML.
 */
export function feedTitles(page: Page, url: string): Promise<string[] | null> {
  return page.evaluate(async (feedUrl) => {
    const xml = await (await fetch(feedUrl)).text();
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0) return null;
    return Array.from(doc.querySelectorAll('entry > title, item > title'), (title) => {
      const shown = document.createElement('div');
      shown.innerHTML = title.textContent ?? '';
      return shown.textContent ?? '';
    });
  }, url);
}
