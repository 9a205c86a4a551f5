import Head from '@docusaurus/Head';
import Interpolate from '@docusaurus/Interpolate';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {statusPagePath, useRoadmapData} from 'docusaurus-plugin-roadmap/client';

/**
 * "Follow changes": the roadmap's feeds and its JSON, with the `<link>` tags
 * feed readers discover them by; and "Propose a theme". Plain `<a>` tags: these are files the
 * plugin writes after the build, not pages.
 */
export interface Props {
  /** The roadmap plugin instance, when the site has several. */
  pluginId?: string;
}

export default function RoadmapFollow({pluginId}: Props) {
  const {routes, propose} = useRoadmapData(pluginId);
  const {atom, rss, jsonFeed: json, roadmapJson: data} = routes;
  return (
    <>
      <Head>
        <link
          rel="alternate"
          type="application/atom+xml"
          title={translate({
            id: 'theme.roadmap.follow.atomTitle',
            message: 'Roadmap changes (Atom)',
          })}
          href={atom}
        />
        <link
          rel="alternate"
          type="application/rss+xml"
          title={translate({id: 'theme.roadmap.follow.rssTitle', message: 'Roadmap changes (RSS)'})}
          href={rss}
        />
        <link
          rel="alternate"
          type="application/feed+json"
          title={translate({
            id: 'theme.roadmap.follow.jsonFeedTitle',
            message: 'Roadmap changes (JSON Feed)',
          })}
          href={json}
        />
      </Head>
      <p className="roadmap-meta">
        <Interpolate
          values={{
            timeline: (
              <Link to={routes.timeline}>
                {translate({id: 'theme.roadmap.follow.timeline', message: 'timeline'})}
              </Link>
            ),
            delivery: (
              <Link to={routes.delivery}>
                {translate({
                  id: 'theme.roadmap.follow.delivery',
                  message: 'promised and delivered',
                })}
              </Link>
            ),
            dropped: (
              <Link to={statusPagePath(routes, 'dropped')}>
                {translate({id: 'theme.roadmap.follow.dropped', message: 'dropped themes'})}
              </Link>
            ),
          }}
        >
          {translate({
            id: 'theme.roadmap.follow.memory',
            message:
              "The roadmap's memory: the {timeline} of every theme, quarter by quarter, what was {delivery}, and the {dropped}, each with the reason.",
          })}
        </Interpolate>
      </p>
      <p className="roadmap-meta roadmap-no-print">
        <Interpolate
          values={{
            atom: (
              <a href={atom}>
                {translate({id: 'theme.roadmap.follow.atom', message: 'Atom feed'})}
              </a>
            ),
            rss: (
              <a href={rss}>{translate({id: 'theme.roadmap.follow.rss', message: 'RSS feed'})}</a>
            ),
            jsonFeed: (
              <a href={json}>
                {translate({id: 'theme.roadmap.follow.jsonFeed', message: 'JSON Feed'})}
              </a>
            ),
            json: (
              <a href={data}>{translate({id: 'theme.roadmap.follow.json', message: 'JSON'})}</a>
            ),
          }}
        >
          {translate({
            id: 'theme.roadmap.follow.feeds',
            message: 'Follow changes: {atom} · {rss} · {jsonFeed} · the whole roadmap as {json}',
          })}
        </Interpolate>
      </p>
      {propose && (
        <p className="roadmap-meta roadmap-no-print">
          <Interpolate
            values={{
              propose: (
                <a href={propose}>
                  {translate({id: 'theme.roadmap.follow.propose', message: 'Propose a theme'})}
                </a>
              ),
            }}
          >
            {translate({
              id: 'theme.roadmap.follow.idea',
              message:
                'Have an idea? {propose}: GitHub opens a new entry file, ready to edit, for a pull request.',
            })}
          </Interpolate>
        </p>
      )}
    </>
  );
}
