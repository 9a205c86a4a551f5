import {useId} from 'react';
import {
  useRoadmapData,
  STATUSES,
  matchesFilters,
  useRoadmapFilters,
  type FilterableEntry,
  type Filters,
} from 'docusaurus-plugin-roadmap/client';
import styles from './styles.module.css';

export interface Props {
  /** Every entry the overview shows. */
  entries: readonly FilterableEntry[];
  /** The roadmap plugin instance, when the site has several. */
  pluginId?: string;
  /**
   * Which of a status's words name it: its section's (`label`, "Recently
   * shipped", the overview's) or its group's (`group`, "Shipped").
   */
  statusWords?: 'label' | 'group';
}

/** "1 theme", "2 themes". */
function entryCount(count: number): string {
  return `${count} ${count === 1 ? 'theme' : 'themes'}`;
}

interface Choice {
  value: string;
  label: string;
}

function unique(choices: Choice[]): Choice[] {
  const seen = new Map<string, Choice>();
  for (const choice of choices) if (!seen.has(choice.value)) seen.set(choice.value, choice);
  return [...seen.values()].sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * Filters above the summary table: by status, owner and tag. The state lives
 * in the URL; the table and the theme sections read it from there too. A
 * filter with nothing to choose from is not shown.
 */
export default function RoadmapFilters({entries, pluginId, statusWords = 'label'}: Props) {
  const {filters, setFilters, active} = useRoadmapFilters();
  const id = useId();
  const sections = useRoadmapData(pluginId).statuses;
  const statuses = STATUSES.filter((s) => entries.some((t) => t.status === s)).map((s) => ({
    value: s,
    label: sections[s][statusWords],
  }));
  const owners = unique(
    entries.flatMap((t) => (t.owner ? [{value: t.owner.slug, label: t.owner.name}] : [])),
  );
  const tags = unique(entries.flatMap((t) => t.tags.map((tag) => ({value: tag, label: tag}))));
  const shown = entries.filter((t) => matchesFilters(t, filters)).length;

  const select = (key: keyof Filters, label: string, all: string, choices: Choice[]) =>
    choices.length > 0 && (
      <div className={styles.field}>
        <label htmlFor={`${id}-${key}`} className="text--semibold">
          {label}
        </label>
        <select
          id={`${id}-${key}`}
          value={filters[key] ?? ''}
          onChange={(event) => setFilters({[key]: event.target.value || null})}
        >
          <option value="">{all}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
    );

  return (
    <form
      className={`${styles.filters} roadmap-no-print`}
      aria-label="Filter themes"
      onSubmit={(event) => event.preventDefault()}
    >
      {select('status', 'Status', 'All statuses', statuses)}
      {select('owner', 'Owner', 'All owners', owners)}
      {select('tag', 'Tag', 'All tags', tags)}
      <p className="roadmap-meta margin--none" role="status">
        {active ? (
          <>
            Showing {shown} of {entryCount(entries.length)}.{' '}
            <button
              type="button"
              className={`button button--link padding-vert--none padding-horiz--xs ${styles.clear}`}
              onClick={() => setFilters({status: null, owner: null, tag: null})}
            >
              Clear filters
            </button>
          </>
        ) : (
          entryCount(entries.length)
        )}
      </p>
    </form>
  );
}
