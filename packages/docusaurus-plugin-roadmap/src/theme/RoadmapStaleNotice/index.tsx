import {formatDay, useRoadmapData} from 'docusaurus-plugin-roadmap/client';

export interface Props {
  /** The roadmap plugin instance, when the site has several. */
  pluginId?: string;
}

/**
 * Says so, at the top of the overview, when the roadmap's period has ended
 * (plus the grace days) at build time: readers must not take an old plan for
 * a current one. Renders nothing while the roadmap is current.
 */
export default function RoadmapStaleNotice({pluginId}: Props) {
  const {period, staleness} = useRoadmapData(pluginId);
  if (!staleness) {
    return null;
  }
  return (
    <div className="alert alert--warning margin-bottom--md" role="note">
      <strong>This roadmap may be out of date.</strong> It covers {period.shortLabel}, which ended
      on <time dateTime={period.end}>{formatDay(period.end)}</time>, and{' '}
      {staleness.lastReviewed ? (
        <>
          was last reviewed on{' '}
          <time dateTime={staleness.lastReviewed}>{formatDay(staleness.lastReviewed)}</time>.
        </>
      ) : (
        <>no entry has been marked as reviewed since.</>
      )}{' '}
      Plans may have changed; the tracking issues are the latest word.
    </div>
  );
}
