import type {Heading, List} from 'mdast';
import {firstHttpsLink, normalize, type FoundTheme, type ImportPage, type Section} from '../page';
import type {ReleaseTag, Status} from '../types';
import {headingThemes, itemTheme} from './items';
import {statusOf} from './statusSections';

/**
 * Pages grouped by release, milestone or quarter (`## v1.2`, `## Towards
 * v2.0`, `## Q3 2025`, or a feature table's release column): released
 * groups are shipped, the earliest upcoming one next, later ones future.
 */

/** A version (`v1.2`, `1.14.0`) or a quarter (`Q3 2025`, `2025-Q3`) in a heading or cell. */
const VERSION = /\bv?(\d+(?:\.\d+)+)\b/i;
const QUARTER = /\b(?:Q([1-4])\s+(\d{4})|(\d{4})[- ]?Q([1-4]))\b/i;
/** Words that mark a release as out already. */
const RELEASED = /\b(released|shipped|done|completed|delivered|available)\b|✅/i;

/** Where a release sorts among the others: by version or quarter; unknown ones last. */
function releaseKey(text: string): number[] | undefined {
  const quarter = QUARTER.exec(text);
  if (quarter) {
    const year = Number(quarter[2] ?? quarter[3]);
    return [year, Number(quarter[1] ?? quarter[4])];
  }
  const version = VERSION.exec(text);
  return version ? version[1]!.split('.').map(Number) : undefined;
}

function compareKeys(a: number[] | undefined, b: number[] | undefined): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The name a release is known by: its version or quarter, else the heading text. */
export function releaseName(text: string): string {
  return (QUARTER.exec(text) ?? VERSION.exec(text))?.[0] ?? text;
}

/** A heading or value that names a release, milestone or quarter rather than a status. */
export function isRelease(text: string): boolean {
  return (
    VERSION.test(text) ||
    QUARTER.test(text) ||
    /\b(release|releases|milestone|towards)\b/i.test(text)
  );
}

interface ReleaseGroup {
  /** The heading or table value, as written. */
  label: string;
  line: number;
  /** Its version or quarter, for ordering. */
  key?: number[];
  status?: Status;
  /** The section had text before its themes. */
  intro?: boolean;
  themes: FoundTheme[];
}

/** The releases of one page, whose statuses are settled once all are known. */
export class Releases {
  private readonly groups: ReleaseGroup[] = [];

  constructor(
    private readonly page: ImportPage,
    /** The status `--map` gives a heading or value, if any. */
    private readonly mapped: (text: string) => Status | undefined,
  ) {}

  /** The group of a release, made on first mention. */
  group(label: string, line: number): ReleaseGroup {
    const existing = this.groups.find((g) => normalize(g.label) === normalize(label));
    if (existing) return existing;
    const created: ReleaseGroup = {
      label,
      line,
      key: releaseKey(label),
      status: this.mapped(label) ?? (RELEASED.test(label) ? 'shipped' : statusOf(label)),
      themes: [],
    };
    this.groups.push(created);
    return created;
  }

  /** A release section's themes: `###` headings, or bullets (bold lead or not). */
  collect(section: Section, title: string): void {
    const {page} = this;
    const into = this.group(title, page.fileLine(section.heading!));
    const {nodes} = section;
    const h3s = nodes.filter((n): n is Heading => n.type === 'heading' && n.depth === 3);
    const lists = nodes.filter((n): n is List => n.type === 'list');
    const first = h3s[0] ?? lists[0];
    if (first && nodes.indexOf(first) > 0) into.intro = true;
    if (h3s.length > 0) {
      for (const theme of headingThemes(page, nodes, h3s)) {
        into.themes.push({...theme, body: theme.body || `${theme.title}.`});
      }
      return;
    }
    const titledByWords: string[] = [];
    for (const list of lists) {
      for (const item of list.children) {
        const theme = itemTheme(page, item, {untitledIsDrift: false});
        const lead =
          item.children[0]?.type === 'paragraph' ? item.children[0].children[0] : undefined;
        if (lead?.type !== 'strong') titledByWords.push(theme.title);
        const tracking = item.children[0] ? firstHttpsLink(item.children[0]) : undefined;
        into.themes.push({...theme, ...(tracking ? {tracking} : {})});
      }
    }
    if (titledByWords.length > 0) {
      page.drift.push({
        kind: 'untitled-item',
        line: page.fileLine(section.heading!),
        message: `${titledByWords.length} bullet(s) under "${into.label}" have no bold lead; their titles were taken from their first words (${titledByWords
          .slice(0, 3)
          .map((t) => `"${t}"`)
          .join(', ')}${titledByWords.length > 3 ? ', …' : ''}): check them`,
      });
    }
  }

  /**
   * Settles each release's status (released ones shipped; the earliest
   * upcoming one next, unless one was mapped to next; later ones future),
   * adds their themes in release order and returns the tags to declare.
   */
  settle(): ReleaseTag[] {
    const {page} = this;
    const upcoming = this.groups
      .filter((g) => !g.status)
      .sort((a, b) => compareKeys(a.key, b.key) || a.line - b.line);
    let hasNext = this.groups.some((g) => g.status === 'next');
    for (const g of upcoming) {
      g.status = hasNext ? 'future' : 'next';
      hasNext = true;
    }
    const tags: ReleaseTag[] = [];
    const inOrder = [...this.groups].sort((a, b) => compareKeys(a.key, b.key) || a.line - b.line);
    for (const g of inOrder) {
      const status = g.status!;
      const name = releaseName(g.label);
      const tag = {id: name, label: name};
      page.drift.push({
        kind: 'release-status',
        line: g.line,
        message: `"${g.label}" became ${status} (${g.themes.length} ${g.themes.length === 1 ? 'theme' : 'themes'})${status === 'shipped' ? `, shipped in ${name}` : `, tagged ${tag.id}`}; map it otherwise with --map "${g.label}=<status>"${g.intro ? '; its introduction was not imported, add it to the overview if readers need it' : ''}`,
      });
      if (status !== 'shipped' && g.themes.length > 0 && !tags.some((t) => t.id === tag.id)) {
        tags.push(tag);
      }
      for (const theme of g.themes) {
        page.addEntry({
          ...theme,
          status,
          ...(status === 'shipped' ? {shipped_in: {version: name}} : {tags: [tag.id]}),
        });
      }
    }
    return tags;
  }
}
