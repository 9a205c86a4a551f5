import type {List, ListItem} from 'mdast';
import {firstHttpsLink, textOf, type FoundTheme, type ImportPage} from '../page';
import type {Status} from '../types';
import {itemTheme} from './items';

/**
 * The last shape tried, for pages none of the others fit: a checklist
 * (`- [x] Done thing`, `- [ ] Planned thing`, often grouped under bold
 * categories or headings) or lists whose done items are marked ✅. Each
 * item without sub-items is a theme: checked or ✅ ones shipped (the page
 * gives no date), the others future, since a checklist says nothing of
 * what comes next. Used only when no other shape found a theme.
 */

const DONE_MARK = /✅|✔️|☑️|:white_check_mark:|:heavy_check_mark:/u;

/** Whether an item is checked or marked done. */
function isDone(item: ListItem, page: ImportPage): boolean {
  if (item.checked === true) return true;
  const first = item.children[0];
  return first !== undefined && DONE_MARK.test(page.slice(first));
}

/** Items that hold no list of their own: the leaves of a checklist. */
function leafItems(list: List): ListItem[] {
  return list.children.flatMap((item) => {
    const nested = item.children.filter((c): c is List => c.type === 'list');
    return nested.length > 0 ? nested.flatMap(leafItems) : [item];
  });
}

/** Adds the checklist's themes to the page; none if it is no checklist. */
export function readChecklist(page: ImportPage): void {
  const lists = page.tree.children.filter((n): n is List => n.type === 'list');
  const leaves = lists.flatMap(leafItems);
  let marked = leaves.some((item) => item.checked !== null && item.checked !== undefined);
  if (!marked) marked = leaves.some((item) => isDone(item, page));
  if (!marked) return;
  // Checklists: only the items with a box. Lists with ✅: every item.
  const themes = leaves.filter((item) =>
    leaves.some((l) => typeof l.checked === 'boolean') ? typeof item.checked === 'boolean' : true,
  );
  const counts: Record<Status, number> = {next: 0, future: 0, shipped: 0};
  for (const item of themes) {
    const status: Status = isDone(item, page) ? 'shipped' : 'future';
    const theme: FoundTheme = itemTheme(page, item, {untitledIsDrift: false});
    const title = theme.title.replace(DONE_MARK, '').trim() || textOf(item) || 'Untitled theme';
    const tracking = firstHttpsLink(item);
    counts[status]++;
    page.addEntry({
      ...theme,
      title,
      status,
      ...(tracking ? {tracking} : {}),
    });
  }
  page.drift.push({
    kind: 'checklist',
    line: page.fileLine(lists[0]!),
    message: `the page is a checklist: ${counts.shipped} checked item(s) became shipped themes (no ship date), ${counts.future} unchecked one(s) future themes, each titled from its first words; review them, and move what comes next to tags: [next]`,
  });
}
