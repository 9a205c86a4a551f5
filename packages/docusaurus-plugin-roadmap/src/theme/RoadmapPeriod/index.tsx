import {usePeriodLabel} from '@theme/RoadmapMessages';
import {useRoadmapData} from 'docusaurus-plugin-roadmap/client';

export interface Props {
  /** `long`: "July through September 2022"; `short`: "July–September 2022". */
  format?: 'long' | 'short';
  /** The roadmap plugin instance, when the site has several. */
  pluginId?: string;
}

/** The roadmap's period, from the plugin's `period` option, in the site's language. */
export default function RoadmapPeriod({format = 'long', pluginId}: Props) {
  const {period} = useRoadmapData(pluginId);
  const periodLabel = usePeriodLabel();
  return <>{periodLabel(period, format)}</>;
}
