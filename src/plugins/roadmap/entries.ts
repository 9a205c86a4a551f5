import {validateEntryFrontMatter} from './schema';
import {STATUSES, isStatus, type Status} from './statuses';
import type {DocLike, Problem, RoadmapEntry} from './types';

const SITE_ALIAS = '@site/';

function fileOf(doc: DocLike): string {
  return doc.source.startsWith(SITE_ALIAS) ? doc.source.slice(SITE_ALIAS.length) : doc.source;
}

export function isEntryDoc(doc: DocLike, entriesDir: string): boolean {
  return doc.sourceDirName === entriesDir || doc.sourceDirName.startsWith(`${entriesDir}/`);
}

/**
 * Turns the docs under `entriesDir` into roadmap entries, collecting every
 * problem (per file, then across files) instead of stopping at the first.
 */
export function readEntries(
  docs: readonly DocLike[],
  entriesDir: string,
): {entries: RoadmapEntry[]; problems: Problem[]} {
  const entries: RoadmapEntry[] = [];
  const problems: Problem[] = [];
  for (const doc of docs) {
    if (!isEntryDoc(doc, entriesDir)) {
      continue;
    }
    const file = fileOf(doc);
    const result = validateEntryFrontMatter(doc.frontMatter);
    if (!result.success) {
      problems.push(...result.problems.map((p) => ({file, ...p})));
      continue;
    }
    const {id, title, summary, tags, order} = result.data;
    entries.push({
      id,
      title,
      summary,
      // The schema guarantees exactly one status tag.
      status: tags.find(isStatus)!,
      order,
      tags,
      permalink: doc.permalink,
      editUrl: doc.editUrl ?? null,
      file,
      source: doc.source,
    });
  }
  problems.push(...findConflicts(entries));
  return {entries, problems};
}

/** Two entries may not share an id, nor a position within one status. */
function findConflicts(entries: readonly RoadmapEntry[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, RoadmapEntry>();
  const byOrder = new Map<string, RoadmapEntry>();
  for (const entry of [...entries].sort((a, b) => a.file.localeCompare(b.file))) {
    const sameId = byId.get(entry.id);
    if (sameId) {
      problems.push({
        file: entry.file,
        field: 'id',
        message: `"${entry.id}" is already the id of ${sameId.file}; ids must be unique, pick another`,
      });
    } else {
      byId.set(entry.id, entry);
    }
    const orderKey = `${entry.status}:${entry.order}`;
    const sameOrder = byOrder.get(orderKey);
    if (sameOrder) {
      problems.push({
        file: entry.file,
        field: 'order',
        message: `${entry.order} is already used by ${sameOrder.file} in status "${entry.status}"; give each entry of a status its own order`,
      });
    } else {
      byOrder.set(orderKey, entry);
    }
  }
  return problems;
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
  const lines = problems.map(
    (p) => `- ${p.file}: ${p.field ? `front matter "${p.field}" ` : ''}${p.message}`,
  );
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `The roadmap has ${count} in its entries:\n${lines.join('\n')}`;
}
