import Link from '@docusaurus/Link';
import {formatDay} from '@site/src/plugins/roadmap/format';

export interface Props {
  shippedIn: {version: string; url?: string} | null;
  shippedOn: string | null;
  className?: string;
}

/** "Shipped in 1.6.0 on 1 August 2022", the version linking to its release notes. */
export default function ShippedIn({shippedIn, shippedOn, className}: Props) {
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
      {shippedOn && (
        <>
          {' on '}
          <time dateTime={shippedOn}>{formatDay(shippedOn)}</time>
        </>
      )}
    </p>
  );
}
