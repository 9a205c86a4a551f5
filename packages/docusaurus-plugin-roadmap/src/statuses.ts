/**
 * The statuses a roadmap entry can have. Each is a tag declared in
 * `docs/tags.yml`; an entry carries exactly one of them in `tags`.
 */
export const STATUSES = ['next', 'future', 'shipped', 'dropped'] as const;

export type Status = (typeof STATUSES)[number];

export interface StatusSection {
  /** Heading of the overview section, and of the summary table's column. */
  label: string;
  /** Anchor of that heading on the overview page (kept from the source). */
  anchor: string;
  /** The status's name for a group of all its themes (sidebar, feeds). */
  group: string;
}

export const STATUS_SECTIONS: Record<Status, StatusSection> = {
  next: {label: "What's next", anchor: 'whats-next', group: "What's next"},
  future: {label: 'Future work', anchor: 'future-work', group: 'Future work'},
  // The overview lists only recent ones; the archive page lists them all.
  shipped: {label: 'Recently shipped', anchor: 'recently-shipped', group: 'Shipped'},
  // Never on the overview: its status page is the archive, with each reason.
  dropped: {label: 'Dropped', anchor: 'dropped', group: 'Dropped'},
};

export type StatusSections = Record<Status, StatusSection>;

/** The sections with a site's own labels and anchors over the defaults. */
export function statusSections(
  custom: Partial<Record<Status, Partial<StatusSection>>> = {},
): StatusSections {
  return Object.fromEntries(
    STATUSES.map((status) => [status, {...STATUS_SECTIONS[status], ...custom[status]}]),
  ) as StatusSections;
}

/** The statuses the overview has a section for: dropped themes leave it. */
export const OVERVIEW_STATUSES = ['next', 'future', 'shipped'] as const satisfies Status[];

export type OverviewStatus = (typeof OVERVIEW_STATUSES)[number];

/** The summary table's columns, in order. */
export const TABLE_STATUSES: readonly OverviewStatus[] = ['next', 'future'];

export function isStatus(tag: string): tag is Status {
  return (STATUSES as readonly string[]).includes(tag);
}

/** The status an entry's tags give it: the one status tag among them. */
export function statusOfTags(tags: unknown): Status | undefined {
  return Array.isArray(tags)
    ? tags.find((tag): tag is Status => typeof tag === 'string' && isStatus(tag))
    : undefined;
}

/** The page listing one status's themes, under the instance's status route. */
export function statusPagePath(routes: {status: string}, status: Status): string {
  return `${routes.status}/${status}`;
}
