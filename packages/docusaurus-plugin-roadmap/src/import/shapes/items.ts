import type {Heading, ListItem, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {KEBAB_CASE} from '../../schema';
import {dedent, shortTitle, textOf, type FoundTheme, type ImportPage} from '../page';

/**
 * Themes written as `### ` headings (each one's text up to the next) or as
 * bullets (a bold lead is the title; without one, the first words are).
 * Shared by every page shape that lists themes.
 */

/** A heading's old anchor is the theme's id when it is kebab-case, so old links keep working. */
function idForHeading(page: ImportPage, heading: Heading): string {
  const anchor = page.anchorOf.get(heading)!;
  return KEBAB_CASE.test(anchor) ? anchor : page.newId(toString(heading));
}

/** One theme per `###` heading of a section, its text up to the next one. */
export function headingThemes(
  page: ImportPage,
  nodes: RootContent[],
  h3s: Heading[],
): FoundTheme[] {
  return h3s.map((h3, i) => {
    const end = i + 1 < h3s.length ? nodes.indexOf(h3s[i + 1]!) : nodes.length;
    const content = nodes.slice(nodes.indexOf(h3) + 1, end);
    const body = content.length > 0 ? page.slice(content[0]!, content.at(-1)) : '';
    return {
      id: idForHeading(page, h3),
      anchor: page.anchorOf.get(h3),
      title: textOf(h3),
      body: page.withLinks(body, h3),
      line: page.fileLine(h3),
    };
  });
}

/** One theme from a bullet; `untitledIsDrift`: report a title taken from the first words. */
export function itemTheme(
  page: ImportPage,
  item: ListItem,
  {untitledIsDrift = true} = {},
): FoundTheme {
  const [first, ...rest] = item.children;
  const indent = (first?.position?.start.column ?? 1) - 1;
  const restText = rest.length > 0 ? dedent(page.slice(rest[0]!, rest.at(-1)), indent) : '';
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  if (first?.type === 'paragraph' && lead?.type === 'strong') {
    const title = textOf(lead).replace(/:$/, '').trim();
    const after = page.source
      .slice(lead.position!.end.offset, first.position!.end.offset)
      .replace(/^\s*:?\s*/, '');
    const body = [dedent(after, indent), restText].filter(Boolean).join('\n\n');
    return {
      id: page.newId(title),
      title,
      body: page.withLinks(body, lead),
      line: page.fileLine(item),
    };
  }
  // No bold lead: the first words become the title, the whole item the body.
  const text = first ? textOf(first) : '';
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
  if (untitledIsDrift) {
    page.drift.push({
      kind: 'untitled-item',
      line: page.fileLine(item),
      message: `bullet "${text.slice(0, 40)}…" has no bold lead; its title was taken from its first words ("${title}"), check it`,
    });
  }
  return {
    id: page.newId(title),
    title,
    body:
      item.children.length > 0
        ? dedent(page.slice(item.children[0]!, item.children.at(-1)), indent)
        : '',
    line: page.fileLine(item),
  };
}
