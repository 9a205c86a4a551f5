import type {Status} from './statuses';

/** One roadmap theme, as the site's components receive it. */
export interface RoadmapEntry {
  id: string;
  title: string;
  summary: string;
  status: Status;
  order: number;
  tags: string[];
  /** URL of the theme's own page. */
  permalink: string;
  /** URL that opens the theme's file in GitHub's editor. */
  editUrl: string | null;
  /** Path of the entry file from the site root, e.g. `docs/roadmap/x.md`. */
  file: string;
  /** Import path of the entry's compiled module, e.g. `@site/docs/roadmap/x.md`. */
  source: string;
}

/** The data every roadmap component reads, written at build time. */
export interface RoadmapData {
  /** Entries grouped by status, each group in its `order`. */
  byStatus: Record<Status, RoadmapEntry[]>;
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
  field?: string;
  message: string;
}
