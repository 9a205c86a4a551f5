import {useEffect} from 'react';
import Interpolate from '@docusaurus/Interpolate';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {useHistory, useLocation} from '@docusaurus/router';
import RoadmapFilters from '@theme/RoadmapFilters';
import {usePlural} from '@theme/RoadmapMessages';
import {
  OVERVIEW_STATUSES,
  TABLE_STATUSES,
  matchesFilters,
  useRoadmapData,
  useRoadmapFilters,
  type CompactStatuses,
  type RoadmapTableData,
} from 'docusaurus-plugin-roadmap/client';
import styles from './styles.module.css';

/**
 * The summary table at the top of the overview: one column per status, each
 * theme linking to its section. Built from the entries' front matter at build
 * time, so it cannot drift from them.
 */
export interface Props {
  /** Per status, in order, what the table shows of each theme. */
  table: RoadmapTableData;
  /** The roadmap plugin instance, when the site has several. */
  pluginId?: string;
  /**
   * On a compact overview (more themes than the `overviewLimit` option): how
   * many themes each column has in all, and the page listing them.
   */
  more?: CompactStatuses;
  /** On a compact overview: loads each theme's page by id, for `#<id>` links. */
  loadAnchors?: () => Promise<Record<string, string>>;
}

/**
 * A `#<id>` link to a theme the overview does not show (a compact overview, a
 * dropped or long-shipped theme) leads on to
 * the theme's own page, so links written when the roadmap was short still land.
 */
function useAnchorRedirect(loadAnchors: Props['loadAnchors']) {
  const {hash} = useLocation();
  const history = useHistory();
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (!loadAnchors || !id || document.getElementById(id)) return undefined;
    let current = true;
    void loadAnchors().then((anchors) => {
      if (current && Object.hasOwn(anchors, id)) history.replace(anchors[id]!);
    });
    return () => {
      current = false;
    };
  }, [hash, loadAnchors, history]);
}

export default function RoadmapTable({table, pluginId, more, loadAnchors}: Props) {
  const {filters} = useRoadmapFilters();
  const {statuses} = useRoadmapData(pluginId);
  const plural = usePlural();
  useAnchorRedirect(loadAnchors);
  return (
    <>
      {/* Filters on a list cut short would hide what they match: the status
          and owner pages list everything instead. */}
      {!more && (
        <RoadmapFilters
          entries={OVERVIEW_STATUSES.flatMap((status) => table[status])}
          pluginId={pluginId}
        />
      )}
      <table className={styles.table}>
        <caption className="roadmap-visually-hidden">
          {translate({id: 'theme.roadmap.table.caption', message: 'Roadmap themes by status'})}
        </caption>
        <thead>
          <tr>
            {TABLE_STATUSES.map((status) => (
              <th key={status} scope="col">
                <Link href={`#${statuses[status].anchor}`}>{statuses[status].label}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {TABLE_STATUSES.map((status) => {
              const entries = table[status].filter((theme) => matchesFilters(theme, filters));
              return (
                <td key={status}>
                  {entries.length === 0 ? (
                    <em>
                      {table[status].length === 0
                        ? translate({id: 'theme.roadmap.table.empty', message: 'No themes yet.'})
                        : translate({
                            id: 'theme.roadmap.table.noneMatches',
                            message: 'None matches the filters.',
                          })}
                    </em>
                  ) : (
                    <ul className="clean-list">
                      {entries.map((entry) => (
                        <li key={entry.id}>
                          <Link href={entry.permalink ?? `#${entry.id}`} lang={entry.lang}>
                            {entry.title}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                  {more?.[status] && more[status].count > table[status].length && (
                    <p className="roadmap-meta margin-top--sm margin-bottom--none">
                      <Link to={more[status].href}>
                        {/* The status, visually hidden: out of its column, the link names it. */}
                        <Interpolate
                          values={{
                            count: more[status].count,
                            inStatus: (
                              <span className="roadmap-visually-hidden">
                                {' '}
                                {translate(
                                  {
                                    id: 'theme.roadmap.table.allThemesStatus',
                                    message: 'in {status}',
                                  },
                                  {status: statuses[status].label},
                                )}
                              </span>
                            ),
                          }}
                        >
                          {plural(
                            translate({
                              id: 'theme.roadmap.table.allThemes',
                              message: 'All {count} theme{inStatus}|All {count} themes{inStatus}',
                            }),
                            more[status].count,
                          )}
                        </Interpolate>
                      </Link>
                    </p>
                  )}
                </td>
              );
            })}
          </tr>
        </tbody>
      </table>
    </>
  );
}
