import yaml from 'js-yaml';
import {STATUSES, STATUS_SECTIONS, type Status} from '../statuses';

/** A YAML scalar, quoted only when YAML needs it. */
export function yamlScalar(value: string): string {
  return yaml.dump(value, {lineWidth: -1}).trimEnd();
}

export interface NewEntry {
  id: string;
  title: string;
  summary: string;
  status: Status;
  /** Tags besides the status, declared in the tags file. */
  tags?: readonly string[];
  order: number;
  owner?: string;
  tracking?: string;
  discussion?: string;
  /** For shipped themes: the release and the day. */
  shippedIn?: string;
  shippedOn?: string;
  /** Markdown. */
  body: string;
}

/** An entry file, front matter in the order CONTRIBUTING.md documents it. */
export function entryFileContent(entry: NewEntry): string {
  const optional = (['owner', 'tracking', 'discussion'] as const).flatMap((key) =>
    entry[key] ? [`${key}: ${yamlScalar(entry[key])}`] : [],
  );
  return [
    '---',
    `id: ${entry.id}`,
    `title: ${yamlScalar(entry.title)}`,
    `summary: ${yamlScalar(entry.summary)}`,
    `tags: [${[entry.status, ...(entry.tags ?? [])].join(', ')}]`,
    `order: ${entry.order}`,
    ...optional,
    ...(entry.shippedIn ? [`shipped_in: {version: ${JSON.stringify(entry.shippedIn)}}`] : []),
    ...(entry.shippedOn ? [`shipped_on: ${yamlScalar(entry.shippedOn)}`] : []),
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
        `${id}:\n  label: ${yamlScalar(label)}\n  description: ${yamlScalar(description)}\n`,
    );
  const kept = existing.trimEnd();
  return [kept ? `${kept}\n` : '', ...added].join('');
}
