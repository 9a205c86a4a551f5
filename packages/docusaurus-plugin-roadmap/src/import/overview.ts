import type {Table} from 'mdast';
import {yamlScalar} from '../entryFile';
import {MONTHS} from '../period';
import {OVERVIEW_STATUSES as STATUSES, STATUS_SECTIONS} from '../statuses';
import type {ImportPage, Section} from './page';
import type {Releases} from './shapes/releases';
import {ENTRIES_COMPONENT} from './shapes/statusSections';
import {readFeatureTable, readSummaryTable, type TableItem} from './shapes/tables';
import type {ImportResult, Status} from './types';

/** The overview page's own parts: the old page's text around the generated ones. */

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

const TABLE_PARTS = '<RoadmapTable />\n\n<RoadmapFollow />';

const MONTH_RANGE = new RegExp(
  `(${MONTHS.join('|')})\\s+(?:through|to|until|–|-)\\s+(${MONTHS.join('|')})\\s+(\\d{4})`,
);

/** A status section the old page did not have. */
function newStatusSection(status: Status): string {
  const {label} = STATUS_SECTIONS[status];
  const intro =
    status === 'shipped'
      ? 'Themes released lately. Every shipped theme stays listed, by quarter, on the\n[shipped themes](./shipped.mdx) page.\n\n'
      : '';
  return `## ${label}\n\n${intro}<${ENTRIES_COMPONENT[status]} />`;
}

/** What the overview's text holds besides the old page's words. */
export interface OverviewParts {
  parts: string[];
  /** The old page's line each part starts on. */
  lines: number[];
  usedStatuses: Status[];
  /** The hand-kept summary table's items, if the page had one. */
  summaryTable?: TableItem[];
  period?: ImportResult['period'];
  /** Where the generated status sections go when the page was grouped by release. */
  insertAt?: number;
  /** The page is a checklist: its lists are themes, not overview text. */
  checklist?: boolean;
}

/**
 * A section that names no status, as overview Markdown: a feature table's
 * rows become themes (the generated table takes its place), the first
 * summary table becomes the generated one, and "July through September
 * 2022" becomes the period component.
 */
export function renderPlainSection(
  page: ImportPage,
  section: Section,
  overview: OverviewParts,
  releases: Releases,
): string {
  const nodes = [...(section.heading ? [section.heading] : []), ...section.nodes];
  if (nodes.length === 0) return '';
  const start = nodes[0]!.position!.start.offset!;
  const edits: [number, number, string][] = [];
  for (const node of section.nodes) {
    if (node.type === 'list' && overview.checklist) {
      edits.push([node.position!.start.offset!, node.position!.end.offset!, '']);
    }
    if (node.type !== 'table') continue;
    const range = [node.position!.start.offset!, node.position!.end.offset!] as const;
    if (readFeatureTable(page, node as Table, releases)) {
      edits.push([...range, '']);
      overview.insertAt ??= overview.parts.length + 1;
    } else if (!overview.summaryTable) {
      const items = readSummaryTable(page, node as Table);
      if (items) {
        overview.summaryTable = items;
        edits.push([...range, TABLE_PARTS]);
      }
    }
  }
  let text = page.source.slice(start, nodes.at(-1)!.position!.end.offset);
  for (const [from, to, replacement] of edits.reverse()) {
    text = text.slice(0, from - start) + replacement + text.slice(to - start);
  }
  text = text.replace(/\n{3,}/g, '\n\n').trim();
  const match = MONTH_RANGE.exec(text);
  if (match && !overview.period) {
    const first = MONTHS.indexOf(match[1]!);
    const last = MONTHS.indexOf(match[2]!);
    if (first % 3 === 0 && last === first + 2) {
      overview.period = {value: `${match[3]}-Q${first / 3 + 1}`, text: match[0]};
      text = text.replace(match[0], '<RoadmapPeriod />');
    }
  }
  return text;
}

/** The status of an overview part that renders one status's themes. */
function statusOfPart(part: string): Status | undefined {
  const name = /^<(Next|Future|Shipped)Entries \/>$/m.exec(part)?.[1];
  return name ? (name.toLowerCase() as Status) : undefined;
}

/**
 * The overview page: the old page's front matter kept, every status
 * given its section (so the table's column links have targets) in the
 * statuses' order around the ones the page had, and the generated table
 * before the first status if the page had none.
 */
export function overviewPage(
  overview: OverviewParts,
  frontMatter: Record<string, unknown>,
  entriesDir: string,
): string {
  const {parts} = overview;
  for (const status of STATUSES.filter((s) => !overview.usedStatuses.includes(s))) {
    const placed = parts.flatMap((part, i) => {
      const partStatus = statusOfPart(part);
      return partStatus ? [{i, rank: STATUSES.indexOf(partStatus)}] : [];
    });
    const later = placed.find(({rank}) => rank > STATUSES.indexOf(status));
    const at = later
      ? later.i
      : placed.length > 0
        ? placed.at(-1)!.i + 1
        : (overview.insertAt ?? parts.length);
    parts.splice(at, 0, newStatusSection(status));
  }
  if (!overview.summaryTable) {
    const firstStatus = parts.findIndex((part) => statusOfPart(part) !== undefined);
    parts.splice(Math.max(firstStatus, 0), 0, TABLE_PARTS);
  }
  const imports = [
    ...(overview.period ? ["import RoadmapPeriod from '@theme/RoadmapPeriod';"] : []),
    "import RoadmapTable from '@roadmap/default/table';",
    "import RoadmapStaleNotice from '@theme/RoadmapStaleNotice';",
    "import RoadmapFollow from '@theme/RoadmapFollow';",
    `// Generated by the roadmap plugin from the entries in docs/${entriesDir}/: each`,
    "// renders its themes and adds their headings to this page's TOC.",
    ...STATUSES.map(
      (status) => `import ${ENTRIES_COMPONENT[status]} from '@roadmap/default/${status}.md';`,
    ),
  ];
  const frontMatterLines = [
    `id: ${yamlScalar(String(frontMatter.id ?? 'roadmap'))}`,
    `title: ${yamlScalar(String(frontMatter.title ?? 'Roadmap'))}`,
    ...(frontMatter.description
      ? [`description: ${yamlScalar(String(frontMatter.description))}`]
      : []),
    'sidebar_label: Overview',
    'sidebar_position: 1',
  ];
  return [
    '---',
    ...frontMatterLines,
    '---',
    '',
    imports.join('\n'),
    '',
    '<RoadmapStaleNotice />',
    '',
    parts.join('\n\n'),
    '',
  ].join('\n');
}
