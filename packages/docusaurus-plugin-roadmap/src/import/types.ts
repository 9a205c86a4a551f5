// An imported page's themes are next, future or shipped: a dropped theme
// needs a reason and a date the old page does not give.
import type {OverviewStatus as Status} from '../statuses';
import type {Conversion} from './convert';

export type {Status};

/** One theme found in the old page, ready to be written as an entry file. */
export interface ImportedEntry {
  id: string;
  title: string;
  summary: string;
  status: Status;
  order: number;
  /** Markdown, as written in the old page (after conversion). */
  body: string;
  /** 1-based line of the theme in the old file. */
  line: number;
  /** For shipped themes: the old page gives no date, so it is written as unknown. */
  shipped_on?: string;
  /** For shipped themes: the release the old page listed it under. */
  shipped_in?: {version: string};
  /** Tags besides the status: the release or quarter it was planned for. */
  tags?: string[];
  /** The tracking issue, from a feature table's link. */
  tracking?: string;
}

/** A release or quarter the old page grouped themes by, kept as a tag. */
export interface ReleaseTag {
  id: string;
  label: string;
}

export type DriftKind =
  | 'renamed'
  | 'table-item-without-section'
  | 'section-missing-from-table'
  | 'broken-table-link'
  | 'status-differs'
  | 'unlinked-table-item'
  | 'unknown-column'
  | 'untitled-item'
  | 'empty-status-section'
  | 'moved-anchor'
  | 'release-status'
  | 'checklist';

/** Something the old page said inconsistently, and what the import did about it. */
export interface Drift {
  kind: DriftKind;
  line: number;
  message: string;
}

export interface ImportResult {
  entries: ImportedEntry[];
  /** The overview page (MDX): the old page's text around generated parts. */
  overview: string;
  /**
   * What the import changed in the old page's text so that it is safe and
   * valid here, by line of the old file: markup off the allow-list, links
   * into the old site. Each is in the report, for the maintainer to review.
   */
  conversions: Conversion[];
  /** The roadmap's period, e.g. `2022-Q3`, when the text names a quarter. */
  period?: {value: string; text: string};
  /** Tags for the releases and quarters the entries were planned for, to declare in tags.yml. */
  tags: ReleaseTag[];
  drift: Drift[];
}

export interface ImportOptions {
  entriesDir?: string;
  /**
   * Which status a section heading, a release or a table value stands for,
   * e.g. `{'v1.2': 'next', backlog: 'future'}`: matched on letters and digits,
   * before any default.
   */
  statusMap?: Record<string, Status>;
  /** The old page's address, for its links into its own site (see `convertMarkup`). */
  origin?: string;
}
