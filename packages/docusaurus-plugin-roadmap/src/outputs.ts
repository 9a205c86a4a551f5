import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {logger} from '@docusaurus/logger';
import type {DocusaurusConfig} from '@docusaurus/types';
import {buildFeeds, changesFromFrontMatter} from './feeds';
import {ROADMAP_JSON_SCHEMA_FILE} from './files';
import {escapeForLog} from './format';
import {changesFromGit} from './history';
import type {Staleness} from './lifecycle';
import type {Options} from './options';
import type {Period} from './period';
import {buildRoadmapJson, roadmapJsonSchemaText} from './roadmapJson';
import type {StatusSections} from './statuses';
import type {RoadmapEntry, RoadmapRoutes} from './types';

export interface OutputsInput {
  entries: RoadmapEntry[];
  routes: RoadmapRoutes;
  report: Staleness;
  /** Ids of drafts and other entries the build does not publish. */
  unpublished: Set<string>;
  outDir: string;
  baseUrl: string;
  siteConfig: DocusaurusConfig;
  siteDir: string;
  period: Period;
  /** The statuses' words, for the feeds' headlines. */
  statuses: StatusSections;
  options: Options;
}

/** The files the plugin adds to the build: roadmap.json with its schema, and the feeds. */
export async function writeOutputs({
  entries,
  routes,
  report,
  unpublished,
  outDir,
  baseUrl,
  siteConfig,
  siteDir,
  period,
  statuses,
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
  });
  await write(routes.roadmapJson, `${JSON.stringify(json, null, 2)}\n`);
  await write(
    routes.roadmapJson.replace(/[^/]+$/, ROADMAP_JSON_SCHEMA_FILE),
    roadmapJsonSchemaText(),
  );

  // Changes come from git history; without it, from the shipped dates.
  const entriesPath = path.posix.join(options.docsDir, options.entriesDir);
  const history = await changesFromGit(siteDir, entriesPath, {buildDate: options.buildDate});
  if ('warning' in history) {
    logger.warn(
      `Roadmap feeds: ${history.warning}; they list only shipped themes, dated by shipped_on.`,
    );
  } else if (history.skipped.length > 0) {
    logger.warn(
      escapeForLog(
        `Roadmap feeds: left out of the history:\n${history.skipped.map((s) => `- ${s}`).join('\n')}`,
      ),
    );
  }
  // Drafts and unlisted themes stay out of the feeds, now and in the past.
  const changes = ('changes' in history ? history.changes : changesFromFrontMatter(entries)).filter(
    (change) => !unpublished.has(change.id),
  );
  const feeds = buildFeeds(changes, entries, {
    title: siteConfig.title,
    description: siteConfig.tagline,
    siteUrl: new URL(siteConfig.baseUrl, siteConfig.url).href,
    overviewUrl: new URL(routes.overview, siteConfig.url).href,
    statuses,
  });
  await write(routes.atom, feeds.atom);
  await write(routes.rss, feeds.rss);
  await write(routes.jsonFeed, feeds.json);
}
