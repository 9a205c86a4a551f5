import {useCallback} from 'react';
import Interpolate from '@docusaurus/Interpolate';
import {translate} from '@docusaurus/Translate';
import {loadStory, storyNow} from '@roadmap/stories';
import Heading from '@theme/Heading';
import {useFormatDay, usePlural, useStoryMessages} from '@theme/RoadmapMessages';
import {
  KEEP_SERVER_HTML,
  THEME_FILES,
  fill,
  shownStoryLines,
  storyLines,
  type StoryLine,
  useKeptOrLoaded,
  useRoadmapData,
  type StoryEvent,
} from 'docusaurus-plugin-roadmap/client';

export interface Props {
  /** The theme's id. */
  id: string;
  /** The theme's page: its story file is beside it. */
  permalink: string;
  pluginId: string;
}

function StoryList({story, pluginId}: {story: readonly StoryEvent[] | null; pluginId: string}) {
  const {statuses} = useRoadmapData(pluginId);
  const messages = useStoryMessages();
  const plural = usePlural();
  const formatDay = useFormatDay();
  if (!story || story.length === 0) {
    return (
      <p className="roadmap-meta">
        {translate({
          id: 'theme.roadmap.story.noHistory',
          message: 'No history yet: this site was built without the git history of its entries.',
        })}
      </p>
    );
  }
  const {first, omitted, latest} = shownStoryLines(storyLines(story, statuses, messages, plural));
  const template = translate({id: 'theme.roadmap.story.line', message: '{when}: {text}'});
  // Numbered as in the whole story, the lines left out counted.
  const item = ({date, when, text}: StoryLine, i: number, number?: number) => (
    <li key={i} value={number}>
      <Interpolate
        values={{
          when: (
            <time dateTime={date} title={formatDay(date)}>
              {when}
            </time>
          ),
          text,
        }}
      >
        {template}
      </Interpolate>
    </li>
  );
  return (
    <ol className="roadmap-meta">
      {first.map((line, i) => item(line, i))}
      {omitted > 0 && (
        <li>
          {fill(
            plural(
              translate({
                id: 'theme.roadmap.story.omitted',
                message:
                  "… {count} more event (the roadmap's JSON has them all) …|… {count} more events (the roadmap's JSON has them all) …",
              }),
              omitted,
            ),
            {count: omitted},
          )}
        </li>
      )}
      {latest.map((line, i) => item(line, first.length + 1 + i, first.length + omitted + 1 + i))}
    </ol>
  );
}

/**
 * The theme's story from git: added, moved, carried over, shipped or
 * dropped, quarter by quarter. Rendered into the page at build time, so it
 * reads without JavaScript, and kept as it is when the page hydrates. Only
 * a page reached by a link in the site, which has no server HTML, loads the
 * story, from the small file beside the page: no bundle carries stories.
 */
export default function RoadmapStory({id, permalink, pluginId}: Props) {
  const {value: story, kept} = useKeptOrLoaded(
    () => storyNow(pluginId, id),
    useCallback(
      () => loadStory(pluginId, id, `${permalink}/${THEME_FILES.story}`),
      [pluginId, id, permalink],
    ),
    {key: id},
  );
  return (
    <section aria-labelledby="roadmap-theme-history" className="margin-top--lg">
      <Heading as="h2" id="roadmap-theme-history">
        {translate({id: 'theme.roadmap.story.history', message: 'History'})}
      </Heading>
      {story === undefined ? (
        // Hydrating, React keeps the list the server rendered in here.
        <div ref={kept} {...KEEP_SERVER_HTML} />
      ) : (
        <div>
          <StoryList story={story} pluginId={pluginId} />
        </div>
      )}
    </section>
  );
}
