import {createSlugger} from '@docusaurus/utils';
import type {Heading, List, ListItem, Node, Root, RootContent, Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {idFromTitle} from '../ids';
import {findUnsafeMarkup, headingAnchors, parseMarkdown} from '../markdown';
import {UNPRINTABLE} from '../format';
import {MONTHS} from '../period';
import {KEBAB_CASE} from '../schema';
import {UNKNOWN_SHIP_DATE} from '../shipDate';
// An imported page's themes are next, future or shipped: a dropped theme
// needs a reason and a date the old page does not give.
import {
  OVERVIEW_STATUSES as STATUSES,
  STATUS_SECTIONS,
  type OverviewStatus as Status,
} from '../statuses';
import {parseEntrySource} from '../source';
import {yamlScalar} from '../entryFile';

/** One theme found in the old page, ready to be written as an entry file. */
export interface ImportedEntry {
  id: string;
  title: string;
  summary: string;
  status: Status;
  order: number;
  /** Markdown, as written in the old page. */
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
  | 'release-status';

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
  /** Markup in the old page that could run code, by line: nothing may be written. */
  unsafe: {line: number; message: string}[];
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
}

/** Words in a section heading or table column that name a status. */
const STATUS_WORDS: [Status, RegExp][] = [
  ['shipped', /\b(shipped|released|delivered|done|completed|recently)\b/i],
  ['next', /\b(next|now|current|ongoing|in progress|this quarter)\b/i],
  ['future', /\b(future|later|radar|backlog|someday|tbd|unscheduled)\b/i],
];

function statusOf(text: string): Status | undefined {
  return STATUS_WORDS.find(([, words]) => words.test(text))?.[0];
}

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
function releaseName(text: string): string {
  return (QUARTER.exec(text) ?? VERSION.exec(text))?.[0] ?? text;
}

/** A heading or value that names a release, milestone or quarter rather than a status. */
function isRelease(text: string): boolean {
  return (
    VERSION.test(text) ||
    QUARTER.test(text) ||
    /\b(release|releases|milestone|towards)\b/i.test(text)
  );
}

/** The component each status's themes are rendered by in the overview. */
const ENTRIES_COMPONENT: Record<Status, string> = {
  next: 'NextEntries',
  future: 'FutureEntries',
  shipped: 'ShippedEntries',
};

const MONTH_RANGE = new RegExp(
  `(${MONTHS.join('|')})\\s+(?:through|to|until|–|-)\\s+(${MONTHS.join('|')})\\s+(\\d{4})`,
);

function lineOf(node: Node): number {
  return node.position?.start.line ?? 1;
}

/** Letters and digits only, for matching names that differ in case or punctuation. */
function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function plain(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The first sentence of a theme's first paragraph: a draft summary. */
function firstSentence(markdown: string, fallback: string): string {
  const tree = parseMarkdown(markdown);
  const paragraph = tree.children.find((node) => node.type === 'paragraph');
  if (!paragraph) {
    return fallback;
  }
  const text = plain(toString(paragraph));
  return text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? text;
}

/** A status section the old page did not have. */
function newStatusSection(status: Status): string {
  const {label} = STATUS_SECTIONS[status];
  const intro =
    status === 'shipped'
      ? 'Themes released lately. Every shipped theme stays listed, by quarter, on the\n[shipped themes](./shipped.mdx) page.\n\n'
      : '';
  return `## ${label}\n\n${intro}<${ENTRIES_COMPONENT[status]} />`;
}

/** The archive page of shipped themes, which the overview links to. */
export const ARCHIVE_PAGE = `---
id: shipped
title: Shipped themes
description: Every roadmap theme that has shipped, grouped by the quarter it shipped in.
sidebar_label: Shipped themes
sidebar_position: 2
---

import ShippedArchive from '@roadmap/default/archive.md';

When a theme ships it leaves "What's next", shows under "Recently shipped" on
the [roadmap](./roadmap.mdx) for a while, and stays here for good: every
shipped theme, newest quarter first, with the release it shipped in.

<ShippedArchive />
`;

/** Removes a list item's content indent from its continuation lines. */
function dedent(text: string, indent: number): string {
  const prefix = new RegExp(`^ {1,${Math.max(indent, 1)}}`);
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? line : line.replace(prefix, '')))
    .join('\n');
}

