import {usePluginData} from '@docusaurus/useGlobalData';
import type {RoadmapGlobalData} from '@site/src/plugins/roadmap';

export function useRoadmapPeriod() {
  return (usePluginData('roadmap') as RoadmapGlobalData).period;
}

export interface Props {
  /** `long`: "July through September 2022"; `short`: "July–September 2022". */
  format?: 'long' | 'short';
}

/** The roadmap's period, written once in roadmap.config.ts. */
export default function RoadmapPeriod({format = 'long'}: Props) {
  const period = useRoadmapPeriod();
  return <>{format === 'long' ? period.label : period.shortLabel}</>;
}
