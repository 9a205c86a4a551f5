import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
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
          title="Roadmap changes (Atom)"
          href={atom}
        />
        <link rel="alternate" type="application/rss+xml" title="Roadmap changes (RSS)" href={rss} />
        <link
          rel="alternate"
          type="application/feed+json"
          title="Roadmap changes (JSON Feed)"
          href={json}
        />
      </Head>
      <p className="roadmap-meta">
        The roadmap's memory: the <Link to={routes.timeline}>timeline</Link> of every theme, quarter
        by quarter, what was <Link to={routes.delivery}>promised and delivered</Link>, and the{' '}
        <Link to={statusPagePath(routes, 'dropped')}>dropped themes</Link>, each with the reason.
      </p>
      <p className="roadmap-meta roadmap-no-print">
        Follow changes: <a href={atom}>Atom feed</a> · <a href={rss}>RSS feed</a> ·{' '}
        <a href={json}>JSON Feed</a> · the whole roadmap as <a href={data}>JSON</a>
      </p>
      {propose && (
        <p className="roadmap-meta roadmap-no-print">
          Have an idea? <a href={propose}>Propose a theme</a>: GitHub opens a new entry file, ready
          to edit, for a pull request.
        </p>
      )}
    </>
  );
}
