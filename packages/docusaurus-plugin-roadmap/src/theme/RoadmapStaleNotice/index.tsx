import Interpolate from '@docusaurus/Interpolate';
import {translate} from '@docusaurus/Translate';
import {useFormatDay, usePeriodLabel} from '@theme/RoadmapMessages';
import {useRoadmapData} from 'docusaurus-plugin-roadmap/client';

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
  const formatDay = useFormatDay();
  const periodLabel = usePeriodLabel();
  if (!staleness) {
    return null;
  }
  const day = (date: string) => <time dateTime={date}>{formatDay(date)}</time>;
  return (
    <div className="alert alert--warning margin-bottom--md" role="note">
      <strong>
        {translate({
          id: 'theme.roadmap.staleNotice.title',
          message: 'This roadmap may be out of date.',
        })}
      </strong>{' '}
      <Interpolate
        values={{
          period: periodLabel(period, 'short'),
          end: day(period.end),
          reviewed: staleness.lastReviewed && day(staleness.lastReviewed),
        }}
      >
        {staleness.lastReviewed
          ? translate({
              id: 'theme.roadmap.staleNotice.reviewed',
              message:
                'It covers {period}, which ended on {end}, and was last reviewed on {reviewed}.',
            })
          : translate({
              id: 'theme.roadmap.staleNotice.notReviewed',
              message:
                'It covers {period}, which ended on {end}, and no entry has been marked as reviewed since.',
            })}
      </Interpolate>{' '}
      {translate({
        id: 'theme.roadmap.staleNotice.plans',
        message: 'Plans may have changed; the tracking issues are the latest word.',
      })}
    </div>
  );
}
