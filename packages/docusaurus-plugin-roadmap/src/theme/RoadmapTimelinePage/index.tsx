import Interpolate from '@docusaurus/Interpolate';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import RoadmapFilters from '@theme/RoadmapFilters';
import {useQuarterLabel} from '@theme/RoadmapMessages';
import {
  matchesFilters,
  useRoadmapData,
  useRoadmapFilters,
  type TimelinePageData,
} from 'docusaurus-plugin-roadmap/client';

export interface Props {
  /** The page's data, written by the plugin. */
  data: TimelinePageData & {pluginId: string};
}

/**
 * Quarters as columns, themes as rows, each cell the theme's status when the
 * quarter ended (or today, for the current one). A plain table: it reads
 * without JavaScript, prints, and scrolls inside its own box on a phone
 * (Infima's table style). The overview's URL filters apply to its rows.
 */
export default function RoadmapTimelinePage({data}: Props) {
  const {statuses} = useRoadmapData(data.pluginId);
  const {filters, active} = useRoadmapFilters();
  const quarterLabel = useQuarterLabel();
  // A theme no longer on the roadmap has no status, owner or tag to match.
  const rows = data.rows.filter((row) =>
    row.filter ? matchesFilters(row.filter, filters) : !active,
  );
  const current = data.quarters.at(-1);
  const title = translate({id: 'theme.roadmap.timeline.title', message: 'Timeline'});
  const description = translate({
    id: 'theme.roadmap.timeline.description',
    message: "Every roadmap theme's status at the end of each quarter, from git.",
  });
  return (
    <Layout title={title} description={description}>
      <main className="container margin-vert--lg markdown">
        <Heading as="h1">{title}</Heading>
        <p>
          {description}{' '}
          <Interpolate
            values={{
              delivery: (
                <Link to={data.delivery}>
                  {translate({
                    id: 'theme.roadmap.timeline.deliveryLink',
                    message: 'promised against delivered',
                  })}
                </Link>
              ),
            }}
          >
            {translate({
              id: 'theme.roadmap.timeline.intro',
              message:
                'A theme no longer on the roadmap in a quarter shows “—”. See also {delivery}.',
            })}
          </Interpolate>
        </p>
        {data.warning && (
          <p className="roadmap-meta">
            {translate(
              {id: 'theme.roadmap.timeline.noHistory', message: 'No history: {warning}.'},
              {warning: data.warning},
            )}
          </p>
        )}
        <RoadmapFilters
          entries={data.rows.flatMap((row) => (row.filter ? [row.filter] : []))}
          pluginId={data.pluginId}
          statusWords="group"
        />
        <table>
          <caption className="roadmap-visually-hidden">
            {translate({
              id: 'theme.roadmap.timeline.caption',
              message: 'Status of each theme at the end of each quarter',
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                {translate({id: 'theme.roadmap.timeline.theme', message: 'Theme'})}
              </th>
              {data.quarters.map((quarter) => (
                <th key={quarter} scope="col">
                  {quarterLabel(quarter)}
                  {quarter === current && (
                    <span className="roadmap-meta">
                      {' '}
                      {translate({id: 'theme.roadmap.timeline.now', message: '(now)'})}
                    </span>
                  )}
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
        {rows.length === 0 && (
          <p className="roadmap-meta">
            {translate({
              id: 'theme.roadmap.timeline.noMatch',
              message: 'No theme matches these filters.',
            })}
          </p>
        )}
        <p>
          <Link to={data.overview}>
            {translate({
              id: 'theme.roadmap.timeline.backToRoadmap',
              message: 'Back to the roadmap',
            })}
          </Link>
        </p>
      </main>
    </Layout>
  );
}
