import Link from '@docusaurus/Link';
import {
  formatDay,
  parseShipDate,
  type ArchivedEntry as ShippedEntry,
} from 'docusaurus-plugin-roadmap/client';

export interface Props {
  /** The entry's `shipped_in` and `shipped_on`, as written. */
  shipped_in: ShippedEntry['shipped_in'];
  shipped_on: ShippedEntry['shipped_on'];
  className?: string;
}

/** " on 1 August 2022", " in July–September 2022", or that the date is not known. */
function ShipDateText({value}: {value: string}) {
  const date = parseShipDate(value);
  if (date.kind === 'day') {
    return (
      <>
        {' on '}
        <time dateTime={date.day}>{formatDay(date.day)}</time>
      </>
    );
  }
  if (date.kind === 'quarter') return <>{` in ${date.period.shortLabel}`}</>;
  return <>{' (the date was not recorded)'}</>;
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
  if (!shippedIn && !shippedOn) {
    return null;
  }
  return (
    <p className={className}>
      Shipped
      {shippedIn && (
        <>
          {' in '}
          {shippedIn.url ? (
            <Link href={shippedIn.url}>{shippedIn.version}</Link>
          ) : (
            <strong>{shippedIn.version}</strong>
          )}
        </>
      )}
      {shippedOn && <ShipDateText value={shippedOn} />}
    </p>
  );
}
