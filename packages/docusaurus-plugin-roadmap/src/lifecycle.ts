import {latestShipDay, parseShipDate, UNKNOWN_SHIP_DATE} from './shipDate';
import {parsePeriod, type Period} from './period';
import type {RoadmapEntry} from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` plus (or minus) whole days, in UTC. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Today in UTC, `YYYY-MM-DD`: the default build date. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The quarter a day falls in. */
export function periodOf(date: string): Period {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return parsePeriod(`${year}-Q${Math.floor((month - 1) / 3) + 1}`);
}

export interface Staleness {
  /** Whether the build ran after the period ended plus the grace days. */
  stale: boolean;
  /** The last day before the roadmap counts as stale. */
  deadline: string;
  /** The latest `last_reviewed` of any entry, or null when none has one. */
  lastReviewed: string | null;
  /** When stale: planned entries not reviewed since the period ended. */
  staleEntries: RoadmapEntry[];
}

/**
 * A roadmap is stale once its period has ended and the grace days have
 * passed: what it calls "next" was planned for a quarter that is over.
 * Shipped themes do not go stale; the others do unless reviewed after the
 * period's last day.
 */
export function staleness(
  entries: readonly RoadmapEntry[],
  {period, buildDate, graceDays}: {period: Period; buildDate: string; graceDays: number},
): Staleness {
  const deadline = addDays(period.end, graceDays);
  const stale = buildDate > deadline;
  const reviews = entries.flatMap((e) => (e.last_reviewed ? [e.last_reviewed] : [])).sort();
  return {
    stale,
    deadline,
    lastReviewed: reviews.at(-1) ?? null,
    staleEntries: stale
      ? entries.filter(
          (e) =>
            // Shipped and dropped themes are settled: nothing to review.
            (e.status === 'next' || e.status === 'future') &&
            (e.last_reviewed === null || e.last_reviewed <= period.end),
        )
      : [],
  };
}

export function formatStaleWarning(report: Staleness, period: Period): string {
  const lines = report.staleEntries.map(
    (e) =>
      `- ${e.file}: ${e.last_reviewed ? `last reviewed ${e.last_reviewed}` : 'never reviewed (no last_reviewed)'}`,
  );
  return [
    `The roadmap covers ${period.shortLabel}, which ended on ${period.end}; past ${report.deadline} it counts as stale.`,
    ...(lines.length > 0
      ? [
          `${lines.length === 1 ? 'This entry was' : `These ${lines.length} entries were`} not reviewed since:`,
          ...lines,
          'Review each entry (set last_reviewed), then start the next period with `docusaurus roadmap close-quarter`.',
        ]
      : [
          'Every planned entry was reviewed since: start the next period with `docusaurus roadmap close-quarter`.',
        ]),
  ].join('\n');
}

export interface RecentShippedOptions {
  /** At most this many themes in "Recently shipped". */
  count: number;
  /** Only themes shipped within this many days before the build. */
  days: number;
}

/** Shipped themes, newest first, split into the overview's few and the rest. */
export function splitShipped(
  entries: readonly RoadmapEntry[],
  buildDate: string,
  {count, days}: RecentShippedOptions,
): {recent: RoadmapEntry[]; older: RoadmapEntry[]} {
  const latest = (e: RoadmapEntry) => (e.shipped_on ? (latestShipDay(e.shipped_on) ?? '') : '');
  const shipped = entries
    .filter((e) => e.status === 'shipped')
    .sort((a, b) => latest(b).localeCompare(latest(a)) || a.order - b.order);
  const since = addDays(buildDate, -days);
  // A theme whose date was never recorded is never "recent".
  const recent = shipped.filter((e) => latest(e) !== '' && latest(e) >= since).slice(0, count);
  return {recent, older: shipped.filter((e) => !recent.includes(e))};
}

/**
 * Shipped themes grouped by the quarter they shipped in, newest first; those
 * whose date was never recorded last, with `period: null`.
 */
export function groupByQuarter(
  shipped: readonly RoadmapEntry[],
): {period: Period | null; entries: RoadmapEntry[]}[] {
  const groups = new Map<string, RoadmapEntry[]>();
  const unknown: RoadmapEntry[] = [];
  for (const entry of shipped) {
    const date = parseShipDate(entry.shipped_on ?? UNKNOWN_SHIP_DATE);
    if (date.kind === 'unknown') {
      unknown.push(entry);
      continue;
    }
    const id = date.kind === 'quarter' ? date.period.id : periodOf(date.day).id;
    groups.set(id, [...(groups.get(id) ?? []), entry]);
  }
  const latest = (e: RoadmapEntry) => latestShipDay(e.shipped_on ?? '') ?? '';
  return [
    ...[...groups.keys()]
      .sort()
      .reverse()
      .map((id) => ({
        period: parsePeriod(id),
        entries: groups.get(id)!.sort((a, b) => latest(b).localeCompare(latest(a))),
      })),
    ...(unknown.length > 0
      ? [{period: null, entries: unknown.sort((a, b) => a.order - b.order)}]
      : []),
  ];
}
