import type {Status} from './statuses';

/** One roadmap theme, as the site's components receive it. */
export interface RoadmapEntry {
  id: string;
  title: string;
  summary: string;
  status: Status;
  order: number;
  tags: string[];
  /** Old ids that still lead to this theme. */
  aliases: string[];
  owner: string | null;
  /** URL of the tracking issue or epic. */
  tracking: string | null;
  /** URL of the discussion. */
  discussion: string | null;
  /** `YYYY-MM-DD`. */
  lastReviewed: string | null;
  /** For shipped themes: the release. */
  shippedIn: {version: string; url?: string} | null;
  /** For shipped themes: `YYYY-MM-DD`. */
  shippedOn: string | null;
  /** URL of the theme's own page. */
  permalink: string;
  /** URL that opens the theme's file in GitHub's editor. */
  editUrl: string | null;
  /** Path of the entry file from the site root, e.g. `docs/roadmap/x.md`. */
  file: string;
  /** Import path of the entry's compiled module, e.g. `@site/docs/roadmap/x.md`. */
  source: string;
}

/**
 * What the summary table reads, written at build time: per status, in order,
 * just the fields the table shows, so the page ships no more than it needs.
 */
export type RoadmapTableData = Record<Status, FilterableTheme[]>;

/** What the overview's filters match a theme on. */
export interface FilterableTheme {
  id: string;
  title: string;
  status: Status;
  /** The owner's name and the URL-safe form used in `?owner=`. */
  owner: {name: string; slug: string} | null;
  /** Tags other than the status. */
  tags: string[];
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
