import {mkdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {logger} from '@docusaurus/logger';
import {escapeForLog} from './format';
import {changesFromGit, type RoadmapChange} from './history';
import type {Delivery, Memory, StoryEvent, Timeline} from './memory';
import {filterableEntry} from './owners';
import type {Options} from './options';
import type {FilterableEntry, RoadmapEntry, RoadmapRoutes} from './types';

/**
 * The roadmap's changes from git, without unpublished themes, and a warning
 * instead when the build has no usable history (a shallow clone, no git).
 */
export async function readChanges(
  siteDir: string,
  options: Pick<Options, 'docsDir' | 'entriesDir' | 'buildDate'>,
  unpublished: ReadonlySet<string>,
): Promise<{changes: RoadmapChange[]; warning?: string}> {
  const entriesPath = path.posix.join(options.docsDir, options.entriesDir);
  const history = await changesFromGit(siteDir, entriesPath, {buildDate: options.buildDate});
  if ('warning' in history) {
    logger.warn(
      `Roadmap history: ${history.warning}; theme pages, the timeline and the delivery page show no history, and the feeds list only shipped themes, dated by shipped_on.`,
    );
    return {changes: [], warning: history.warning};
  }
  if (history.skipped.length > 0) {
    logger.warn(
      `Roadmap history: left out:\n${history.skipped.map((s) => `- ${escapeForLog(s)}`).join('\n')}`,
    );
  }
  // Drafts and unlisted themes stay out, now and in the past.
  return {changes: history.changes.filter((change) => !unpublished.has(change.id))};
}

/**
 * The story loaders, generated beside every instance's data: the server
 * reads every story at once; a built site's browser fetches the one story
 * it needs from the file beside the theme's page (no map of every story in
 * any bundle); `npm start`, which has no such files, imports it.
 */
export const STORIES_SERVER = 'stories-server.js';
export const STORIES_CLIENT = 'stories-client.js';
export const STORIES_CLIENT_DEV = 'stories-client-dev.js';

/** A browser loader that keeps each story it got, from `load` (a promise of the story). */
const clientModule = (load: string) => `const loaded = new Map();
export function storyNow(pluginId, id) {
  return loaded.get(pluginId + '/' + id);
}
export function loadStory(pluginId, id, url) {
  return ${load}.then(
    (story) => {
      loaded.set(pluginId + '/' + id, story);
      return story;
    },
    () => null,
  );
}
`;

const CLIENT_MODULE = clientModule(
  'fetch(url).then((response) => (response.ok ? response.json() : null))',
);

// Every instance's stories are `<id>/stories/<theme>.json`; the ids and
// theme ids are kebab-case, so the paths need no escaping.
const CLIENT_DEV_MODULE = clientModule(
  'import(`./${pluginId}/stories/${id}.json`).then((module) => module.default ?? module)',
);

const SERVER_MODULE = `const stories = require.context('.', true, /^\\.\\/[^/]+\\/stories\\/[^/]+\\.json$/);
export function storyNow(pluginId, id) {
  const key = './' + pluginId + '/stories/' + id + '.json';
  return stories.keys().includes(key) ? stories(key) : null;
}
export function loadStory(pluginId, id) {
  return Promise.resolve(storyNow(pluginId, id));
}
`;

/** One JSON file per published theme with a story, and the two loaders. */
export async function writeStories(
  dataDir: string,
  stories: ReadonlyMap<string, StoryEvent[]>,
  published: ReadonlySet<string>,
): Promise<void> {
  const dir = path.join(dataDir, 'stories');
  await rm(dir, {recursive: true, force: true});
  await mkdir(dir, {recursive: true});
  await Promise.all(
    [...stories]
      .filter(([id]) => published.has(id))
      .map(([id, story]) => writeFile(path.join(dir, `${id}.json`), JSON.stringify(story))),
  );
  const shared = path.dirname(dataDir);
  await writeFile(path.join(shared, STORIES_CLIENT), CLIENT_MODULE);
  await writeFile(path.join(shared, STORIES_CLIENT_DEV), CLIENT_DEV_MODULE);
  await writeFile(path.join(shared, STORIES_SERVER), SERVER_MODULE);
}

/** What the timeline page shows: each row with what the overview's filters match it on. */
export interface TimelinePageData extends Timeline {
  rows: (Timeline['rows'][number] & {filter: FilterableEntry | null})[];
  overview: string;
  delivery: string;
  /** Why there is no history, when there is none. */
  warning: string | null;
}

export interface DeliveryPageData extends Delivery {
  overview: string;
  timeline: string;
  warning: string | null;
}

export function memoryPages(
  entries: readonly RoadmapEntry[],
  memory: Memory,
  {routes, warning}: {routes: RoadmapRoutes; warning?: string},
): {timeline: TimelinePageData; delivery: DeliveryPageData} {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const common = {overview: routes.overview, warning: warning ?? null};
  return {
    timeline: {
      ...memory.timeline,
      // A theme added and removed within one quarter was never on it at a quarter's end.
      rows: memory.timeline.rows
        .filter((row) => row.cells.some(Boolean))
        .map((row) => {
          const entry = byId.get(row.id);
          return {...row, filter: entry ? filterableEntry(entry) : null};
        }),
      ...common,
      delivery: routes.delivery,
    },
    delivery: {...memory.delivery, ...common, timeline: routes.timeline},
  };
}
