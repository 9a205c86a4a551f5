import Interpolate from '@docusaurus/Interpolate';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
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
  // The title, visually hidden: out of context, each link names its theme.
  const hiddenTitle = {
    hiddenTitle: (
      <span className="roadmap-visually-hidden">
        {translate({id: 'theme.roadmap.entryLinks.linkTitle', message: ': {title}'}, {title})}
      </span>
    ),
  };
  return (
    <>
      <p className="roadmap-meta margin-top--md margin-bottom--sm">
        <Interpolate
          values={{
            status: <Link to={statusPagePath(routes, status)}>{statuses[status].group}</Link>,
          }}
        >
          {translate({id: 'theme.roadmap.entryLinks.status', message: 'Status: {status}'})}
        </Interpolate>
        {owner && (
          <>
            {' · '}
            <Interpolate
              values={{owner: <Link to={ownerPagePath(routes, ownerSlug(owner))}>{owner}</Link>}}
            >
              {translate({id: 'theme.roadmap.entryLinks.owner', message: 'Owner: {owner}'})}
            </Interpolate>
          </>
        )}
      </p>
      {(tracking || discussion) && (
        <p className="roadmap-links">
          {tracking && (
            <Link href={tracking}>
              <Interpolate values={hiddenTitle}>
                {translate({
                  id: 'theme.roadmap.entryLinks.tracking',
                  message: 'Tracking issue{hiddenTitle}',
                })}
              </Interpolate>
            </Link>
          )}
          {discussion && (
            <Link href={discussion}>
              <Interpolate values={hiddenTitle}>
                {translate({
                  id: 'theme.roadmap.entryLinks.discussion',
                  message: 'Discussion{hiddenTitle}',
                })}
              </Interpolate>
            </Link>
          )}
        </p>
      )}
    </>
  );
}
