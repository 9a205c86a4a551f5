import type {EntrySource} from './source';
import type {Problem} from './types';

/**
 * What the scaffolds (`roadmap:new`, "Propose a theme") put where the author
 * must write. The check refuses each until it is replaced, so an unedited
 * scaffold cannot be merged by accident.
 */
export const PLACEHOLDERS = {
  id: 'your-theme-id',
  title: 'Your theme',
  summary: 'One line that says what the theme delivers.',
  body: 'What the theme delivers, for whom, and why it matters now.',
} as const;

/** The placeholders an entry still holds, each as a problem at its line. */
export function placeholderProblems(source: EntrySource): Problem[] {
  const {file, frontMatter, keyLines, body, bodyLine} = source;
  const problems: Problem[] = [];
  const field = (key: 'id' | 'title' | 'summary', fix: string) => {
    if (frontMatter[key] === PLACEHOLDERS[key]) {
      problems.push({
        file,
        line: keyLines[key] ?? 1,
        field: key,
        message: `is still the placeholder "${PLACEHOLDERS[key]}"; ${fix}`,
        placeholder: true,
      });
    }
  };
  field('id', 'name the theme in kebab-case, and the file after it');
  field('title', "write the theme's heading");
  field('summary', 'say in one line what the theme delivers');
  const at = body.indexOf(PLACEHOLDERS.body);
  if (at !== -1) {
    problems.push({
      file,
      line: bodyLine + body.slice(0, at).split('\n').length - 1,
      message: `still has the placeholder text "${PLACEHOLDERS.body}"; write what the theme delivers, for whom and why`,
      placeholder: true,
    });
  }
  return problems;
}
