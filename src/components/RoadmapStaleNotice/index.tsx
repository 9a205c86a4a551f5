import {usePluginData} from '@docusaurus/useGlobalData';
import type {RoadmapGlobalData} from '@site/src/plugins/roadmap';
import {formatDay} from '@site/src/plugins/roadmap/format';

/**
 * Says so, at the top of the overview, when the roadmap's period has ended
 * (plus the grace days) at build time: readers must not take an old plan for
 * a current one. Renders nothing while the roadmap is current.
 */
export default function RoadmapStaleNotice() {
  const {period, staleness} = usePluginData('roadmap') as RoadmapGlobalData;
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
