import yaml from 'js-yaml';
import type {Status} from '../statuses';

/** A YAML scalar, quoted only when YAML needs it. */
export function yamlScalar(value: string): string {
  return yaml.dump(value, {lineWidth: -1}).trimEnd();
}

export interface NewEntry {
  id: string;
  title: string;
  summary: string;
  status: Status;
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
    `tags: [${entry.status}]`,
    `order: ${entry.order}`,
    ...optional,
    ...(entry.shippedIn ? [`shipped_in: {version: ${JSON.stringify(entry.shippedIn)}}`] : []),
    ...(entry.shippedOn ? [`shipped_on: ${yamlScalar(entry.shippedOn)}`] : []),
    '---',
    '',
    `${entry.body.trim()}\n`,
  ].join('\n');
}
