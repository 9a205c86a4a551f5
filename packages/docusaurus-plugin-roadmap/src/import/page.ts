import {createSlugger} from '@docusaurus/utils';
import type {Heading, Node, Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {idFromTitle} from '../ids';
import {headingAnchors, parseMarkdown} from '../markdown';
import type {Drift, ImportedEntry, Status} from './types';

/** Letters and digits only, for matching names that differ in case or punctuation. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function plain(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A node's words as one line of plain text, for a title or a summary: raw
 * HTML left out, and no "<" or ">", which front matter may not hold.
 */
export function textOf(node: Node): string {
  return plain(toString(node, {includeHtml: false}).replace(/[<>]/g, ''));
}

/** At most 80 characters, cut at a word. */
export function shortTitle(text: string): string {
  if (text.length <= 80) return text.trim();
  return `${text.slice(0, 80).replace(/\s+\S*$/, '')}…`;
}

/** Removes a list item's content indent from its continuation lines. */
export function dedent(text: string, indent: number): string {
  const prefix = new RegExp(`^ {1,${Math.max(indent, 1)}}`);
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? line : line.replace(prefix, '')))
    .join('\n');
}

/** The first https link in a node: a feature's tracking issue. */
export function firstHttpsLink(node: Node): string | undefined {
  let url: string | undefined;
  visit(node as Root, 'link', (link) => {
    if (url === undefined && link.url.startsWith('https://')) url = link.url;
  });
  return url;
}

/** The first sentence of a theme's first paragraph: a draft summary. */
function firstSentence(markdown: string, fallback: string): string {
  const tree = parseMarkdown(markdown);
  const paragraph = tree.children.find((node) => node.type === 'paragraph');
  if (!paragraph) {
    return fallback;
  }
  const text = textOf(paragraph);
  return text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? text;
}

/** A theme as found, before its order among its status is known. */
export interface EntryDraft extends ImportedEntry {
  /** The anchor the old page gave the theme, if it was a heading. */
  anchor?: string;
}

export type FoundTheme = Omit<EntryDraft, 'order' | 'summary' | 'status'>;

/** A `## ` section of the old page: its heading and what follows until the next one. */
export interface Section {
  heading?: Heading;
  nodes: RootContent[];
}

/**
 * The old page as every shape reader sees it: its Markdown tree, its
 * anchors (one slugger for the whole page, in document order, as GitHub
 * and Docusaurus give them, so old links to a theme keep working), and
 * what the readers found so far: themes and drift.
 */
export class ImportPage {
  readonly tree: Root;
  readonly anchorOf: Map<Heading, string>;
  readonly pageAnchors: Set<string>;
  readonly drift: Drift[] = [];
  readonly drafts: EntryDraft[] = [];
  private readonly slugger = createSlugger();

  constructor(
    /** The page's Markdown after its front matter. */
    readonly source: string,
    /** The line of the file the Markdown starts on. */
    private readonly bodyLine: number,
  ) {
    this.tree = parseMarkdown(source);
    this.anchorOf = new Map(
      headingAnchors(source, this.tree, this.slugger).map(({node, anchor}) => [node, anchor]),
    );
    this.pageAnchors = new Set(this.anchorOf.values());
  }

  /** The line of the whole file a node starts on. */
  fileLine(node: Node): number {
    return (node.position?.start.line ?? 1) + this.bodyLine - 1;
  }

  /** The Markdown from one node to another, as written. */
  slice(from: Node, to: Node = from): string {
    return this.source.slice(from.position!.start.offset, to.position!.end.offset);
  }

  /** A new id for a title, unique on the page. */
  newId(title: string): string {
    return idFromTitle(title, this.slugger);
  }

  /** The `## ` sections, the text before the first one included. */
  sections(): Section[] {
    const sections: Section[] = [{nodes: []}];
    for (const node of this.tree.children) {
      if (node.type === 'heading' && node.depth <= 2) {
        sections.push({heading: node, nodes: []});
      } else {
        sections.at(-1)!.nodes.push(node);
      }
    }
    return sections;
  }

  byStatus(status: Status): EntryDraft[] {
    return this.drafts.filter((t) => t.status === status);
  }

  /** A theme, last of its status, its summary drafted from its first sentence. */
  addEntry(draft: Omit<EntryDraft, 'order' | 'summary'>): void {
    this.drafts.push({
      ...draft,
      order: this.byStatus(draft.status).length + 1,
      summary: firstSentence(draft.body, draft.title),
    });
  }

  /** A body with "See [GraphQL](https://graphql.org/)." for links its title loses. */
  withLinks(body: string, titleNode: Node): string {
    const links: string[] = [];
    visit(titleNode, 'link', (link) => {
      links.push(this.slice(link));
    });
    const sentence =
      links.length === 0
        ? undefined
        : `See ${links.length === 1 ? links[0] : `${links.slice(0, -1).join(', ')} and ${links.at(-1)}`}.`;
    return [body, sentence].filter(Boolean).join('\n\n');
  }
}
