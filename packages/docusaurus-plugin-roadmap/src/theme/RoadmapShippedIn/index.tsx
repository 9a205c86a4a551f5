import Interpolate from '@docusaurus/Interpolate';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {useFormatDay, usePeriodLabel} from '@theme/RoadmapMessages';
import {parseShipDate, type ArchivedEntry as ShippedEntry} from 'docusaurus-plugin-roadmap/client';

export interface Props {
  /** The entry's `shipped_in` and `shipped_on`, as written. */
  shipped_in: ShippedEntry['shipped_in'];
  shipped_on: ShippedEntry['shipped_on'];
  className?: string;
}

type When = ReturnType<typeof parseShipDate>['kind'] | null;

/**
 * The sentence for what is known, whole, so a translation may order its
 * words: `{version}` the release, `{date}` a day, `{period}` a quarter.
 */
function sentence(version: boolean, when: When): string {
  if (version) {
    switch (when) {
      case 'day':
        return translate({
          id: 'theme.roadmap.shippedIn.versionDay',
          message: 'Shipped in {version} on {date}',
        });
      case 'quarter':
        return translate({
          id: 'theme.roadmap.shippedIn.versionQuarter',
          message: 'Shipped in {version} in {period}',
        });
      case 'unknown':
        return translate({
          id: 'theme.roadmap.shippedIn.versionUnknown',
          message: 'Shipped in {version} (the date was not recorded)',
        });
      default:
        return translate({id: 'theme.roadmap.shippedIn.version', message: 'Shipped in {version}'});
    }
  }
  switch (when) {
    case 'day':
      return translate({id: 'theme.roadmap.shippedIn.day', message: 'Shipped on {date}'});
    case 'quarter':
      return translate({id: 'theme.roadmap.shippedIn.quarter', message: 'Shipped in {period}'});
    default:
      return translate({
        id: 'theme.roadmap.shippedIn.unknown',
        message: 'Shipped (the date was not recorded)',
      });
  }
}

/**
 * "Shipped in 1.6.0 on 1 August 2022", the version linking to its release
 * notes; a quarter or an unknown date said as such.
 */
export default function RoadmapShippedIn({
  shipped_in: shippedIn,
  shipped_on: shippedOn,
  className,
}: Props) {
  const formatDay = useFormatDay();
  const periodLabel = usePeriodLabel();
  if (!shippedIn && !shippedOn) {
    return null;
  }
  const date = shippedOn ? parseShipDate(shippedOn) : null;
  return (
    <p className={className}>
      <Interpolate
        values={{
          version:
            shippedIn &&
            (shippedIn.url ? (
              <Link href={shippedIn.url}>{shippedIn.version}</Link>
            ) : (
              <strong>{shippedIn.version}</strong>
            )),
          date: date?.kind === 'day' && <time dateTime={date.day}>{formatDay(date.day)}</time>,
          period: date?.kind === 'quarter' && periodLabel(date.period, 'short'),
        }}
      >
        {sentence(Boolean(shippedIn), date?.kind ?? null)}
      </Interpolate>
    </p>
  );
}
