import type {BadgeWords} from './badge';
import type {Period} from './period';
import type {EntryData} from './schema';
import type {OverviewStatus, Status, StatusSections} from './statuses';

/**
 * One published roadmap theme: its front matter's fields under their own
 * names (see `EntryData`, derived from the schema), and where it lives.
 */
export type RoadmapEntry = EntryData & {
  /** URL of the theme's own page. */
  permalink: string;
  /** URL that opens the theme's file in GitHub's editor. */
  edit_url: string | null;
  /** Path of the entry file from the site root, e.g. `docs/roadmap/x.md`. */
  file: string;
  /** Import path of the entry's compiled module, e.g. `@site/docs/roadmap/x.md`. */
  source: string;
  /** In a translated site, the language of an entry left untranslated (`htmlLang`). */
  lang?: string;
};

/**
 * What the summary table reads, written at build time: per status, in order,
 * just the fields the table shows, so the page ships no more than it needs.
 */
export type RoadmapTableData = Record<OverviewStatus, TableEntry[]>;

/** A theme in the table; `permalink` when the overview has no section for it. */
export type TableEntry = FilterableEntry & {permalink?: string};

/**
 * On a compact overview (more themes than its `overviewLimit`), what each
 * status's table column and section leave out: how many themes it has in
 * all, and the page that lists them.
 */
export type CompactStatuses = Partial<Record<Status, {count: number; href: string; label: string}>>;

/** What the overview's filters match a theme on. */
export interface FilterableEntry {
  id: string;
  title: string;
  status: Status;
  /** The owner's name and the URL-safe form used in `?owner=`. */
  owner: {name: string; slug: string} | null;
  /** Tags other than the status. */
  tags: string[];
  /** In a translated site, the language of an entry left untranslated. */
  lang?: string;
}

/** The subset of a Docusaurus doc's metadata that the roadmap reads. */
export interface DocLike {
  source: string;
  sourceDirName: string;
  permalink: string;
  editUrl?: string | null;
  frontMatter: Record<string, unknown>;
}

export interface Problem {
  /** Path from the site root. */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  field?: string;
  message: string;
  /** Text a scaffold left for the author to replace (see placeholders.ts). */
  placeholder?: boolean;
}

/** Where an instance's pages and files are, with the site's base URL. */
export interface RoadmapRoutes {
  /** The overview page (the docs page that renders the roadmap). */
  overview: string;
  /** Prefix of the status pages: `<status>/<status-id>`. */
  status: string;
  /** The owners index; each owner's page is `<owners>/<slug>`. */
  owners: string;
  atom: string;
  rss: string;
  jsonFeed: string;
  roadmapJson: string;
  /** Every theme's status in every quarter. */
  timeline: string;
  /** What became of each closed quarter's "What's next". */
  delivery: string;
}

/** What every page can read with `useRoadmapData(pluginId)`: kept tiny on purpose. */
export interface RoadmapGlobalData {
  period: Period;
  /** Set when the period had ended (plus grace) at build time. */
  staleness: {lastReviewed: string | null} | null;
  routes: RoadmapRoutes;
  /** Import-path prefix of this instance's entry files, e.g. `@site/docs/roadmap/`. */
  entriesSource: string;
  /** GitHub's new-file page prefilled with a valid entry, or null without a repository. */
  propose: string | null;
  /** Each status's words on the site. */
  statuses: StatusSections;
  /** A badge's words on the site, as its image (written at build time) shows them. */
  badge: BadgeWords;
  /**
   * In a locale other than the default: the import-path prefix of its
   * translated entries, and the language of an entry left untranslated.
   */
  translated: {entriesSource: string; sourceLang: string} | null;
}

/** What one theme's section on the overview shows, besides its body. */
export const ENTRY_SECTION_KEYS = [
  'id',
  'title',
  'permalink',
  'edit_url',
  'aliases',
  'owner',
  'tracking',
  'discussion',
  'shipped_in',
  'shipped_on',
  'lang',
] as const satisfies readonly (keyof RoadmapEntry)[];

export type EntrySection = Pick<RoadmapEntry, (typeof ENTRY_SECTION_KEYS)[number]> & {
  /** What the overview's filters match this theme on. */
  filter: FilterableEntry;
};

/** What the archive page shows of a shipped theme. */
export const ARCHIVED_ENTRY_KEYS = [
  'id',
  'title',
  'summary',
  'permalink',
  'shipped_in',
  'shipped_on',
] as const satisfies readonly (keyof RoadmapEntry)[];

export type ArchivedEntry = Pick<RoadmapEntry, (typeof ARCHIVED_ENTRY_KEYS)[number]>;

/** What a status or owner page shows of a theme. */
export const LISTED_ENTRY_KEYS = [
  'id',
  'title',
  'summary',
  'status',
  'permalink',
  'owner',
  'dropped_on',
  'dropped_reason',
] as const satisfies readonly (keyof RoadmapEntry)[];

export type ListedEntry = Pick<RoadmapEntry, (typeof LISTED_ENTRY_KEYS)[number]>;

/** The given fields of an entry: what a page or module needs of it, nothing more. */
export function pick<K extends keyof RoadmapEntry>(
  entry: RoadmapEntry,
  keys: readonly K[],
): Pick<RoadmapEntry, K> {
  return Object.fromEntries(keys.map((key) => [key, entry[key]])) as Pick<RoadmapEntry, K>;
}

/** The quarter a group of shipped themes shipped in, on the archive page. */
export interface ArchiveQuarter {
  id: string;
  label: string;
  entries: readonly ArchivedEntry[];
}

/** A page the roadmap plugin generates: one status's or one owner's themes, or all owners. */
export interface ListPageData {
  title: string;
  description: string;
  /** The overview page, to lead back to. */
  overview: string;
  /** The plugin instance the page belongs to. */
  pluginId: string;
  entries?: ListedEntry[];
  owners?: {name: string; permalink: string; count: number}[];
  /** An owner's Atom feed of changes to their themes. */
  feed?: string;
}