interface Section {
  heading?: Heading;
  nodes: RootContent[];
}

interface TableItem {
  text: string;
  anchor?: string;
  status?: Status;
  line: number;
}

interface EntryDraft extends ImportedEntry {
  /** The anchor the old page gave the theme, if it was a heading. */
  anchor?: string;
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
  drafts: Omit<EntryDraft, 'order' | 'summary' | 'status'>[];
}

/** At most 80 characters, cut at a word. */
function shortTitle(text: string): string {
  if (text.length <= 80) return text.trim();
  return `${text.slice(0, 80).replace(/\s+\S*$/, '')}…`;
}

/** The first https link in a node: a feature's tracking issue. */
function firstHttpsLink(node: Node): string | undefined {
  let url: string | undefined;
  visit(node as Root, 'link', (link) => {
    if (url === undefined && link.url.startsWith('https://')) url = link.url;
  });
  return url;
}

/**
 * Turns a single-file roadmap (intro, summary table, status sections with
 * `###` themes or bold-lead bullets, other sections) into entries and an
 * overview, and reports where the old page contradicted itself.
 */
export async function importRoadmap(
  markdown: string,
  {entriesDir = 'roadmap', statusMap = {}}: ImportOptions = {},
): Promise<ImportResult> {
  const mapped = new Map(
    Object.entries(statusMap).map(([key, status]) => [normalize(key), status] as const),
  );
  /** A heading's or value's status: the map first, then the words in it. */
  const statusFor = (text: string): Status | undefined =>
    mapped.get(normalize(text)) ?? mapped.get(normalize(releaseName(text))) ?? statusOf(text);
  const {
    frontMatter,
    body: source,
    bodyLine,
    parseError,
  } = await parseEntrySource('roadmap.md', markdown);
  if (parseError) {
    throw new Error(`The roadmap's front matter is not valid YAML: ${parseError}`);
  }
  const tree: Root = parseMarkdown(source);
  // Positions are in the body; drift lines are in the whole file.
  const fileLine = (node: Node) => lineOf(node) + bodyLine - 1;
  // The old page's text becomes entries and the overview: it must be as
  // safe as an entry, or nothing is imported.
  const unsafe = findUnsafeMarkup(source, tree).map(({line, message}) => ({
    line: line + bodyLine - 1,
    message,
  }));
  for (const key of ['title', 'description'] as const) {
    const value = frontMatter[key];
    if (
      value !== undefined &&
      (typeof value !== 'string' || new RegExp(`[<${UNPRINTABLE}]`).test(value))
    ) {
      unsafe.push({
        line: 1,
        message: `front matter "${key}" must be one line of plain text, without "<"`,
      });
    }
  }
  const slice = (from: Node, to: Node = from) =>
    source.slice(from.position!.start.offset, to.position!.end.offset);

  // One slugger for the whole page, in document order, as GitHub and
  // Docusaurus give anchors: old links to a theme's heading keep working.
  const slugger = createSlugger();
  const anchorOf = new Map(
    headingAnchors(source, tree, slugger).map(({node, anchor}) => [node, anchor]),
  );
  const pageAnchors = new Set(anchorOf.values());
  const newId = (title: string) => idFromTitle(title, slugger);

  const sections: Section[] = [{nodes: []}];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      sections.push({heading: node, nodes: []});
    } else {
      sections.at(-1)!.nodes.push(node);
    }
  }

  const drift: Drift[] = [];
  const drafts: EntryDraft[] = [];
  const byStatus = (status: Status) => drafts.filter((t) => t.status === status);
  const addEntry = (draft: Omit<EntryDraft, 'order' | 'summary'>) => {
    drafts.push({
      ...draft,
      order: byStatus(draft.status).length + 1,
      summary: firstSentence(draft.body, draft.title),
    });
  };
  /** "See [GraphQL](https://graphql.org/)." for links a title loses. */
  const linksSentence = (node: Node): string | undefined => {
    const links: string[] = [];
    visit(node, 'link', (link) => {
      links.push(slice(link));
    });
    if (links.length === 0) return undefined;
    const list =
      links.length === 1 ? links[0] : `${links.slice(0, -1).join(', ')} and ${links.at(-1)}`;
    return `See ${list}.`;
  };
  const withLinks = (body: string, titleNode: Node) =>
    [body, linksSentence(titleNode)].filter(Boolean).join('\n\n');

  /** Renders each section back into overview Markdown. */
  const parts: string[] = [];
  const usedStatuses: Status[] = [];
  let table: {node: Table; items: TableItem[]} | undefined;
  let period: ImportResult['period'];
  /**
   * Releases, milestones and quarters (sections, or a feature table's
   * values) whose status is settled once all are known: the earliest
   * upcoming one is next, later ones future.
   */
  const groups: ReleaseGroup[] = [];
  /** Where the generated status sections go when the page was grouped by release. */
  let insertAt: number | undefined;
  const group = (label: string, line: number): ReleaseGroup => {
    const existing = groups.find((g) => normalize(g.label) === normalize(label));
    if (existing) return existing;
    const explicit = mapped.get(normalize(label)) ?? mapped.get(normalize(releaseName(label)));
    const created: ReleaseGroup = {
      label,
      line,
      key: releaseKey(label),
      status: explicit ?? (RELEASED.test(label) ? 'shipped' : statusOf(label)),
      drafts: [],
    };
    groups.push(created);
    return created;
  };

  const readTable = (node: Table): TableItem[] => {
    const [header, ...rows] = node.children;
    const columns = (header?.children ?? []).map((cell) => {
      const name = plain(toString(cell));
      const status = statusOf(name);
      if (!status) {
        drift.push({
          kind: 'unknown-column',
          line: fileLine(cell),
          message: `table column "${name}" names no status (next, future, shipped); its items were matched to sections by name only`,
        });
      }
      return status;
    });
    const items: TableItem[] = [];
    for (const row of rows) {
      row.children.forEach((cell, column) => {
        // Items in a cell are separated by <br> tags.
        let chunk: RootContent[] = [];
        const flush = () => {
          const text = plain(chunk.map((n) => toString(n)).join(''));
          if (text) {
            let anchor: string | undefined;
            for (const n of chunk) {
              visit(n, 'link', (link) => {
                if (anchor === undefined && link.url.startsWith('#')) anchor = link.url.slice(1);
              });
            }
            items.push({text, anchor, status: columns[column], line: fileLine(cell)});
          }
          chunk = [];
        };
        for (const child of cell.children) {
          if (child.type === 'html' && /^<br\s*\/?>$/i.test(child.value.trim())) flush();
          else chunk.push(child);
        }
        flush();
      });
    }
    return items;
  };

  /**
   * A feature table (`Feature | Target Release | Tracking`): each row is a
   * theme whose status comes from its release column. False if the table
   * has no such columns.
   */
  const readFeatureTable = (node: Table): boolean => {
    const [header, ...rows] = node.children;
    const names = (header?.children ?? []).map((cell) => plain(toString(cell)));
    const titleColumn = names.findIndex((n) =>
      /\b(feature|theme|item|name|title|initiative|epic)\b/i.test(n),
    );
    const releaseColumn = names.findIndex((n) =>
      /\b(release|target|milestone|version|status|quarter|eta|when)\b/i.test(n),
    );
    if (titleColumn < 0 || releaseColumn < 0 || titleColumn === releaseColumn) return false;
    const trackingColumn = names.findIndex(
      (n, i) => i !== titleColumn && /\b(tracking|issue|link|epic|pr|ticket)\b/i.test(n),
    );
    for (const row of rows) {
      const cell = (i: number) => row.children[i];
      const title = plain(toString(cell(titleColumn) ?? {type: 'text', value: ''}));
      if (!title) continue;
      const value = plain(toString(cell(releaseColumn) ?? {type: 'text', value: ''})) || 'TBD';
      let tracking: string | undefined;
      for (const i of [trackingColumn, titleColumn]) {
        const found = i >= 0 && cell(i) ? firstHttpsLink(cell(i)!) : undefined;
        tracking ??= found;
      }
      const markdownOf = (i: number) => {
        const content = cell(i)?.children ?? [];
        return content.length > 0 ? slice(content[0]!, content.at(-1)).trim() : '';
      };
      const details = names
        .map((name, i) => ({name, text: markdownOf(i)}))
        .filter(({text}, i) => i !== titleColumn && text)
        .map(({name, text}) => `- **${name}:** ${text}`);
      group(value, fileLine(row)).drafts.push({
        id: newId(title),
        title,
        body: details.join('\n') || `${title}.`,
        line: fileLine(row),
        ...(tracking ? {tracking} : {}),
      });
    }
    return true;
  };

  const renderPlain = (section: Section): string => {
    const nodes = [...(section.heading ? [section.heading] : []), ...section.nodes];
    if (nodes.length === 0) return '';
    const start = nodes[0]!.position!.start.offset!;
    const edits: [number, number, string][] = [];
    for (const node of section.nodes) {
      if (node.type === 'table' && readFeatureTable(node)) {
        // Its rows are now entries; the generated table takes its place.
        edits.push([node.position!.start.offset!, node.position!.end.offset!, '']);
        insertAt ??= parts.length + 1;
      } else if (node.type === 'table' && !table) {
        const items = readTable(node);
        if (items.some((item) => item.status)) {
          table = {node, items};
          edits.push([
            node.position!.start.offset!,
            node.position!.end.offset!,
            '<RoadmapTable />\n\n<RoadmapFollow />',
          ]);
        }
      }
    }
    let text = source.slice(start, nodes.at(-1)!.position!.end.offset);
    for (const [from, to, replacement] of edits.reverse()) {
      text = text.slice(0, from - start) + replacement + text.slice(to - start);
    }
    text = text.replace(/\n{3,}/g, '\n\n').trim();
    const match = MONTH_RANGE.exec(text);
    if (match && !period) {
      const first = MONTHS.indexOf(match[1]!);
      const last = MONTHS.indexOf(match[2]!);
      if (first % 3 === 0 && last === first + 2) {
        period = {value: `${match[3]}-Q${first / 3 + 1}`, text: match[0]};
        text = text.replace(match[0], '<RoadmapPeriod />');
      }
    }
    return text;
  };

  const releaseTags: ReleaseTag[] = [];

  /** One entry per `###` heading of a section, its text up to the next one. */
  const headingDrafts = (nodes: RootContent[], h3s: Heading[]) =>
    h3s.map((h3, i) => {
      const end = i + 1 < h3s.length ? nodes.indexOf(h3s[i + 1]!) : nodes.length;
      const content = nodes.slice(nodes.indexOf(h3) + 1, end);
      const body = content.length > 0 ? slice(content[0]!, content.at(-1)) : '';
      return {
        id: newIdForHeading(h3),
        anchor: anchorOf.get(h3),
        title: plain(toString(h3)),
        body: withLinks(body, h3),
        line: fileLine(h3),
      };
    });

  /** A release's themes: `###` headings, or bullets (bold lead or not). */
  const collectRelease = (section: Section, into: ReleaseGroup) => {
    const {nodes} = section;
    const h3s = nodes.filter((n): n is Heading => n.type === 'heading' && n.depth === 3);
    const lists = nodes.filter((n): n is List => n.type === 'list');
    const first = h3s[0] ?? lists[0];
    if (first && nodes.indexOf(first) > 0) into.intro = true;
    if (h3s.length > 0) {
      for (const draft of headingDrafts(nodes, h3s)) {
        into.drafts.push({...draft, body: draft.body || `${draft.title}.`});
      }
      return;
    }
    const titledByWords: string[] = [];
    for (const list of lists) {
      for (const item of list.children) {
        const draft = entryFromItem(item, {untitledIsDrift: false});
        const lead =
          item.children[0]?.type === 'paragraph' ? item.children[0].children[0] : undefined;
        if (lead?.type !== 'strong') titledByWords.push(draft.title);
        const tracking = item.children[0] ? firstHttpsLink(item.children[0]) : undefined;
        into.drafts.push({...draft, ...(tracking ? {tracking} : {})});
      }
    }
    if (titledByWords.length > 0) {
      drift.push({
        kind: 'untitled-item',
        line: fileLine(section.heading!),
        message: `${titledByWords.length} bullet(s) under "${into.label}" have no bold lead; their titles were taken from their first words (${titledByWords
          .slice(0, 3)
          .map((t) => `"${t}"`)
          .join(', ')}${titledByWords.length > 3 ? ', …' : ''}): check them`,
      });
    }
  };

  const renderStatus = (section: Section, status: Status): string => {
    const heading = section.heading!;
    const {anchor} = STATUS_SECTIONS[status];
    // The summary table's column headers link to the status anchors.
    const oldAnchor = anchorOf.get(heading);
    const headingText =
      oldAnchor === anchor ? slice(heading) : `${slice(heading)} {/* #${anchor} */}`;
    if (oldAnchor !== anchor) {
      drift.push({
        kind: 'moved-anchor',
        line: fileLine(heading),
        message: `section "${plain(toString(heading))}" moves from #${oldAnchor} to #${anchor}, the anchor of the ${status} section; links to #${oldAnchor} will need updating`,
      });
    }
    const {nodes} = section;
    const h3s = nodes.filter((n): n is Heading => n.type === 'heading' && n.depth === 3);
    const lists = nodes.filter((n): n is List => n.type === 'list');
    let intro: RootContent[] = nodes;
    let outro: RootContent[] = [];
    if (h3s.length > 0) {
      intro = nodes.slice(0, nodes.indexOf(h3s[0]!));
      for (const draft of headingDrafts(nodes, h3s)) addEntry({...draft, status});
    } else if (lists.length > 0) {
      intro = nodes.slice(0, nodes.indexOf(lists[0]!));
      outro = nodes.slice(nodes.indexOf(lists.at(-1)!) + 1);
      for (const list of lists) {
        for (const item of list.children) {
          addEntry({...entryFromItem(item), status});
        }
      }
    } else {
      drift.push({
        kind: 'empty-status-section',
        line: fileLine(heading),
        message: `section "${plain(toString(heading))}" names a status but lists no themes (no ### headings or bullets); its text is kept in the overview`,
      });
    }
    usedStatuses.push(status);
    return [
      headingText,
      intro.length > 0 ? slice(intro[0]!, intro.at(-1)) : undefined,
      `<${ENTRIES_COMPONENT[status]} />`,
      outro.length > 0 ? slice(outro[0]!, outro.at(-1)) : undefined,
    ]
      .filter(Boolean)
      .join('\n\n');
  };

  const newIdForHeading = (heading: Heading): string => {
    const anchor = anchorOf.get(heading)!;
    return KEBAB_CASE.test(anchor) ? anchor : newId(toString(heading));
  };

  const entryFromItem = (
    item: ListItem,
    {untitledIsDrift = true} = {},
  ): Omit<EntryDraft, 'order' | 'summary' | 'status'> => {
    const [first, ...rest] = item.children;
    const indent = (first?.position?.start.column ?? 1) - 1;
    const restText = rest.length > 0 ? dedent(slice(rest[0]!, rest.at(-1)), indent) : '';
    const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
    if (first?.type === 'paragraph' && lead?.type === 'strong') {
      const title = plain(toString(lead)).replace(/:$/, '').trim();
      const after = source
        .slice(lead.position!.end.offset, first.position!.end.offset)
        .replace(/^\s*:?\s*/, '');
      const body = [dedent(after, indent), restText].filter(Boolean).join('\n\n');
      return {id: newId(title), title, body: withLinks(body, lead), line: fileLine(item)};
    }
    // No bold lead: the first words become the title, the whole item the body.
    const text = first ? plain(toString(first)) : '';
    // "Offline mode (#140)": the issue reference is not part of the title.
    const title =
      shortTitle(
        text
          .split(/[:.]\s/)[0]!
          .replace(/\s*\(?#\d+\)?\s*$/, '')
          // "Plugin API, see #42": the words that led to the reference go too.
          .replace(/(?:[\s,;:(]+(?:see|in|via|at|for))?[\s,;:(]*$/i, '')
          .trim(),
      ) || 'Untitled theme';
    if (untitledIsDrift)
      drift.push({
        kind: 'untitled-item',
        line: fileLine(item),
        message: `bullet "${text.slice(0, 40)}…" has no bold lead; its title was taken from its first words ("${title}"), check it`,
      });
    return {
      id: newId(title),
      title,
      body: dedent(slice(item.children[0]!, item.children.at(-1)), indent),
      line: fileLine(item),
    };
  };

  for (const section of sections) {
    const title =
      section.heading && section.heading.depth === 2 ? plain(toString(section.heading)) : '';
    if (title && isRelease(title)) {
      collectRelease(section, group(title, fileLine(section.heading!)));
      insertAt ??= parts.length;
      continue;
    }
    const status = title ? statusFor(title) : undefined;
    const text = status ? renderStatus(section, status) : renderPlain(section);
    if (text) parts.push(text);
  }

  // Releases: those marked released are shipped; the earliest upcoming one
  // is next (unless one was mapped to next), the later ones future.
  const upcoming = groups
    .filter((g) => !g.status)
    .sort((a, b) => compareKeys(a.key, b.key) || a.line - b.line);
  let hasNext = groups.some((g) => g.status === 'next');
  for (const g of upcoming) {
    g.status = hasNext ? 'future' : 'next';
    hasNext = true;
  }
  // Within a status, themes follow their release: earliest first.
  const inOrder = [...groups].sort((a, b) => compareKeys(a.key, b.key) || a.line - b.line);
  for (const g of inOrder) {
    const status = g.status!;
    const name = releaseName(g.label);
    const tag = {id: name, label: name};
    drift.push({
      kind: 'release-status',
      line: g.line,
      message: `"${g.label}" became ${status} (${g.drafts.length} ${g.drafts.length === 1 ? 'theme' : 'themes'})${status === 'shipped' ? `, shipped in ${name}` : `, tagged ${tag.id}`}; map it otherwise with --map "${g.label}=<status>"${g.intro ? '; its introduction was not imported, add it to the overview if readers need it' : ''}`,
    });
    if (status !== 'shipped' && g.drafts.length > 0 && !releaseTags.some((t) => t.id === tag.id)) {
      releaseTags.push(tag);
    }
    for (const draft of g.drafts) {
      addEntry({
        ...draft,
        status,
        ...(status === 'shipped' ? {shipped_in: {version: name}} : {tags: [tag.id]}),
      });
    }
  }

  // Compare the old summary table with the sections.
  const matched = new Set<EntryDraft>();
  for (const item of table?.items ?? []) {
    let theme: EntryDraft | undefined;
    if (item.anchor) {
      theme = drafts.find((t) => t.anchor === item.anchor);
      if (!theme && !pageAnchors.has(item.anchor)) {
        drift.push({
          kind: 'broken-table-link',
          line: item.line,
          message: `table item "${item.text}" links to #${item.anchor}, which matches no heading on the page`,
        });
      }
    } else {
      drift.push({
        kind: 'unlinked-table-item',
        line: item.line,
        message: `table item "${item.text}" has no link to its theme; the generated table links every theme`,
      });
    }
    const name = normalize(item.text);
    theme ??= drafts.find((t) => normalize(t.title) === name);
    theme ??= drafts.find(
      (t) =>
        !matched.has(t) && (normalize(t.title).includes(name) || name.includes(normalize(t.title))),
    );
    if (!theme && !item.status) {
      drift.push({
        kind: 'table-item-without-section',
        line: item.line,
        message: `table item "${item.text}" matches no theme and its column names no status; it was not imported, add it with roadmap:new if it is a theme`,
      });
      continue;
    }
    if (!theme) {
      const status = item.status!;
      drift.push({
        kind: 'table-item-without-section',
        line: item.line,
        message: `table item "${item.text}" has no section; it was imported as a ${status} theme with only its title, write its text`,
      });
      const title = item.text;
      addEntry({
        id: newId(title),
        title,
        status,
        body: `${title} was listed in the old roadmap's summary table without a description.\n`,
        line: item.line,
      });
      matched.add(drafts.at(-1)!);
      continue;
    }
    matched.add(theme);
    if (normalize(theme.title) !== name) {
      drift.push({
        kind: 'renamed',
        line: item.line,
        message: `table item "${item.text}" is the theme "${theme.title}" (line ${theme.line}) under another name; the entry keeps "${theme.title}"`,
      });
    }
    if (item.status && item.status !== theme.status) {
      drift.push({
        kind: 'status-differs',
        line: item.line,
        message: `table lists "${item.text}" as ${item.status}, its section (line ${theme.line}) as ${theme.status}; the entry keeps ${theme.status}`,
      });
    }
  }
  if (table) {
    for (const theme of drafts.filter((t) => !matched.has(t))) {
      drift.push({
        kind: 'section-missing-from-table',
        line: theme.line,
        message: `theme "${theme.title}" (${theme.status}) is missing from the summary table; the generated table lists it`,
      });
    }
  }

  // Every status gets its section, so the table's column links have targets.
  // in the statuses' order around the ones the page had (next, future, shipped).
  const statusOfPart = (part: string) => {
    const name = /^<(Next|Future|Shipped)Entries \/>$/m.exec(part)?.[1];
    return name ? (name.toLowerCase() as Status) : undefined;
  };
  for (const status of STATUSES.filter((s) => !usedStatuses.includes(s))) {
    const placed = parts.flatMap((part, i) => {
      const partStatus = statusOfPart(part);
      return partStatus ? [{i, rank: STATUSES.indexOf(partStatus)}] : [];
    });
    const later = placed.find(({rank}) => rank > STATUSES.indexOf(status));
    const at = later
      ? later.i
      : placed.length > 0
        ? placed.at(-1)!.i + 1
        : (insertAt ?? parts.length);
    parts.splice(at, 0, newStatusSection(status));
  }
  if (!table) {
    // The old page had no table: put the generated one before the first status.
    const firstStatus = parts.findIndex((part) =>
      /^<(Next|Future|Shipped)Entries \/>$/m.test(part),
    );
    parts.splice(Math.max(firstStatus, 0), 0, '<RoadmapTable />\n\n<RoadmapFollow />');
  }
  const imports = [
    ...(period ? ["import RoadmapPeriod from '@theme/RoadmapPeriod';"] : []),
    "import RoadmapTable from '@roadmap/default/table';",
    "import RoadmapStaleNotice from '@theme/RoadmapStaleNotice';",
    "import RoadmapFollow from '@theme/RoadmapFollow';",
    `// Generated by the roadmap plugin from the entries in docs/${entriesDir}/: each`,
    "// renders its themes and adds their headings to this page's TOC.",
    ...STATUSES.map(
      (status) => `import ${ENTRIES_COMPONENT[status]} from '@roadmap/default/${status}.md';`,
    ),
  ];
  const overviewFrontMatter = [
    `id: ${yamlScalar(String(frontMatter.id ?? 'roadmap'))}`,
    `title: ${yamlScalar(String(frontMatter.title ?? 'Roadmap'))}`,
    ...(frontMatter.description
      ? [`description: ${yamlScalar(String(frontMatter.description))}`]
      : []),
    'sidebar_label: Overview',
    'sidebar_position: 1',
  ];
  const overview = [
    '---',
    ...overviewFrontMatter,
    '---',
    '',
    imports.join('\n'),
    '',
    '<RoadmapStaleNotice />',
    '',
    parts.join('\n\n'),
    '',
  ].join('\n');

  // The old page gives no ship dates: say so in the entry, invent none.
  const entries = drafts.map(({anchor: _anchor, ...entry}) => ({
    ...entry,
    ...(entry.status === 'shipped' ? {shipped_on: UNKNOWN_SHIP_DATE} : {}),
    body: `${entry.body.trim()}\n`,
  }));
  drift.sort((a, b) => a.line - b.line);
  return {entries, overview, period, tags: releaseTags, drift, unsafe};
}
