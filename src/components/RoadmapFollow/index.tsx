import clsx from 'clsx';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import links from '@roadmap/links.json';
import {FEED_FILES, ROADMAP_JSON_FILE} from '@site/src/plugins/roadmap/files';
import styles from './styles.module.css';

/**
 * "Follow changes": the roadmap's feeds and its JSON, with the `<link>` tags
 * feed readers discover them by; and "Propose a theme". Plain `<a>` tags: these are files the
 * plugin writes after the build, not pages.
 */
export default function RoadmapFollow() {
  const atom = useBaseUrl(`/${FEED_FILES.atom}`);
  const rss = useBaseUrl(`/${FEED_FILES.rss}`);
  const json = useBaseUrl(`/${FEED_FILES.json}`);
  const data = useBaseUrl(`/${ROADMAP_JSON_FILE}`);
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
      <p className={clsx(styles.follow, 'roadmap-no-print')}>
        Follow changes: <a href={atom}>Atom feed</a> · <a href={rss}>RSS feed</a> ·{' '}
        <a href={json}>JSON Feed</a> · the whole roadmap as <a href={data}>JSON</a>
      </p>
      {links.propose && (
        <p className={clsx(styles.follow, 'roadmap-no-print')}>
          Have an idea? <a href={links.propose}>Propose a theme</a>: GitHub opens a new entry file,
          ready to edit, for a pull request.
        </p>
      )}
    </>
  );
}
