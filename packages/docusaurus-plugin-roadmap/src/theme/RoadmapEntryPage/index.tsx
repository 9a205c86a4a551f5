import RoadmapStory from '@theme/RoadmapStory';
import RoadmapThemeFollow from '@theme/RoadmapThemeFollow';

export interface Props {
  id: string;
  title: string;
  /** The theme's page. */
  permalink: string;
  pluginId: string;
  /** The badge's text, e.g. "roadmap: next". */
  badgeText: string;
}

/**
 * What a theme's own page shows below its links: its story and "Follow
 * this theme". Loaded only with a theme's page (see `DocItem/Content`), so
 * other docs pages, the overview among them, do not carry it.
 */
export default function RoadmapEntryPage({id, title, permalink, pluginId, badgeText}: Props) {
  return (
    <>
      <RoadmapStory key={id} id={id} permalink={permalink} pluginId={pluginId} />
      <RoadmapThemeFollow title={title} permalink={permalink} badgeText={badgeText} />
    </>
  );
}
