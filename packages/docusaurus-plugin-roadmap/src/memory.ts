import type {RoadmapChange} from './history';
import {periodOf} from './lifecycle';
import {nextPeriod, parsePeriod, type Period} from './period';
import {STATUSES, type Status} from './statuses';
import type {RoadmapEntry} from './types';

/**
 * The roadmap's memory, derived from its git history: each theme's story,
 * its status at the end of every quarter (the timeline), and what became of
 * each quarter's promises (delivery). Facts only: every event is a change
 * git recorded, or a quarter's end seen through those changes.
 */

/** What can happen to a theme, as its story tells it. */
export const STORY_EVENT_KINDS = [
  'added',
  're-added',
  'pulled-in',
  'slipped',
  'moved',
  'carried-over',
  'shipped',
  'dropped',
  'renamed',
  'removed',
] as const;

/** One event of a theme's story. */
export interface StoryEvent {
  kind: (typeof STORY_EVENT_KINDS)[number];
  /** `YYYY-MM-DD`; for `carried-over`, the last day of the quarter. */
  date: string;
  /** The quarter the event falls in, e.g. `2022-Q3`. */
  quarter: string;
  /** The status after the event (the last one, for `removed`). */
  status: Status;
  /** The status before, for moves. */
  from?: Status;
  /** The old id, for `renamed`. */
  from_id?: string;
  /** For `shipped`: the release. */
  version?: string;
  /** For `dropped`: why. */
  reason?: string;
}

/** A theme's status at the end of each quarter, `null` when it was not on the roadmap. */
export interface TimelineRow {
  id: string;
  title: string;
  /** The theme's page, or null for a theme whose file was deleted. */
  permalink: string | null;
  cells: (Status | null)[];
}

export interface Timeline {
  /** Oldest first; the last is the quarter the build falls in. */
  quarters: string[];
  rows: TimelineRow[];
}

export const OUTCOMES = ['shipped', 'carried-over', 'slipped', 'dropped'] as const;

export type Outcome = (typeof OUTCOMES)[number];

/** What became of what was "next" when a quarter started. */
export interface QuarterDelivery {
  quarter: string;
  promised: {id: string; title: string; permalink: string | null; outcome: Outcome}[];
  counts: Record<Outcome, number>;
  /** Shipped ÷ promised, 0–1; null when nothing was promised. */
  rate: number | null;
}

export interface Delivery {
  quarters: QuarterDelivery[];
  /** Over the last four closed quarters with promises. */
  lastFour: {quarters: string[]; promised: number; shipped: number; rate: number | null};
}

export interface Memory {
  /** Each theme's events, oldest first, by today's id (or the last id of a removed theme). */
  stories: Map<string, StoryEvent[]>;
  timeline: Timeline;
  delivery: Delivery;
}

/** Every quarter from `first` to `last`, both included. */
function quartersBetween(first: Period, last: Period): string[] {
  const quarters = [first];
  while (quarters.at(-1)!.id < last.id) quarters.push(nextPeriod(quarters.at(-1)!));
  return quarters.map((quarter) => quarter.id);
}

/** How a move between two statuses reads in a story. */
function moveKind(from: Status | undefined, to: Status): StoryEvent['kind'] {
  if (from === 'future' && to === 'next') return 'pulled-in';
  if (from === 'next' && to === 'future') return 'slipped';
  return 'moved';
}

/**
 * A theme whose file got a new id in a commit that did not list the old id
 * in `aliases` yet (added later) reads in git as one theme removed and
 * another added: with today's aliases it is one theme, renamed.
 */
function foldRenames(
  changes: readonly RoadmapChange[],
  themeOf: (id: string) => string,
): RoadmapChange[] {
  const folded: RoadmapChange[] = [];
  for (let at = 0, end = 0; at < changes.length; at = end) {
    // One commit's changes: the run that shares its hash.
    while (end < changes.length && changes[end]!.commit === changes[at]!.commit) end++;
    const commit = changes.slice(at, end);
    for (const change of commit) {
      const partner = commit.find(
        (other) =>
          other !== change &&
          other.id !== change.id &&
          themeOf(other.id) === themeOf(change.id) &&
          ((change.kind === 'added' && other.kind === 'removed') ||
            (change.kind === 'removed' && other.kind === 'added')),
      );
      if (!partner) {
        folded.push(change);
      } else if (change.kind === 'added') {
        folded.push({...change, kind: 'renamed', fromId: partner.id});
        if (partner.status !== change.status) {
          folded.push({...change, kind: 'moved', from: partner.status});
        }
      }
    }
  }
  return folded;
}

/**
 * The memory of a roadmap from its changes (oldest first, as `changesFromGit`
 * returns them) and today's entries. A change recorded under an old id
 * belongs to the theme that lists it in `aliases`. `today` is the build
 * date: quarters that ended before it are closed.
 */
