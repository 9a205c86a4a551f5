import type {CheckedEntry} from './check';
import {escapeForLog} from './format';
import {toEntryData} from './schema';
import {STATUSES, type Status} from './statuses';
import type {DocLike, Problem, RoadmapEntry} from './types';

const SITE_ALIAS = '@site/';

/**
 * Joins the checked entry files with the docs plugin's metadata for them
 * (permalink, edit URL). Entries the docs plugin left out, such as drafts in
 * a production build, are left out here too. In a translated site the docs
 * plugin's page of a translated entry comes from the locale's docs folder
 * (`localizedDir`), under the path its source has in `docsDir`.
 */
export function toRoadmapEntries(
  checked: readonly CheckedEntry[],
  docs: readonly DocLike[],
  translated?: {localizedDir: string; docsDir: string},
): RoadmapEntry[] {
  const localized = translated && `${translated.localizedDir}/`;
  const docsByFile = new Map(
    docs.map((doc) => {
      const file = doc.source.startsWith(SITE_ALIAS)
        ? doc.source.slice(SITE_ALIAS.length)
        : doc.source;
      // A translation stands for its source's file.
      return [
        localized && file.startsWith(localized)
          ? `${translated.docsDir}/${file.slice(localized.length)}`
          : file,
        doc,
      ];
    }),
  );
  return checked.flatMap(({source, data, lang}) => {
    const doc = docsByFile.get(source.file);
    if (!doc) {
      return [];
    }
    return [
      {
        ...toEntryData(data),
        permalink: doc.permalink,
        edit_url: doc.editUrl ?? null,
        file: source.file,
        source: doc.source,
        ...(lang && {lang}),
      },
    ];
  });
}

/** The position after the last theme of a status: where a new one goes. */
export function nextFreeOrder(
  entries: readonly {status: Status; order: number}[],
  status: Status,
): number {
  return Math.max(0, ...entries.filter((e) => e.status === status).map((e) => e.order)) + 1;
}

export function groupByStatus(entries: readonly RoadmapEntry[]): Record<Status, RoadmapEntry[]> {
  const groups = Object.fromEntries(STATUSES.map((s) => [s, [] as RoadmapEntry[]])) as Record<
    Status,
    RoadmapEntry[]
  >;
  for (const entry of entries) {
    groups[entry.status].push(entry);
  }
  for (const status of STATUSES) {
    groups[status].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  }
  return groups;
}

export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) =>
    escapeForLog(
      `- ${p.file}${p.line ? `:${p.line}` : ''}: ${p.field ? `front matter "${p.field}" ` : ''}${p.message}`,
    ),
  );
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `The roadmap has ${count} in its entries:\n${lines.join('\n')}`;
}
