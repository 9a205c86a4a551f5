import {nextFreeOrder} from './entries';
import {entryFileContent} from './entryFile';
import {PLACEHOLDERS} from './placeholders';
import type {RoadmapEntry} from './types';

/**
 * A new entry file for a contributor to fill in: a future theme at the next
 * free position, with placeholder text that the check refuses until it is
 * replaced.
 */
export function proposalTemplate(entries: readonly RoadmapEntry[]): string {
  return entryFileContent({
    id: PLACEHOLDERS.id,
    title: PLACEHOLDERS.title,
    summary: PLACEHOLDERS.summary,
    status: 'future',
    order: nextFreeOrder(entries, 'future'),
    comment: 'Optional: owner, tracking, discussion (full https:// URLs). See CONTRIBUTING.md.',
    body: [
      PLACEHOLDERS.body,
      '',
      'Replace the lines above, rename the file and the id to a short kebab-case',
      'name for the theme: the check refuses the placeholders until you do.',
    ].join('\n'),
  });
}

/**
 * GitHub's "new file" page in the entries folder, prefilled with an entry
 * that is valid once its placeholders are replaced.
 */
export function proposalUrl(newFileUrl: string, entries: readonly RoadmapEntry[]): string {
  const url = new URL(newFileUrl);
  url.searchParams.set('filename', `${PLACEHOLDERS.id}.md`);
  url.searchParams.set('value', proposalTemplate(entries));
  return url.href;
}
