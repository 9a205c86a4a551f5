import {useCallback, useMemo, useSyncExternalStore} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import type {FilterableEntry} from '../types';

/** The overview's filters, as they appear in its URL query. */
export interface Filters {
  status: string | null;
  owner: string | null;
  tag: string | null;
}

export const FILTER_KEYS = ['status', 'owner', 'tag'] as const;

// The router re-renders on every location change; nothing else to subscribe to.
const subscribeToNothing = () => () => undefined;

export function matchesFilters(theme: Omit<FilterableEntry, 'title'>, filters: Filters): boolean {
  return (
    (!filters.status || theme.status === filters.status) &&
    (!filters.owner || theme.owner?.slug === filters.owner) &&
    (!filters.tag || theme.tags.includes(filters.tag))
  );
}

/**
 * Reads and writes the filters in the URL (`?status=next&owner=sig-catalog`),
 * so a filtered view can be shared, bookmarked and reloaded, and the back
 * button steps back through filter changes. The server-rendered page has no
 * query, so without JavaScript every theme shows.
 */
export function useRoadmapFilters() {
  const location = useLocation();
  const history = useHistory();
  // Hydration must match the server's HTML, which had no query: React uses
  // the server's snapshot, then renders again only if the URL has a query
  // (not on every page load, as a flag flipped after hydration would).
  const search = useSyncExternalStore(
    subscribeToNothing,
    () => location.search,
    () => '',
  );
  const filters = useMemo<Filters>(() => {
    const params = new URLSearchParams(search);
    return {status: params.get('status'), owner: params.get('owner'), tag: params.get('tag')};
  }, [search]);

  const setFilters = useCallback(
    (change: Partial<Filters>) => {
      const params = new URLSearchParams(location.search);
      for (const [key, value] of Object.entries(change)) {
        if (value) params.set(key, value);
        else params.delete(key);
      }
      const search = params.toString();
      history.push({pathname: location.pathname, search: search ? `?${search}` : ''});
    },
    [history, location.pathname, location.search],
  );

  const active = FILTER_KEYS.some((key) => filters[key]);
  return {filters, setFilters, active};
}
