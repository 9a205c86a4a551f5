import type {ReactNode} from 'react';
import Interpolate from '@docusaurus/Interpolate';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {usePlural, useQuarterLabel} from '@theme/RoadmapMessages';
import {
  OUTCOMES,
  fill,
  type DeliveryPageData,
  type Outcome,
  type QuarterDelivery,
} from 'docusaurus-plugin-roadmap/client';

export interface Props {
  /** The page's data, written by the plugin. */
  data: DeliveryPageData & {pluginId: string};
}

/** Each outcome's name, for the legend and the table's columns. */
function outcomeLabels(): Record<Outcome, string> {
  return {
    shipped: translate({
      id: 'theme.roadmap.delivery.outcomeShipped',
      message: 'Shipped in the quarter',
    }),
    'carried-over': translate({
      id: 'theme.roadmap.delivery.outcomeCarriedOver',
      message: 'Carried over',
    }),
    slipped: translate({
      id: 'theme.roadmap.delivery.outcomeSlipped',
      message: 'Slipped to Future work',
    }),
    dropped: translate({
      id: 'theme.roadmap.delivery.outcomeDropped',
      message: 'Dropped or removed',
    }),
  };
}

/** A promised theme's line under its quarter: "{theme}: what became of it". */
function outcomeLines(): Record<Outcome, string> {
  return {
    shipped: translate({
      id: 'theme.roadmap.delivery.promisedShipped',
      message: '{theme}: shipped in the quarter',
    }),
    'carried-over': translate({
      id: 'theme.roadmap.delivery.promisedCarriedOver',
      message: '{theme}: carried over',
    }),
    slipped: translate({
      id: 'theme.roadmap.delivery.promisedSlipped',
      message: '{theme}: slipped to future work',
    }),
    dropped: translate({
      id: 'theme.roadmap.delivery.promisedDropped',
      message: '{theme}: dropped or removed',
    }),
  };
}

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
  const quarterLabel = useQuarterLabel();
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

/** "Over the last 4 quarters with promises, 3 of 4 promised themes shipped…". */
function Summary({lastFour}: {lastFour: DeliveryPageData['lastFour']}) {
  const plural = usePlural();
  const quarters = lastFour.quarters.length;
  const period = fill(
    plural(
      translate({
        id: 'theme.roadmap.delivery.lastQuarters',
        message: 'Over the last quarter with promises|Over the last {count} quarters with promises',
      }),
      quarters,
    ),
    {count: quarters},
  );
  const summary = plural(
    translate({
      id: 'theme.roadmap.delivery.summary',
      message:
        '{period}, {shipped} of {promised} promised theme shipped in their quarter ({rate}).|{period}, {shipped} of {promised} promised themes shipped in their quarter ({rate}).',
    }),
    lastFour.promised,
  );
  return (
    <p>
      {fill(summary, {
        period,
        shipped: lastFour.shipped,
        promised: lastFour.promised,
        rate: percent(lastFour.rate),
      })}
    </p>
  );
}

export default function RoadmapDeliveryPage({data}: Props) {
  const quarterLabel = useQuarterLabel();
  const {lastFour} = data;
  const closed = data.quarters.filter((q) => q.promised.length > 0);
  const labels = outcomeLabels();
  const lines = outcomeLines();
  const title = translate({id: 'theme.roadmap.delivery.title', message: 'Promised and delivered'});
  const description = translate({
    id: 'theme.roadmap.delivery.description',
    message:
      "For each closed quarter: what was in What's next when it started, and what became of it.",
  });
  const themeLink = (theme: QuarterDelivery['promised'][number]): ReactNode =>
    theme.permalink ? <Link to={theme.permalink}>{theme.title}</Link> : theme.title;
  return (
    <Layout title={title} description={description}>
      <main className="container margin-vert--lg markdown">
        <Heading as="h1">{title}</Heading>
        <p>
          {description}{' '}
          <Interpolate
            values={{
              timeline: (
                <Link to={data.timeline}>
                  {translate({id: 'theme.roadmap.delivery.timelineLink', message: 'timeline'})}
                </Link>
              ),
            }}
          >
            {translate({
              id: 'theme.roadmap.delivery.intro',
              message:
                "Facts from the roadmap's git history: a theme counts as promised when it was in What's next on the quarter's first day. See also the {timeline}.",
            })}
          </Interpolate>
        </p>
        {data.warning && (
          <p className="roadmap-meta">
            {translate(
              {id: 'theme.roadmap.delivery.noHistory', message: 'No history: {warning}.'},
              {warning: data.warning},
            )}
          </p>
        )}
        {closed.length === 0 ? (
          <p className="roadmap-meta">
            {translate({
              id: 'theme.roadmap.delivery.noClosedQuarter',
              message: "No closed quarter had themes in What's next yet.",
            })}
          </p>
        ) : (
          <>
            <Summary lastFour={lastFour} />
            {/* Three years at most: the table below has every quarter. */}
            <Chart quarters={closed.slice(-12)} />
            <p className="roadmap-meta roadmap-links" aria-hidden="true">
              {OUTCOMES.map((outcome) => (
                <span key={outcome}>
                  <svg width="10" height="10" focusable="false">
                    <rect width="10" height="10" style={{fill: OUTCOME_FILLS[outcome]}} />
                  </svg>{' '}
                  {labels[outcome]}
                </span>
              ))}
            </p>
            <table>
              <caption className="roadmap-visually-hidden">
                {translate({
                  id: 'theme.roadmap.delivery.caption',
                  message: 'Themes promised and what became of them, per quarter',
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    {translate({id: 'theme.roadmap.delivery.quarter', message: 'Quarter'})}
                  </th>
                  <th scope="col">
                    {translate({id: 'theme.roadmap.delivery.promised', message: 'Promised'})}
                  </th>
                  {OUTCOMES.map((outcome) => (
                    <th key={outcome} scope="col">
                      {labels[outcome]}
                    </th>
                  ))}
                  <th scope="col">
                    {translate({id: 'theme.roadmap.delivery.rate', message: 'Delivery rate'})}
                  </th>
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
                      <Interpolate values={{theme: themeLink(theme)}}>
                        {lines[theme.outcome]}
                      </Interpolate>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
        <p>
          <Link to={data.overview}>
            {translate({
              id: 'theme.roadmap.delivery.backToRoadmap',
              message: 'Back to the roadmap',
            })}
          </Link>
        </p>
      </main>
    </Layout>
  );
}
