import {useId} from 'react';
import {translate} from '@docusaurus/Translate';
import {usePlural} from '@theme/RoadmapMessages';
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
  const plural = usePlural();
  const count = entries.length;

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
      aria-label={translate({id: 'theme.roadmap.filters.label', message: 'Filter themes'})}
      onSubmit={(event) => event.preventDefault()}
    >
      {select(
        'status',
        translate({id: 'theme.roadmap.filters.status', message: 'Status'}),
        translate({id: 'theme.roadmap.filters.allStatuses', message: 'All statuses'}),
        statuses,
      )}
      {select(
        'owner',
        translate({id: 'theme.roadmap.filters.owner', message: 'Owner'}),
        translate({id: 'theme.roadmap.filters.allOwners', message: 'All owners'}),
        owners,
      )}
      {select(
        'tag',
        translate({id: 'theme.roadmap.filters.tag', message: 'Tag'}),
        translate({id: 'theme.roadmap.filters.allTags', message: 'All tags'}),
        tags,
      )}
      <p className="roadmap-meta margin--none" role="status">
        {active ? (
          <>
            {plural(
              translate(
                {
                  id: 'theme.roadmap.filters.showing',
                  message: 'Showing {shown} of {count} theme.|Showing {shown} of {count} themes.',
                },
                {shown, count},
              ),
              count,
            )}{' '}
            <button
              type="button"
              className={`button button--link padding-vert--none padding-horiz--xs ${styles.clear}`}
              onClick={() => setFilters({status: null, owner: null, tag: null})}
            >
              {translate({id: 'theme.roadmap.filters.clear', message: 'Clear filters'})}
            </button>
          </>
        ) : (
          plural(
            translate(
              {id: 'theme.roadmap.filters.count', message: '{count} theme|{count} themes'},
              {count},
            ),
            count,
          )
        )}
      </p>
    </form>
  );
}
