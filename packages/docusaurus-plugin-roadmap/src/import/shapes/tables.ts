import type {RootContent, Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {firstHttpsLink, normalize, plain, textOf, type EntryDraft, type ImportPage} from '../page';
import type {Status} from '../types';
import type {Releases} from './releases';
import {statusOf} from './statusSections';

/**
 * Tables of two kinds: the hand-kept summary table (status columns of
 * linked theme names, which the generated table replaces, after reporting
 * where it drifted from the sections), and the feature table (`Feature |
 * Target Release | Tracking`), whose rows are themes.
 */

export interface TableItem {
  text: string;
  anchor?: string;
  status?: Status;
  line: number;
}

/** The items of a summary table, by column; undefined if no column names a status. */
export function readSummaryTable(page: ImportPage, node: Table): TableItem[] | undefined {
  const [header, ...rows] = node.children;
  const columns = (header?.children ?? []).map((cell) => statusOf(textOf(cell)));
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
          items.push({text, anchor, status: columns[column], line: page.fileLine(cell)});
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
  if (!items.some((item) => item.status)) return undefined;
  (header?.children ?? []).forEach((cell, i) => {
    if (!columns[i]) {
      page.drift.push({
        kind: 'unknown-column',
        line: page.fileLine(cell),
        message: `table column "${textOf(cell)}" names no status (next, future, shipped); its items were matched to sections by name only`,
      });
    }
  });
  return items;
}

/**
 * A feature table: each row is a theme whose status comes from its release
 * column. False if the table has no such columns.
 */
export function readFeatureTable(page: ImportPage, node: Table, releases: Releases): boolean {
  const [header, ...rows] = node.children;
  const names = (header?.children ?? []).map((cell) => textOf(cell));
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
    const title = textOf(cell(titleColumn) ?? {type: 'text', value: ''});
    if (!title) continue;
    const value = textOf(cell(releaseColumn) ?? {type: 'text', value: ''}) || 'TBD';
    let tracking: string | undefined;
    for (const i of [trackingColumn, titleColumn]) {
      const found = i >= 0 && cell(i) ? firstHttpsLink(cell(i)!) : undefined;
      tracking ??= found;
    }
    const markdownOf = (i: number) => {
      const content = cell(i)?.children ?? [];
      return content.length > 0 ? page.slice(content[0]!, content.at(-1)).trim() : '';
    };
    const details = names
      .map((name, i) => ({name, text: markdownOf(i)}))
      .filter(({text}, i) => i !== titleColumn && text)
      .map(({name, text}) => `- **${name}:** ${text}`);
    releases.group(value, page.fileLine(row)).themes.push({
      id: page.newId(title),
      title,
      body: details.join('\n') || `${title}.`,
      line: page.fileLine(row),
      ...(tracking ? {tracking} : {}),
    });
  }
  return true;
}

/** Compares the old summary table with the themes found in the sections, as drift. */
export function compareSummaryTable(page: ImportPage, items: readonly TableItem[]): void {
  const {drafts, drift} = page;
  const matched = new Set<EntryDraft>();
  for (const item of items) {
    let theme: EntryDraft | undefined;
    if (item.anchor) {
      theme = drafts.find((t) => t.anchor === item.anchor);
      if (!theme && !page.pageAnchors.has(item.anchor)) {
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
      page.addEntry({
        id: page.newId(title),
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
  for (const theme of drafts.filter((t) => !matched.has(t))) {
    drift.push({
      kind: 'section-missing-from-table',
      line: theme.line,
      message: `theme "${theme.title}" (${theme.status}) is missing from the summary table; the generated table lists it`,
    });
  }
}
