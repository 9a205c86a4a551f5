import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {instanceRoutes, listPages} from '../routes';
import {toEntryData, type EntryFrontMatter} from '../schema';
import {statusSections} from '../statuses';
import {englishWords} from '../translations';
import type {RoadmapEntry} from '../types';

function entry(id: string, status: string, owner?: string): RoadmapEntry {
  const frontMatter = {id, title: id, summary: `${id}.`, tags: [status], order: 1, aliases: []};
  return {
    ...toEntryData({...frontMatter, ...(owner ? {owner} : {})} as EntryFrontMatter),
    permalink: `/docs/product/${id}`,
    edit_url: null,
    file: `docs/product/${id}.md`,
    source: `@site/docs/product/${id}.md`,
  };
}

describe('instanceRoutes and listPages', () => {
  const routes = instanceRoutes(
    {baseUrl: '/site/'},
    {routeBasePath: '/product'},
    '/site/docs/product',
  );

  it("puts an instance's pages and files under the base URL and its routeBasePath", () => {
    assert.deepEqual(routes, {
      overview: '/site/docs/product',
      status: '/site/product/status',
      owners: '/site/product/owners',
      atom: '/site/product/roadmap/atom.xml',
      rss: '/site/product/roadmap/rss.xml',
      jsonFeed: '/site/product/roadmap/feed.json',
      roadmapJson: '/site/product/roadmap.json',
      timeline: '/site/product/timeline',
      delivery: '/site/product/delivery',
    });
  });

  it('adds a page per status and per owner, an owners index, each leading back to the overview', () => {
    const pages = listPages(
      [entry('a', 'next', '日本チーム'), entry('b', 'future', '中文团队'), entry('c', 'next')],
      routes,
      {
        pluginId: 'product',
        words: {...englishWords(), statuses: statusSections({next: {group: 'Now'}})},
      },
    );
    const listed = new Map(
      pages.map((p) => [
        p.path,
        p.data.entries?.map((t) => t.id) ?? p.data.owners?.map((o) => o.name),
      ]),
    );
    assert.deepEqual(listed.get('/site/product/status/next'), ['a', 'c']);
    // A site's own words for a status title its page.
    assert.equal(pages[0]!.data.title, 'Now');
    assert.deepEqual(listed.get('/site/product/status/future'), ['b']);
    assert.deepEqual(listed.get('/site/product/status/shipped'), []);
    assert.deepEqual(listed.get('/site/product/status/dropped'), []);
    assert.deepEqual(listed.get('/site/product/owners/日本チーム'), ['a']);
    assert.deepEqual(listed.get('/site/product/owners/中文团队'), ['b']);
    assert.deepEqual(
      new Set(listed.get('/site/product/owners')),
      new Set(['日本チーム', '中文团队']),
    );
    assert.equal(pages.length, 7);
    // Each owner's page leads to the owner's own feed.
    assert.equal(
      pages.find((p) => p.path === '/site/product/owners/中文团队')!.data.feed,
      '/site/product/owners/中文团队/atom.xml',
    );
    assert.ok(pages.every((p) => p.data.overview === '/site/docs/product'));
    assert.ok(pages.every((p) => p.data.pluginId === 'product'));
  });
});
