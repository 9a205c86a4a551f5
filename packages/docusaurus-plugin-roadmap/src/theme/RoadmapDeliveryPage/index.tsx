import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {
  OUTCOMES,
  quarterLabel,
  type DeliveryPageData,
  type Outcome,
  type QuarterDelivery,
} from 'docusaurus-plugin-roadmap/client';

export interface Props {
  /** The page's data, written by the plugin. */
  data: DeliveryPageData & {pluginId: string};
}

const TITLE = 'Promised and delivered';
const DESCRIPTION =
  "For each closed quarter: what was in What's next when it started, and what became of it.";

const OUTCOME_LABELS: Record<Outcome, string> = {
  shipped: 'Shipped in the quarter',
  'carried-over': 'Carried over',
  slipped: 'Slipped to Future work',
  dropped: 'Dropped or removed',
};

// Infima's darker shades, for contrast on both light and dark backgrounds.
const OUTCOME_FILLS: Record<Outcome, string> = {
  shipped: 'var(--ifm-color-success-dark)',
  'carried-over': 'var(--ifm-color-info-dark)',
  slipped: 'var(--ifm-color-warning-darkest)',
  dropped: 'var(--ifm-color-danger-dark)',
};

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/**
 * Bars per quarter, one segment per outcome, drawn at build time. The same
 * numbers are in the table below it, for screen readers and print; the
 * drawing itself is hidden from assistive technology.
 */
function Chart({quarters}: {quarters: readonly QuarterDelivery[]}) {
  const max = Math.max(1, ...quarters.map((q) => q.promised.length));
  const bar = 36;
  const gap = 24;
  const height = 120;
  const width = quarters.length * (bar + gap) + gap;
  return (
    <svg
      viewBox={`0 0 ${width} ${height + 24}`}
      width={Math.min(width, 640)}
      role="presentation"
      aria-hidden="true"
      focusable="false"
      className="margin-bottom--sm"
      style={{maxWidth: '100%', height: 'auto'}}
    >
      {quarters.map((q, i) => {
        let top = height;
        const x = gap + i * (bar + gap);
        return (
          <g key={q.quarter}>
            {OUTCOMES.map((outcome) => {
              const h = (q.counts[outcome] / max) * height;
              top -= h;
              return h > 0 ? (
                <rect
                  key={outcome}
                  x={x}
                  y={top}
                  width={bar}
                  height={h}
                  style={{fill: OUTCOME_FILLS[outcome]}}
                />
              ) : null;
            })}
            <text
              x={x + bar / 2}
              y={height + 16}
              textAnchor="middle"
              fontSize="11"
              fill="currentColor"
            >
              {quarterLabel(q.quarter)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export default function RoadmapDeliveryPage({data}: Props) {
  const {lastFour} = data;
  const closed = data.quarters.filter((q) => q.promised.length > 0);
  return (
    <Layout title={TITLE} description={DESCRIPTION}>
      <main className="container margin-vert--lg markdown">
        <Heading as="h1">{TITLE}</Heading>
        <p>
          {DESCRIPTION} Facts from the roadmap's git history: a theme counts as promised when it was
          in What's next on the quarter's first day. See also the{' '}
          <Link to={data.timeline}>timeline</Link>.
        </p>
        {data.warning && <p className="roadmap-meta">No history: {data.warning}.</p>}
        {closed.length === 0 ? (
          <p className="roadmap-meta">No closed quarter had themes in What's next yet.</p>
        ) : (
          <>
            <p>
              Over the last{' '}
              {lastFour.quarters.length === 1 ? 'quarter' : `${lastFour.quarters.length} quarters`}{' '}
              with promises, {lastFour.shipped} of {lastFour.promised} promised{' '}
              {lastFour.promised === 1 ? 'theme' : 'themes'} shipped in their quarter (
              {percent(lastFour.rate)}).
            </p>
            {/* Three years at most: the table below has every quarter. */}
            <Chart quarters={closed.slice(-12)} />
            <p className="roadmap-meta roadmap-links" aria-hidden="true">
              {OUTCOMES.map((outcome) => (
                <span key={outcome}>
                  <svg width="10" height="10" focusable="false">
                    <rect width="10" height="10" style={{fill: OUTCOME_FILLS[outcome]}} />
                  </svg>{' '}
                  {OUTCOME_LABELS[outcome]}
                </span>
              ))}
            </p>
            <table>
              <caption className="roadmap-visually-hidden">
                Themes promised and what became of them, per quarter
              </caption>
              <thead>
                <tr>
                  <th scope="col">Quarter</th>
                  <th scope="col">Promised</th>
                  {OUTCOMES.map((outcome) => (
                    <th key={outcome} scope="col">
                      {OUTCOME_LABELS[outcome]}
                    </th>
                  ))}
                  <th scope="col">Delivery rate</th>
                </tr>
              </thead>
              <tbody>
                {closed.map((q) => (
                  <tr key={q.quarter}>
                    <th scope="row">
                      <a href={`#${q.quarter.toLowerCase()}`}>{quarterLabel(q.quarter)}</a>
                    </th>
                    <td>{q.promised.length}</td>
                    {OUTCOMES.map((outcome) => (
                      <td key={outcome}>{q.counts[outcome]}</td>
                    ))}
                    <td>{percent(q.rate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {[...closed].reverse().map((q) => (
              <section key={q.quarter} aria-labelledby={q.quarter.toLowerCase()}>
                <Heading as="h2" id={q.quarter.toLowerCase()}>
                  {quarterLabel(q.quarter)}
                </Heading>
                <ul>
                  {q.promised.map((theme) => (
                    <li key={theme.id}>
                      {theme.permalink ? (
                        <Link to={theme.permalink}>{theme.title}</Link>
                      ) : (
                        theme.title
                      )}
                      : {OUTCOME_LABELS[theme.outcome].toLowerCase()}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
        <p>
          <Link to={data.overview}>Back to the roadmap</Link>
        </p>
      </main>
    </Layout>
  );
}
