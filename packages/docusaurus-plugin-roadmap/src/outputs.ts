import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {DocusaurusConfig} from '@docusaurus/types';
import {badgeSvg} from './badge';
import {buildEventFeed, buildFeeds, changesFromFrontMatter, storyFeedItems} from './feeds';
import {ROADMAP_JSON_SCHEMA_FILE, THEME_FILES} from './files';
import type {RoadmapChange} from './history';
import {roadmapMemory, type Memory} from './memory';
import {groupByOwner, ownerPagePath} from './owners';
import type {Staleness} from './lifecycle';
import type {Options} from './options';
import {formatPeriod, type Period} from './period';
import {buildRoadmapJson, roadmapJsonSchemaText} from './roadmapJson';
import type {Words} from './translations';
import type {RoadmapEntry, RoadmapRoutes} from './types';

export interface OutputsInput {
  entries: RoadmapEntry[];
  routes: RoadmapRoutes;
  report: Staleness;
  /** The roadmap's changes from git (published themes only). */
  changes: RoadmapChange[];
  memory: Memory;
  /** False when the build had no git history. */
  historyKnown: boolean;
  outDir: string;
  baseUrl: string;
  siteConfig: DocusaurusConfig;
  period: Period;
  /** The site's language: feeds' titles and headlines, badges. */
  words: Words;
  options: Options;
}

/** The files the plugin adds to the build: roadmap.json with its schema, and the feeds. */
export async function writeOutputs({
  entries,
  routes,
  report,
  changes,
  memory,
  historyKnown,
  outDir,
  baseUrl,
  siteConfig,
  period,
  words,
  options,
}: OutputsInput): Promise<void> {
  const write = async (url: string, content: string) => {
    const file = path.join(outDir, url.slice(baseUrl.length));
    await mkdir(path.dirname(file), {recursive: true});
    await writeFile(file, content);
  };
  const json = buildRoadmapJson(entries, {
    period,
    buildDate: options.buildDate,
    staleness: report,
    siteOrigin: siteConfig.url,
    overviewPermalink: routes.overview,
    periodLabel: formatPeriod(period, words.period.short, words.lang, words.calendar),
    memory: historyKnown ? memory : undefined,
  });
  await write(routes.roadmapJson, `${JSON.stringify(json, null, 2)}\n`);
  await write(
    routes.roadmapJson.replace(/[^/]+$/, ROADMAP_JSON_SCHEMA_FILE),
    roadmapJsonSchemaText(),
  );

  // Without git history the feeds fall back to the dates in front matter.
  const feedChanges = historyKnown ? changes : changesFromFrontMatter(entries);
  const stories = historyKnown
    ? memory.stories
    : roadmapMemory(feedChanges, entries, options.buildDate).stories;
  const feeds = buildFeeds(feedChanges, entries, {
    title: siteConfig.title,
    description: siteConfig.tagline,
    siteUrl: new URL(siteConfig.baseUrl, siteConfig.url).href,
    overviewUrl: new URL(routes.overview, siteConfig.url).href,
    words,
  });
  await write(routes.atom, feeds.atom);
  await write(routes.rss, feeds.rss);
  await write(routes.jsonFeed, feeds.json);

  // Each theme's own feed and badge, beside its page; each owner's feed.
  const absolute = (url: string) => new URL(url, siteConfig.url).href;
  const itemsOf = (entry: RoadmapEntry) =>
    storyFeedItems(entry, stories.get(entry.id) ?? [], words, absolute);
  await Promise.all(
    entries.flatMap((entry) => [
      write(
        `${entry.permalink}/${THEME_FILES.atom}`,
        buildEventFeed({
          title: words.say('themeFeed.title', {site: siteConfig.title, title: entry.title}),
          description: words.say('themeFeed.description', {title: entry.title}),
          selfUrl: absolute(`${entry.permalink}/${THEME_FILES.atom}`),
          link: absolute(entry.permalink),
          items: itemsOf(entry),
        }),
      ),
      write(
        `${entry.permalink}/${THEME_FILES.badge}`,
        badgeSvg(entry, options.badgeColors, words.badge),
      ),
      // What the theme's page loads after a link in the site (see RoadmapStory).
      write(
        `${entry.permalink}/${THEME_FILES.story}`,
        JSON.stringify(memory.stories.get(entry.id) ?? null),
      ),
    ]),
  );
  await Promise.all(
    groupByOwner(entries).map((owner) => {
      const page = ownerPagePath(routes, owner.slug);
      return write(
        `${page}/${THEME_FILES.atom}`,
        buildEventFeed({
          title: words.say('ownerFeed.title', {site: siteConfig.title, owner: owner.name}),
          description: words.say('ownerFeed.description', {owner: owner.name}),
          selfUrl: absolute(`${page}/${THEME_FILES.atom}`),
          link: absolute(page),
          items: owner.entries.flatMap(itemsOf),
        }),
      );
    }),
  );
}
