import Link from '@docusaurus/Link';
import RoadmapFilters from '@theme/RoadmapFilters';
import {
  STATUSES,
  TABLE_STATUSES,
  matchesFilters,
  useRoadmapData,
  useRoadmapFilters,
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
}

export default function RoadmapTable({table, pluginId}: Props) {
  const {filters} = useRoadmapFilters();
  const {statuses} = useRoadmapData(pluginId);
  return (
    <>
      <RoadmapFilters entries={STATUSES.flatMap((status) => table[status])} pluginId={pluginId} />
      <table className={styles.table}>
        <caption className="roadmap-visually-hidden">Roadmap themes by status</caption>
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
                      {table[status].length === 0 ? 'No themes yet.' : 'None matches the filters.'}
                    </em>
                  ) : (
                    <ul className="clean-list">
                      {entries.map((entry) => (
                        <li key={entry.id}>
                          <Link href={`#${entry.id}`}>{entry.title}</Link>
                        </li>
                      ))}
                    </ul>
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
