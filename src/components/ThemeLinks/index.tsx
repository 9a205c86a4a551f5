import Link from '@docusaurus/Link';
import {ownerSlug} from '@site/src/plugins/roadmap/owners';
import {STATUS_SECTIONS, type Status} from '@site/src/plugins/roadmap/statuses';
import styles from './styles.module.css';

export interface Props {
  title: string;
  status: Status;
  owner: string | null;
  tracking: string | null;
  discussion: string | null;
}

/**
 * A theme's page links for readers: its status and owner pages, its tracking
 * issue and its discussion. The overview shows the same for each theme.
 */
export default function ThemeLinks({title, status, owner, tracking, discussion}: Props) {
  return (
    <>
      <p className={styles.meta}>
        {'Status: '}
        <Link to={`/status/${status}`}>{STATUS_SECTIONS[status].group}</Link>
        {owner && (
          <>
            {' · Owner: '}
            <Link to={`/owners/${ownerSlug(owner)}`}>{owner}</Link>
          </>
        )}
      </p>
      {(tracking || discussion) && (
        <p className={styles.links}>
          {tracking && (
            <Link href={tracking}>
              Tracking issue<span className="visually-hidden">: {title}</span>
            </Link>
          )}
          {discussion && (
            <Link href={discussion}>
              Discussion<span className="visually-hidden">: {title}</span>
            </Link>
          )}
        </p>
      )}
    </>
  );
}
