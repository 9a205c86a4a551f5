import type {LoadContext} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {groupByStatus} from './entries';
import {FEED_FILES, ROADMAP_JSON_FILE, THEME_FILES} from './files';
import type {Options} from './options';
import {groupByOwner, ownerPagePath} from './owners';
import {STATUSES, statusPagePath} from './statuses';
import type {Words} from './translations';
import {
  LISTED_ENTRY_KEYS,
  pick,
  type ListPageData,
  type RoadmapEntry,
  type RoadmapRoutes,
} from './types';

/** This instance's pages and files under the site's base URL. */
export function instanceRoutes(
  context: Pick<LoadContext, 'baseUrl'>,
  options: Pick<Options, 'routeBasePath'>,
  overview: string,
): RoadmapRoutes {
  const at = (...parts: string[]) =>
    normalizeUrl([context.baseUrl, options.routeBasePath, ...parts]);
  return {
    overview,
    status: at('status'),
    owners: at('owners'),
    atom: at(FEED_FILES.atom),
    rss: at(FEED_FILES.rss),
    jsonFeed: at(FEED_FILES.json),
    roadmapJson: at(ROADMAP_JSON_FILE),
    timeline: at('timeline'),
    delivery: at('delivery'),
  };
}

/** The pages the plugin adds: one per status and per owner, and an index of owners. */
export function listPages(
  entries: readonly RoadmapEntry[],
  routes: RoadmapRoutes,
  {pluginId, words}: {pluginId: string; words: Words},
): {path: string; data: ListPageData}[] {
  const listed = (entry: RoadmapEntry) => pick(entry, LISTED_ENTRY_KEYS);
  const byStatus = groupByStatus(entries);
  const pages: {path: string; data: Omit<ListPageData, 'overview' | 'pluginId'>}[] = STATUSES.map(
    (status) => ({
      path: statusPagePath(routes, status),
      data: {
        title: words.statuses[status].group,
        description: words.say(`statusPage.${status}.description`),
        entries: byStatus[status].map(listed),
      },
    }),
  );
  const owners = groupByOwner(entries);
  for (const owner of owners) {
    const grouped = groupByStatus(owner.entries);
    const page = ownerPagePath(routes, owner.slug);
    pages.push({
      path: page,
      data: {
        feed: `${page}/${THEME_FILES.atom}`,
        title: words.say('ownerPage.title', {owner: owner.name}),
        description: words.say('ownerPage.description', {owner: owner.name}),
        entries: STATUSES.flatMap((status) => grouped[status]).map(listed),
      },
    });
  }
  pages.push({
    path: routes.owners,
    data: {
      title: words.say('ownersPage.title'),
      description: words.say('ownersPage.description'),
      owners: owners.map((owner) => ({
        name: owner.name,
        permalink: ownerPagePath(routes, owner.slug),
        count: owner.entries.length,
      })),
    },
  });
  return pages.map(({path, data}) => ({
    path,
    data: {...data, overview: routes.overview, pluginId},
  }));
}
