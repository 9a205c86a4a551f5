import RoadmapEntryPage from '@theme/RoadmapEntryPage';

// On the server a theme page's parts render at once, into the page's HTML.
export function entryPageNow(): typeof RoadmapEntryPage {
  return RoadmapEntryPage;
}

export function loadEntryPage(): Promise<typeof RoadmapEntryPage> {
  return Promise.resolve(RoadmapEntryPage);
}
