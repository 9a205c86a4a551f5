import yaml from 'js-yaml';
import {ENTRY_KEYS, type EntryFrontMatter} from './schema';
import {STATUSES, STATUS_SECTIONS, type Status} from './statuses';

/** A YAML scalar, quoted only when YAML needs it. */
export function yamlScalar(value: string): string {
  return yaml.dump(value, {lineWidth: -1}).trimEnd();
}

/**
 * A new entry file: its status, extra tags and text, and any front-matter
 * field, under the schema's own names.
 */
export type NewEntry = Pick<EntryFrontMatter, 'id' | 'title' | 'summary' | 'order'> &
  Partial<Omit<EntryFrontMatter, 'tags'>> & {
    status: Status;
    /** Tags besides the status, declared in the tags file. */
    tags?: readonly string[];
    /** Markdown. */
    body: string;
    /** A YAML comment closing the front matter, e.g. a hint for the author. */
    comment?: string;
  };

/**
 * An entry file, the only writer of one: its front matter in the schema's
 * key order, lists and objects inline (`tags: [next]`), every value quoted
 * where YAML needs it.
 */
export function entryFileContent(entry: NewEntry): string {
  const values: Partial<Record<keyof EntryFrontMatter, unknown>> = {
    ...entry,
    tags: [entry.status, ...(entry.tags ?? [])],
  };
  const lines = ENTRY_KEYS.flatMap((key) => {
    const value = values[key];
    if (value === undefined || value === null || (key === 'aliases' && !(value as []).length)) {
      return [];
    }
    return [yaml.dump({[key]: value}, {flowLevel: 1, lineWidth: -1}).trimEnd()];
  });
  return [
    '---',
    ...lines,
    ...(entry.comment ? [`# ${entry.comment}`] : []),
    '---',
    '',
    `${entry.body.trim()}\n`,
  ].join('\n');
}

/**
 * The docs plugin's tags file with every status and `tags` declared: the
 * existing file's declarations are kept as they are, missing ones added.
 */
export function tagsFileWith(
  existing: string,
  tags: readonly {id: string; label: string}[],
): string {
  const declared = (yaml.load(existing) ?? {}) as Record<string, unknown>;
  const wanted = [
    ...STATUSES.map((status) => ({
      id: status,
      label: STATUS_SECTIONS[status].group,
      description: `${STATUS_SECTIONS[status].group}: themes with this status.`,
    })),
    ...tags.map(({id, label}) => ({id, label, description: `Planned for ${label}.`})),
  ];
  const added = wanted
    .filter(({id}) => !Object.hasOwn(declared, id))
    .map(
      ({id, label, description}) =>
        `${yamlScalar(id)}:\n  label: ${yamlScalar(label)}\n  description: ${yamlScalar(description)}\n`,
    );
  const kept = existing.trimEnd();
  return [kept ? `${kept}\n` : '', ...added].join('');
}
