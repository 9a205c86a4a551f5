import {useEffect, useState} from 'react';
import {loadStory, storyNow} from '@roadmap/stories';
import Heading from '@theme/Heading';
import {
  formatDay,
  storyLines,
  useRoadmapData,
  type StoryEvent,
} from 'docusaurus-plugin-roadmap/client';

export interface Props {
  /** The theme's id. */
  id: string;
  pluginId: string;
}

function StoryList({story, pluginId}: {story: readonly StoryEvent[] | null; pluginId: string}) {
  const {statuses} = useRoadmapData(pluginId);
  if (!story || story.length === 0) {
    return (
      <p className="roadmap-meta">
        No history yet: this site was built without the git history of its entries.
      </p>
    );
  }
  return (
    <ol className="roadmap-meta">
      {storyLines(story, statuses).map((line, i) => (
        <li key={i}>
          <time dateTime={line.date} title={formatDay(line.date)}>
            {line.when}
          </time>
          {`: ${line.text}`}
        </li>
      ))}
    </ol>
  );
}

/**
 * The theme's story from git: added, moved, carried over, shipped or
 * dropped, quarter by quarter. Rendered into the page at build time, so it
 * reads without JavaScript; in the browser the story loads on its own only
 * when the page is reached by a link in the site, so no page carries every
 * theme's story.
 */
export default function RoadmapStory({id, pluginId}: Props) {
  const [story, setStory] = useState(() => storyNow(pluginId, id));
  useEffect(() => {
    if (story !== undefined) return;
    let live = true;
    void loadStory(pluginId, id).then((loaded) => live && setStory(loaded));
    return () => {
      live = false;
    };
  }, [id, pluginId, story]);
  return (
    <section aria-labelledby="roadmap-theme-history" className="margin-top--lg">
      <Heading as="h2" id="roadmap-theme-history">
        History
      </Heading>
      {story === undefined ? (
        // Hydrating: React keeps the list the server rendered until the
        // story has loaded and renders the same list again.
        <div dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />
      ) : (
        <div>
          <StoryList story={story} pluginId={pluginId} />
        </div>
      )}
    </section>
  );
}
