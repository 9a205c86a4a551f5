import type {ComponentType} from 'react';
import Heading from '@theme/Heading';
import Interpolate from '@docusaurus/Interpolate';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import RoadmapShippedIn from '@theme/RoadmapShippedIn';
import RoadmapEntryLinks from '@theme/RoadmapEntryLinks';
import {usePlural} from '@theme/RoadmapMessages';
import {
  matchesFilters,
  useRoadmapFilters,
  type EntrySection,
} from 'docusaurus-plugin-roadmap/client';
import styles from './styles.module.css';

export interface Entry extends EntrySection {
  /** The entry's compiled Markdown body. */
  Content: ComponentType;
}

export interface Props {
  entries: readonly Entry[];
  /** Shown instead of an empty list. */
  emptyText?: string | null;
  /** The roadmap plugin instance the entries belong to. */
  pluginId?: string;
  /**
   * On a compact overview (more themes than the `overviewLimit` option): the
   * section says how many themes it has and links to the page listing them.
   */
  more?: {count: number; href: string; label: string};
}

/** Empty targets for a renamed theme's old ids, so old links still land here. */
function AliasAnchors({aliases}: {aliases: readonly string[]}) {
  const brokenLinks = useBrokenLinks();
  return aliases.map((alias) => {
    brokenLinks.collectAnchor(alias);
    return <span key={alias} id={alias} className={styles.alias} />;
  });
}

/**
 * One status's entries on the overview, each under its own heading with its
 * full text and a link to edit its own file. Rendered by the modules the
 * roadmap plugin generates (`@roadmap/<id>/<status>.md`).
 */
export default function RoadmapEntries({entries, emptyText, pluginId, more}: Props) {
  const {filters, active} = useRoadmapFilters();
  const plural = usePlural();
  if (more && (more.count > 0 || !emptyText)) {
    return (
      <p>
        <Interpolate
          values={{
            count: more.count,
            link: (
              <Link to={more.href}>
                {translate(
                  {
                    id: 'theme.roadmap.entries.moreLink',
                    message: 'the {status} page lists them all',
                  },
                  {status: more.label},
                )}
              </Link>
            ),
          }}
        >
          {plural(
            translate({
              id: 'theme.roadmap.entries.more',
              message:
                '{count} theme: {link}, each with its summary and a link to its own page with its full text.|{count} themes: {link}, each with its summary and a link to its own page with its full text.',
            }),
            more.count,
          )}
        </Interpolate>
      </p>
    );
  }
  if (entries.length === 0 && emptyText) {
    return <p className="roadmap-meta text--italic">{emptyText}</p>;
  }
  const hidden = (entry: Entry) => !matchesFilters(entry.filter, filters);
  if (active && entries.length > 0 && entries.every(hidden)) {
    return (
      <p className="roadmap-meta text--italic">
        {translate({
          id: 'theme.roadmap.entries.noneMatches',
          message: 'No theme here matches the filters.',
        })}
      </p>
    );
  }
  // The title, visually hidden: out of context, each link names its theme.
  const hiddenTitle = (title: string) => ({
    hiddenTitle: (
      <span className="roadmap-visually-hidden">
        {translate({id: 'theme.roadmap.entries.linkTitle', message: ': {title}'}, {title})}
      </span>
    ),
  });
  return (
    <>
      {entries.map(
        ({
          filter,
          id,
          title,
          permalink,
          edit_url: editUrl,
          aliases,
          owner,
          tracking,
          discussion,
          shipped_in,
          shipped_on,
          lang,
          Content,
        }) => (
          <section
            key={id}
            className="margin-bottom--lg"
            aria-labelledby={id}
            hidden={!matchesFilters(filter, filters)}
          >
            <AliasAnchors aliases={aliases} />
            {/* An untranslated theme's own words say which language they are in. */}
            <Heading as="h3" id={id} lang={lang}>
              {title}
            </Heading>
            <RoadmapShippedIn
              shipped_in={shipped_in}
              shipped_on={shipped_on}
              className="roadmap-meta margin-bottom--sm"
            />
            {lang ? (
              <div lang={lang}>
                <Content />
              </div>
            ) : (
              <Content />
            )}
            <RoadmapEntryLinks
              pluginId={pluginId}
              title={title}
              status={filter.status}
              owner={owner}
              tracking={tracking}
              discussion={discussion}
            />
            <p className="roadmap-links roadmap-no-print">
              {editUrl && (
                <Link href={editUrl}>
                  <Interpolate values={hiddenTitle(title)}>
                    {translate({
                      id: 'theme.roadmap.entries.edit',
                      message: 'Edit this entry{hiddenTitle}',
                    })}
                  </Interpolate>
                </Link>
              )}
              <Link to={permalink}>
                <Interpolate values={hiddenTitle(title)}>
                  {translate({
                    id: 'theme.roadmap.entries.themePage',
                    message: 'Theme page{hiddenTitle}',
                  })}
                </Interpolate>
              </Link>
            </p>
          </section>
        ),
      )}
    </>
  );
}
