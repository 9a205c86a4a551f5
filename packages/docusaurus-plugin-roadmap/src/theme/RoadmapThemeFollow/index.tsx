import Interpolate from '@docusaurus/Interpolate';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {THEME_FILES} from 'docusaurus-plugin-roadmap/client';

export interface Props {
  title: string;
  /** The theme's page. */
  permalink: string;
  /** The badge's text, e.g. "roadmap: next". */
  badgeText: string;
}

/**
 * "Follow this theme": the theme's own Atom feed (`DocItem/Content` adds
 * the `<link>` feed readers discover it by), and its status badge with the Markdown to put
 * it in a README or a tracking issue. Files the plugin writes after the
 * build: plain `<a>` and `<img>`, not routes.
 */
export default function RoadmapThemeFollow({title, permalink, badgeText}: Props) {
  const {siteConfig} = useDocusaurusContext();
  const feed = `${permalink}/${THEME_FILES.atom}`;
  const badge = `${permalink}/${THEME_FILES.badge}`;
  const absolute = (url: string) => new URL(url, siteConfig.url).href;
  const markdown = `[![${badgeText}](${absolute(badge)})](${absolute(permalink)})`;
  return (
    <section aria-labelledby="roadmap-theme-follow" className="roadmap-no-print margin-top--lg">
      <h2 id="roadmap-theme-follow" className="roadmap-visually-hidden">
        {translate({id: 'theme.roadmap.themeFollow.heading', message: 'Follow this theme'})}
      </h2>
      <p className="roadmap-links">
        <a href={feed}>
          {/* The title, visually hidden: out of context, the link names its theme. */}
          <Interpolate
            values={{
              hiddenTitle: (
                <span className="roadmap-visually-hidden">
                  {translate(
                    {id: 'theme.roadmap.themeFollow.feedLinkTitle', message: ': {title}'},
                    {title},
                  )}
                </span>
              ),
            }}
          >
            {translate({
              id: 'theme.roadmap.themeFollow.feedLink',
              message: 'Follow this theme{hiddenTitle} (Atom feed)',
            })}
          </Interpolate>
        </a>
      </p>
      <p className="roadmap-meta margin-bottom--xs">
        {translate({id: 'theme.roadmap.themeFollow.badge', message: 'Status badge'})}{' '}
        {/* The build writes the badge: `npm start` has no file to show. */}
        {process.env.NODE_ENV === 'production' ? (
          <img src={badge} alt={badgeText} height={20} className="margin-left--sm" />
        ) : (
          <code>{badgeText}</code>
        )}
      </p>
      <p className="roadmap-meta margin-bottom--xs" id="roadmap-badge-markdown">
        {translate({
          id: 'theme.roadmap.themeFollow.badgeMarkdown',
          message: 'Markdown for a README or tracking issue:',
        })}
      </p>
      {/* Wrapped, not scrolled: all of it in view, to select and copy. */}
      <pre
        className="roadmap-meta"
        aria-labelledby="roadmap-badge-markdown"
        style={{whiteSpace: 'pre-wrap', overflowWrap: 'anywhere'}}
      >
        <code>{markdown}</code>
      </pre>
    </section>
  );
}
