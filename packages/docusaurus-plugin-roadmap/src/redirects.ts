import type {RoadmapEntry} from './types';

export interface Redirect {
  /** The old page URL, `/<entriesDir>/<alias>` beside the theme's page. */
  from: string;
  /** The theme's page. */
  to: string;
  title: string;
}

/**
 * Old page URLs of renamed themes, one per alias, beside the theme's own
 * page. Only for entries the build publishes (a draft's aliases lead
 * nowhere); the check has refused aliases that collide with anything.
 */
export function aliasRedirects(entries: readonly RoadmapEntry[]): Redirect[] {
  return entries.flatMap(({aliases, permalink, title}) =>
    aliases.map((alias) => ({from: permalink.replace(/[^/]+$/, alias), to: permalink, title})),
  );
}
