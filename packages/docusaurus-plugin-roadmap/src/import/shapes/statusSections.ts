import type {Heading, List, RootContent} from 'mdast';
import {STATUS_SECTIONS} from '../../statuses';
import {textOf, type ImportPage, type Section} from '../page';
import type {Status} from '../types';
import {headingThemes, itemTheme} from './items';

/**
 * The shape of Backstage's page: `## ` sections named after a status
 * ("What's next", "Future work", "Completed milestones"), each holding `###`
 * themes or bullets. The section stays in the overview, its themes replaced
 * by the component that renders the entries of that status.
 */

/** Words in a section heading or table column that name a status. */
const STATUS_WORDS: [Status, RegExp][] = [
  ['shipped', /\b(shipped|released|delivered|done|completed|recently)\b/i],
  ['next', /\b(next|now|current|ongoing|in progress|this quarter)\b/i],
  ['future', /\b(future|later|radar|backlog|someday|tbd|unscheduled)\b/i],
];

export function statusOf(text: string): Status | undefined {
  return STATUS_WORDS.find(([, words]) => words.test(text))?.[0];
}

/** The component each status's themes are rendered by in the overview. */
export const ENTRIES_COMPONENT: Record<Status, string> = {
  next: 'NextEntries',
  future: 'FutureEntries',
  shipped: 'ShippedEntries',
};

/** Reads a status section's themes and returns the section as overview Markdown. */
export function renderStatusSection(page: ImportPage, section: Section, status: Status): string {
  const heading = section.heading!;
  const {anchor} = STATUS_SECTIONS[status];
  // The summary table's column headers link to the status anchors.
  const oldAnchor = page.anchorOf.get(heading);
  const headingText =
    oldAnchor === anchor ? page.slice(heading) : `${page.slice(heading)} {/* #${anchor} */}`;
  if (oldAnchor !== anchor) {
    page.drift.push({
      kind: 'moved-anchor',
      line: page.fileLine(heading),
      message: `section "${textOf(heading)}" moves from #${oldAnchor} to #${anchor}, the anchor of the ${status} section; links to #${oldAnchor} will need updating`,
    });
  }
  const {nodes} = section;
  const h3s = nodes.filter((n): n is Heading => n.type === 'heading' && n.depth === 3);
  const lists = nodes.filter((n): n is List => n.type === 'list');
  let intro: RootContent[] = nodes;
  let outro: RootContent[] = [];
  if (h3s.length > 0) {
    intro = nodes.slice(0, nodes.indexOf(h3s[0]!));
    for (const theme of headingThemes(page, nodes, h3s)) page.addEntry({...theme, status});
  } else if (lists.length > 0) {
    intro = nodes.slice(0, nodes.indexOf(lists[0]!));
    outro = nodes.slice(nodes.indexOf(lists.at(-1)!) + 1);
    for (const list of lists) {
      for (const item of list.children) {
        page.addEntry({...itemTheme(page, item), status});
      }
    }
  } else {
    page.drift.push({
      kind: 'empty-status-section',
      line: page.fileLine(heading),
      message: `section "${textOf(heading)}" names a status but lists no themes (no ### headings or bullets); its text is kept in the overview`,
    });
  }
  return [
    headingText,
    intro.length > 0 ? page.slice(intro[0]!, intro.at(-1)) : undefined,
    `<${ENTRIES_COMPONENT[status]} />`,
    outro.length > 0 ? page.slice(outro[0]!, outro.at(-1)) : undefined,
  ]
    .filter(Boolean)
    .join('\n\n');
}
