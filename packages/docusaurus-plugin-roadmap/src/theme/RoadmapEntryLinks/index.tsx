import Link from '@docusaurus/Link';
import {
  ownerPagePath,
  ownerSlug,
  statusPagePath,
  useRoadmapData,
  type Status,
} from 'docusaurus-plugin-roadmap/client';

export interface Props {
  title: string;
  status: Status;
  owner: string | null;
  tracking: string | null;
  discussion: string | null;
  /** The roadmap plugin instance the theme belongs to. */
  pluginId?: string;
}

/**
 * A theme's page links for readers: its status and owner pages, its tracking
 * issue and its discussion. The overview shows the same for each theme.
 */
export default function RoadmapEntryLinks({
  title,
  status,
  owner,
  tracking,
  discussion,
  pluginId,
}: Props) {
  const {routes, statuses} = useRoadmapData(pluginId);
  return (
    <>
      <p className="roadmap-meta margin-top--md margin-bottom--sm">
        {'Status: '}
        <Link to={statusPagePath(routes, status)}>{statuses[status].group}</Link>
        {owner && (
          <>
            {' · Owner: '}
            <Link to={ownerPagePath(routes, ownerSlug(owner))}>{owner}</Link>
          </>
        )}
      </p>
      {(tracking || discussion) && (
        <p className="roadmap-links">
          {tracking && (
            <Link href={tracking}>
              Tracking issue<span className="roadmap-visually-hidden">: {title}</span>
            </Link>
          )}
          {discussion && (
            <Link href={discussion}>
              Discussion<span className="roadmap-visually-hidden">: {title}</span>
            </Link>
          )}
        </p>
      )}
    </>
  );
}
