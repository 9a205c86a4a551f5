import {nextFreeOrder} from './entries';
import type {RoadmapEntry} from './types';

/** The id a proposal starts with; the contributor renames it. */
export const PROPOSAL_ID = 'your-theme-id';

/**
 * A new entry file that passes the check as it is: a future theme at the
 * next free position, with placeholder text the contributor replaces.
 */
export function proposalTemplate(entries: readonly RoadmapEntry[]): string {
  const order = nextFreeOrder(entries, 'future');
  return [
    '---',
    `id: ${PROPOSAL_ID}`,
    'title: Your theme',
    'summary: One line that says what the theme delivers.',
    'tags: [future]',
    `order: ${order}`,
    '# Optional: owner, tracking, discussion (full https:// URLs). See CONTRIBUTING.md.',
    '---',
    '',
    'What the theme delivers, for whom, and why it matters now. Rename the file',
    'and the id above to a short kebab-case name for the theme.',
    '',
  ].join('\n');
}

/**
 * GitHub's "new file" page in the entries folder, prefilled with a valid
 * entry: a contributor's pull request starts from something the check passes.
 */
export function proposalUrl(newFileUrl: string, entries: readonly RoadmapEntry[]): string {
  const url = new URL(newFileUrl);
  url.searchParams.set('filename', `${PROPOSAL_ID}.md`);
  url.searchParams.set('value', proposalTemplate(entries));
  return url.href;
}
