import type RoadmapEntryPage from '@theme/RoadmapEntryPage';

// In the browser they load with the first theme page reached by a link in
// the site; a page opened directly keeps the parts its HTML already has.
let loaded: typeof RoadmapEntryPage | undefined;

export function entryPageNow(): typeof RoadmapEntryPage | undefined {
  return loaded;
}

export function loadEntryPage(): Promise<typeof RoadmapEntryPage> {
  return import('@theme/RoadmapEntryPage').then((module) => (loaded = module.default));
}
