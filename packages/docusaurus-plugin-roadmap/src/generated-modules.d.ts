// Modules the roadmap plugin generates for each instance (see configureWebpack).
declare module '@roadmap/*' {
  import type {ComponentType} from 'react';
  /** A status's themes, the whole roadmap, the archive, or the summary table. */
  const Component: ComponentType;
  export default Component;
  export const toc: readonly {value: string; id: string; level: number}[];
}

// A theme's story: read at once on the server, loaded on demand in the browser.
declare module '@roadmap/stories' {
  import type {StoryEvent} from 'docusaurus-plugin-roadmap/client';
  /** The story if it is at hand: undefined in the browser until loaded, null if none. */
  export function storyNow(pluginId: string, id: string): StoryEvent[] | null | undefined;
  /** Loads the story: `url` is the file beside the theme's page (a built site). */
  export function loadStory(
    pluginId: string,
    id: string,
    url: string,
  ): Promise<StoryEvent[] | null>;
}

// A theme page's story and "Follow this theme": at once on the server, on demand in the browser.
declare module '@roadmap/entry-page' {
  import type RoadmapEntryPage from '@theme/RoadmapEntryPage';
  /** The component if it is at hand (always on the server). */
  export function entryPageNow(): typeof RoadmapEntryPage | undefined;
  export function loadEntryPage(): Promise<typeof RoadmapEntryPage>;
}
