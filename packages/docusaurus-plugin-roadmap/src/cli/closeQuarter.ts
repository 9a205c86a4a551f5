import {existsSync} from 'node:fs';
import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import type {CheckedEntry} from '../check';
import {formatDay} from '../format';
import {PERIOD_PATTERN, nextPeriod, parsePeriod, type Period} from '../period';
import {parseEntrySource} from '../source';
import {STATUSES, STATUS_SECTIONS, type Status} from '../statuses';

/** One theme as it stood when a quarter closed. */
export interface SnapshotEntry {
  id: string;
  title: string;
  status: Status;
  summary: string;
  aliases?: string[];
  /** Why, for a dropped theme. */
  dropped_reason?: string;
}

/** What a history page keeps, in its front matter, for the next close to compare with. */
export interface Snapshot {
  period: string;
  closed_on: string;
  themes: SnapshotEntry[];
}

export function snapshotOf(
  entries: readonly CheckedEntry[],
  period: Period,
  closedOn: string,
): Snapshot {
  const themes = [...entries]
    .sort(
      (a, b) =>
        STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || a.data.order - b.data.order,
    )
    .map(({data, status}) => ({
      id: data.id,
      title: data.title,
      status,
      summary: data.summary,
      ...(data.aliases?.length ? {aliases: data.aliases} : {}),
      ...(status === 'dropped' && data.dropped_reason ? {dropped_reason: data.dropped_reason} : {}),
    }));
  return {period: period.id, closed_on: closedOn, themes};
}

export interface Moves {
  shipped: SnapshotEntry[];
  pulledIn: SnapshotEntry[];
  slipped: SnapshotEntry[];
  carriedOver: SnapshotEntry[];
  added: SnapshotEntry[];
  dropped: SnapshotEntry[];
}

/** What moved between two closes; a renamed theme is found by its aliases. */
export function compareSnapshots(previous: Snapshot, current: Snapshot): Moves {
  const before = new Map(previous.themes.map((t) => [t.id, t]));
  const moves: Moves = {
    shipped: [],
    pulledIn: [],
    slipped: [],
    carriedOver: [],
    added: [],
    dropped: [],
  };
  const seen = new Set<string>();
  for (const theme of current.themes) {
    const oldId = [theme.id, ...(theme.aliases ?? [])].find((id) => before.has(id));
    const old = oldId === undefined ? undefined : before.get(oldId);
    if (!old) {
      moves.added.push(theme);
      continue;
    }
    seen.add(old.id);
    if (theme.status === 'shipped' && old.status !== 'shipped') moves.shipped.push(theme);
    else if (theme.status === 'dropped' && old.status !== 'dropped') moves.dropped.push(theme);
    else if (old.status === 'future' && theme.status === 'next') moves.pulledIn.push(theme);
    else if (old.status === 'next' && theme.status === 'future') moves.slipped.push(theme);
    else if (old.status === 'next' && theme.status === 'next') moves.carriedOver.push(theme);
  }
  // A theme whose file was deleted is dropped too, without a reason.
  moves.dropped.push(
    ...previous.themes.filter(
      (t) => !seen.has(t.id) && t.status !== 'shipped' && t.status !== 'dropped',
    ),
  );
  return moves;
}

/** Markdown text is escaped where a title could start Markdown syntax. */
function inline(text: string): string {
  return text.replace(/([\\`*_[\]<>{}])/g, '\\$1');
}

function list(themes: readonly SnapshotEntry[]): string {
  return themes
    .map(
      (t) =>
        `- **${inline(t.title)}** (\`${t.id}\`): ${inline(t.summary)}${
          typeof t.dropped_reason === 'string' ? ` Dropped: ${inline(t.dropped_reason)}` : ''
        }`,
    )
    .join('\n');
}

/**
 * The history page of a closed quarter: what moved since the previous close
 * and the whole roadmap as it stood. Plain text, no links to theme pages:
 * themes may be removed later, and history must not break the build.
 */
export function historyPage(snapshot: Snapshot, previous: Snapshot | undefined): string {
  const period = parsePeriod(snapshot.period);
  const frontMatter = yaml.dump(
    {
      // Set explicitly: Docusaurus would read the file name's "2022-" as a number prefix.
      id: period.id.toLowerCase(),
      title: `Roadmap of ${period.shortLabel}`,
      sidebar_label: period.shortLabel,
      description: `The roadmap as it stood when ${period.shortLabel} closed, and what moved during the quarter.`,
      // Newest quarter first in the sidebar.
      sidebar_position: -(period.year * 4 + period.quarter),
      roadmap_snapshot: snapshot,
    },
    {lineWidth: -1},
  );
  const sections: string[] = [
    `This is the roadmap as it stood when ${period.label} closed, on ${formatDay(snapshot.closed_on)}.`,
    '## What moved',
  ];
  if (previous) {
    const moves = compareSnapshots(previous, snapshot);
    const groups: [string, SnapshotEntry[]][] = [
      ['Shipped', moves.shipped],
      ['Pulled in from future work', moves.pulledIn],
      ['Slipped to future work', moves.slipped],
      ['Carried over, still next', moves.carriedOver],
      ['Added', moves.added],
      ['Dropped', moves.dropped],
    ];
    sections.push(
      `Compared with the roadmap at the close of ${parsePeriod(previous.period).shortLabel}:`,
    );
    for (const [label, themes] of groups) {
      sections.push(`### ${label}`, themes.length > 0 ? list(themes) : 'None.');
    }
  } else {
    sections.push('This is the first closed quarter: there is no earlier close to compare with.');
  }
  sections.push('## The roadmap at close');
  for (const status of STATUSES) {
    const themes = snapshot.themes.filter((t) => t.status === status);
    sections.push(
      `### ${STATUS_SECTIONS[status].group}`,
      themes.length > 0 ? list(themes) : 'None.',
    );
  }
  return `---\n${frontMatter}---\n\n${sections.join('\n\n')}\n`;
}

/** The snapshots of the closed quarters in a history folder, oldest first. */
export async function readSnapshots(historyDir: string): Promise<Snapshot[]> {
  if (!existsSync(historyDir)) return [];
  const names = (await readdir(historyDir)).filter((name) => name.endsWith('.md'));
  const snapshots = await Promise.all(
    names.map(async (name) => {
      const source = await parseEntrySource(
        name,
        await readFile(path.join(historyDir, name), 'utf8'),
      );
      const snapshot = source.frontMatter.roadmap_snapshot as Partial<Snapshot> | undefined;
      return snapshot && typeof snapshot.period === 'string' && PERIOD_PATTERN.test(snapshot.period)
        ? (snapshot as Snapshot)
        : undefined;
    }),
  );
  return snapshots
    .filter((s): s is Snapshot => s !== undefined)
    .sort((a, b) => a.period.localeCompare(b.period));
}

/**
 * The quarter the roadmap covers now: the one after the last quarter closed,
 * or `start` (the `period` option) while none after it is. Closing a quarter
 * is what moves the roadmap on: nobody edits the config for it.
 */
export function currentPeriod(start: Period, snapshots: readonly Snapshot[]): Period {
  const last = snapshots.at(-1);
  if (!last || last.period < start.id) return start;
  return nextPeriod(parsePeriod(last.period));
}
