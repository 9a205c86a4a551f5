import type {Status} from './statuses';
import {isStatus} from './statuses';
import type {FilterableEntry, RoadmapEntry} from './types';

/**
 * Text as lowercase ASCII words joined by hyphens (`Über Café` →
 * `uber-cafe`), or '' when nothing is left. Browser-safe: components use it.
 */
export function asciiKebab(text: string): string {
  return (
    text
      .normalize('NFKD')
      // NFKD splits "Ü" into "U" and a combining mark; drop the marks.
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}

/**
 * `SIG Catalog` → `sig-catalog`: an owner in a URL (`?owner=`,
 * `/owners/<slug>`). Latin letters lose their accents; letters of other
 * scripts stay, so `日本チーム` and `中文团队` get pages of their own.
 */
export function ownerSlug(owner: string): string {
  return (
    owner
      .normalize('NFKD')
      .replace(/([A-Za-z])\p{M}+/gu, '$1')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'owner'
  );
}

/** An owner's page, under the instance's owners route; its slug from `ownerSlug`. */
export function ownerPagePath(routes: {owners: string}, slug: string): string {
  return `${routes.owners}/${slug}`;
}

/** The fields the overview's filters and lists need, and no more. */
export function filterableEntry(entry: RoadmapEntry): FilterableEntry {
  return {
    id: entry.id,
    title: entry.title,
    status: entry.status as Status,
    owner: entry.owner ? {name: entry.owner, slug: ownerSlug(entry.owner)} : null,
    tags: entry.tags.filter((tag) => !isStatus(tag)),
    ...(entry.lang && {lang: entry.lang}),
  };
}

/** Every owner with their themes, by name. */
export function groupByOwner(
  entries: readonly RoadmapEntry[],
): {name: string; slug: string; entries: RoadmapEntry[]}[] {
  const owners = new Map<string, {name: string; slug: string; entries: RoadmapEntry[]}>();
  for (const entry of entries) {
    if (!entry.owner) continue;
    const slug = ownerSlug(entry.owner);
    const group = owners.get(slug) ?? {name: entry.owner, slug, entries: []};
    group.entries.push(entry);
    owners.set(slug, group);
  }
  return [...owners.values()].sort((a, b) => a.name.localeCompare(b.name));
}
