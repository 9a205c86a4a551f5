import Head from '@docusaurus/Head';
import Interpolate from '@docusaurus/Interpolate';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {useFormatDay, usePlural} from '@theme/RoadmapMessages';
import {useRoadmapData, type ListPageData} from 'docusaurus-plugin-roadmap/client';

export interface Props {
  /** The page's data, written by the plugin. */
  list: ListPageData;
}

/** A page the roadmap plugin generates: one status's or one owner's themes, or all owners. */
export default function RoadmapListPage({list}: Props) {
  const {statuses} = useRoadmapData(list.pluginId);
  const formatDay = useFormatDay();
  const plural = usePlural();
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
                title={translate(
                  {id: 'theme.roadmap.listPage.feedTitle', message: '{title}: changes (Atom)'},
                  {title: list.title},
                )}
                href={list.feed}
              />
            </Head>
            <p className="roadmap-links roadmap-no-print">
              {/* A file the plugin writes after the build, not a route. */}
              <a href={list.feed}>
                {translate({
                  id: 'theme.roadmap.listPage.follow',
                  message: 'Follow these themes (Atom feed)',
                })}
              </a>
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
                      {entry.dropped_on
                        ? translate(
                            {id: 'theme.roadmap.listPage.droppedOn', message: 'Dropped on {date}:'},
                            {date: formatDay(entry.dropped_on)},
                          )
                        : translate({id: 'theme.roadmap.listPage.dropped', message: 'Dropped:'})}
                    </strong>{' '}
                    {entry.dropped_reason}
                  </p>
                )}
                <small>
                  {statuses[entry.status].group}
                  {entry.owner &&
                    ` · ${translate(
                      {id: 'theme.roadmap.listPage.owner', message: 'Owner: {owner}'},
                      {owner: entry.owner},
                    )}`}
                </small>
              </li>
            ))}
          </ul>
        )}
        {list.owners && (
          <ul>
            {list.owners.map((owner) => (
              <li key={owner.permalink}>
                <Interpolate
                  values={{
                    owner: <Link to={owner.permalink}>{owner.name}</Link>,
                    count: owner.count,
                  }}
                >
                  {plural(
                    translate({
                      id: 'theme.roadmap.listPage.ownerThemes',
                      message: '{owner} ({count} theme)|{owner} ({count} themes)',
                    }),
                    owner.count,
                  )}
                </Interpolate>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={list.overview}>
            {translate({id: 'theme.roadmap.listPage.back', message: 'Back to the roadmap'})}
          </Link>
        </p>
      </main>
    </Layout>
  );
}
