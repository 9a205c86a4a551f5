/**
 * What the roadmap's theme components (and a site's own components or
 * swizzled copies) may use in the browser: pure helpers, types, and hooks
 * that read the plugin's data. Nothing here reaches Node.
 */
import {usePluginData} from '@docusaurus/useGlobalData';
import {PLUGIN_NAME} from '../files';
import type {RoadmapGlobalData} from '../types';

export {PLUGIN_NAME};
export {
  OVERVIEW_STATUSES,
  STATUSES,
  STATUS_SECTIONS,
  TABLE_STATUSES,
  isStatus,
  statusOfTags,
  statusPagePath,
  type Status,
} from '../statuses';
export {fill, formatDay} from '../format';
export {formatPeriod} from '../period';
export {useRoadmapLocale, type RoadmapLocale} from './locale';
export {
  ENGLISH_STORY,
  describeEvent,
  quarterLabel,
  shownStoryLines,
  storyLines,
  type StoryLine,
  type StoryMessages,
} from '../story';
export {OUTCOMES, type Outcome, type QuarterDelivery, type StoryEvent} from '../memory';
export type {DeliveryPageData, TimelinePageData} from '../stories';
export {THEME_FILES} from '../files';
export {badgeText} from '../badge';
export {parseShipDate} from '../shipDate';
export {ownerPagePath, ownerSlug} from '../owners';
export {FILTER_KEYS, matchesFilters, useRoadmapFilters, type Filters} from './filters';
export {KEEP_SERVER_HTML, useKeptOrLoaded} from './keptServerHtml';
export {keptEntryBody, renderedEntryBody} from './entryBody';
export type {
  ArchiveQuarter,
  ArchivedEntry,
  FilterableEntry,
  ListPageData,
  ListedEntry,
  RoadmapGlobalData,
  RoadmapRoutes,
  RoadmapTableData,
  TableEntry,
  CompactStatuses,
  EntrySection,
} from '../types';

/** The roadmap instance's global data: period, staleness and its links. */
export function useRoadmapData(pluginId = 'default'): RoadmapGlobalData {
  return usePluginData(PLUGIN_NAME, pluginId, {failfast: true}) as RoadmapGlobalData;
}
