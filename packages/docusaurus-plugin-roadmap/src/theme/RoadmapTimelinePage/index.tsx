import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import RoadmapFilters from '@theme/RoadmapFilters';
import {
  matchesFilters,
  quarterLabel,
  useRoadmapData,
  useRoadmapFilters,
  type TimelinePageData,
} from 'docusaurus-plugin-roadmap/client';

export interface Props {
  /** The page's data, written by the plugin. */
  data: TimelinePageData & {pluginId: string};
}

const TITLE = 'Timeline';
const DESCRIPTION = "Every roadmap theme's status at the end of each quarter, from git.";

/**
 * Quarters as columns, themes as rows, each cell the theme's status when the
 * quarter ended (or today, for the current one). A plain table: it reads
 * without JavaScript, prints, and scrolls inside its own box on a phone
 * (Infima's table style). The overview's URL filters apply to its rows.
 */
export default function RoadmapTimelinePage({data}: Props) {
  const {statuses} = useRoadmapData(data.pluginId);
  const {filters, active} = useRoadmapFilters();
  // A theme no longer on the roadmap has no status, owner or tag to match.
  const rows = data.rows.filter((row) =>
    row.filter ? matchesFilters(row.filter, filters) : !active,
  );
  const current = data.quarters.at(-1);
  return (
    <Layout title={TITLE} description={DESCRIPTION}>
      <main className="container margin-vert--lg markdown">
        <Heading as="h1">{TITLE}</Heading>
        <p>
          {DESCRIPTION} A theme no longer on the roadmap in a quarter shows “—”. See also{' '}
          <Link to={data.delivery}>promised against delivered</Link>.
        </p>
        {data.warning && <p className="roadmap-meta">No history: {data.warning}.</p>}
        <RoadmapFilters
          entries={data.rows.flatMap((row) => (row.filter ? [row.filter] : []))}
          pluginId={data.pluginId}
          statusWords="group"
        />
        <table>
          <caption className="roadmap-visually-hidden">
            Status of each theme at the end of each quarter
          </caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              {data.quarters.map((quarter) => (
                <th key={quarter} scope="col">
                  {quarterLabel(quarter)}
                  {quarter === current && <span className="roadmap-meta"> (now)</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  {row.permalink ? <Link to={row.permalink}>{row.title}</Link> : row.title}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={data.quarters[i]}>{cell ? statuses[cell].group : '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="roadmap-meta">No theme matches these filters.</p>}
        <p>
          <Link to={data.overview}>Back to the roadmap</Link>
        </p>
      </main>
    </Layout>
  );
}
