import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {formatDay, useRoadmapData, type ListPageData} from 'docusaurus-plugin-roadmap/client';

export interface Props {
  /** The page's data, written by the plugin. */
  list: ListPageData;
}

/** A page the roadmap plugin generates: one status's or one owner's themes, or all owners. */
export default function RoadmapListPage({list}: Props) {
  const {statuses} = useRoadmapData(list.pluginId);
  return (
    <Layout title={list.title} description={list.description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{list.title}</Heading>
        <p>{list.description}</p>
        {list.feed && (
          <>
            <Head>
              <link
                rel="alternate"
                type="application/atom+xml"
                title={`${list.title}: changes (Atom)`}
                href={list.feed}
              />
            </Head>
            <p className="roadmap-links roadmap-no-print">
              {/* A file the plugin writes after the build, not a route. */}
              <a href={list.feed}>Follow these themes (Atom feed)</a>
            </p>
          </>
        )}
        {list.entries && (
          <ul className="clean-list">
            {list.entries.map((entry) => (
              <li key={entry.id} className="margin-bottom--md">
                <Heading as="h2" id={entry.id} className="margin-bottom--xs">
                  <Link to={entry.permalink}>{entry.title}</Link>
                </Heading>
                <p className="margin-bottom--xs">{entry.summary}</p>
                {entry.dropped_reason && (
                  <p className="margin-bottom--xs">
                    <strong>
                      Dropped{entry.dropped_on && ` on ${formatDay(entry.dropped_on)}`}:
                    </strong>{' '}
                    {entry.dropped_reason}
                  </p>
                )}
                <small>
                  {statuses[entry.status].group}
                  {entry.owner && ` · Owner: ${entry.owner}`}
                </small>
              </li>
            ))}
          </ul>
        )}
        {list.owners && (
          <ul>
            {list.owners.map((owner) => (
              <li key={owner.permalink}>
                <Link to={owner.permalink}>{owner.name}</Link> ({owner.count}{' '}
                {owner.count === 1 ? 'theme' : 'themes'})
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={list.overview}>Back to the roadmap</Link>
        </p>
      </main>
    </Layout>
  );
}