export function roadmapMemory(
  changes: readonly RoadmapChange[],
  entries: readonly RoadmapEntry[],
  today: string,
): Memory {
  // Old ids lead to today's: a rename chain a → b → c ends at c.
  const current = new Map<string, RoadmapEntry>();
  for (const entry of entries) {
    for (const id of [...(entry.aliases ?? []), entry.id]) current.set(id, entry);
  }
  const renamedTo = new Map<string, string>();
  for (const change of changes) {
    if (change.kind === 'renamed' && change.fromId) renamedTo.set(change.fromId, change.id);
  }
  const themeOf = (id: string): string => {
    const seen = new Set<string>();
    let at = id;
    while (renamedTo.has(at) && !seen.has(at)) {
      seen.add(at);
      at = renamedTo.get(at)!;
    }
    return current.get(at)?.id ?? current.get(id)?.id ?? at;
  };

  changes = foldRenames(changes, themeOf);
  const stories = new Map<string, StoryEvent[]>();
  const titles = new Map<string, string>();
  const status = new Map<string, Status | null>();
  const removedOnce = new Set<string>();
  const quarters = quartersBetween(periodOf(changes[0]?.date ?? today), periodOf(today));
  // Each quarter's end state, and the state at the start of the first.
  const ends: Map<string, Status | null>[] = [];
  let next = 0;
  for (const quarter of quarters) {
    const {end} = parsePeriod(quarter);
    // Where the last quarter ended (nothing, before the first).
    const startState = ends.at(-1) ?? new Map<string, Status | null>();
    for (; next < changes.length && changes[next]!.date.slice(0, 10) <= end; next++) {
      const change = changes[next]!;
      const theme = themeOf(change.id);
      const story = stories.get(theme) ?? [];
      stories.set(theme, story);
      titles.set(theme, change.title);
      const before = status.get(theme) ?? undefined;
      const event = {
        date: change.date.slice(0, 10),
        quarter,
        status: change.status,
      };
      switch (change.kind) {
        case 'added':
          story.push({...event, kind: removedOnce.has(theme) ? 're-added' : 'added'});
          break;
        case 'moved':
          story.push({...event, kind: moveKind(change.from, change.status), from: change.from});
          break;
        case 'shipped':
        case 'dropped':
          story.push({
            ...event,
            kind: change.kind,
            ...(before ? {from: before} : {}),
            ...(change.version ? {version: change.version} : {}),
            ...(change.reason ? {reason: change.reason} : {}),
          });
          break;
        case 'renamed':
          story.push({...event, kind: 'renamed', from_id: change.fromId});
          break;
        case 'removed':
          story.push({...event, kind: 'removed'});
          removedOnce.add(theme);
          break;
      }
      status.set(theme, change.kind === 'removed' ? null : change.status);
    }
    const closed = end < today;
    if (closed) {
      // Promised at the start, still promised at the end: carried over.
      for (const [theme, was] of startState) {
        if (was === 'next' && status.get(theme) === 'next') {
          stories
            .get(theme)!
            .push({kind: 'carried-over', date: end, quarter, status: 'next', from: 'next'});
        }
      }
    }
    ends.push(new Map(status));
  }

  const permalinkOf = (theme: string) => current.get(theme)?.permalink ?? null;
  const titleOf = (theme: string) => current.get(theme)?.title ?? titles.get(theme) ?? theme;
  // Themes in the order of today's roadmap (by status, then order), then
  // those no longer on it, by title.
  const rank = (theme: string): [number, number] => {
    const entry = current.get(theme);
    return entry ? [STATUSES.indexOf(entry.status), entry.order] : [Infinity, 0];
  };
  const themes = [...stories.keys()].sort((a, b) => {
    const [statusA, orderA] = rank(a);
    const [statusB, orderB] = rank(b);
    // Infinity - Infinity is NaN, which is falsy: themes off the roadmap go by title.
    return statusA - statusB || orderA - orderB || titleOf(a).localeCompare(titleOf(b), 'en');
  });
  const timeline: Timeline = {
    quarters,
    rows: themes.map((theme) => ({
      id: theme,
      title: titleOf(theme),
      permalink: permalinkOf(theme),
      cells: ends.map((state) => state.get(theme) ?? null),
    })),
  };

  const deliveries: QuarterDelivery[] = [];
  quarters.forEach((quarter, i) => {
    if (parsePeriod(quarter).end >= today || i === 0) return;
    const start = ends[i - 1]!;
    const end = ends[i]!;
    const promised = themes
      .filter((theme) => start.get(theme) === 'next')
      .map((theme) => {
        const after = end.get(theme) ?? null;
        const outcome: Outcome =
          after === 'shipped'
            ? 'shipped'
            : after === 'next'
              ? 'carried-over'
              : after === 'future'
                ? 'slipped'
                : 'dropped';
        return {id: theme, title: titleOf(theme), permalink: permalinkOf(theme), outcome};
      });
    const counts = Object.fromEntries(
      OUTCOMES.map((o) => [o, promised.filter((p) => p.outcome === o).length]),
    ) as Record<Outcome, number>;
    deliveries.push({
      quarter,
      promised,
      counts,
      rate: promised.length > 0 ? counts.shipped / promised.length : null,
    });
  });
  const recent = deliveries.filter((d) => d.promised.length > 0).slice(-4);
  const promisedCount = recent.reduce((sum, d) => sum + d.promised.length, 0);
  const shippedCount = recent.reduce((sum, d) => sum + d.counts.shipped, 0);
  return {
    stories,
    timeline,
    delivery: {
      quarters: deliveries,
      lastFour: {
        quarters: recent.map((d) => d.quarter),
        promised: promisedCount,
        shipped: shippedCount,
        rate: promisedCount > 0 ? shippedCount / promisedCount : null,
      },
    },
  };
}
