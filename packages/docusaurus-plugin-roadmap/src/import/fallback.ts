import {findMarkupProblems} from '../markup/check';
import type {Conversion} from './convert';

/**
 * The last resort, for what the converter could not place: each line the
 * check still finds a problem on becomes text, and if that is not enough,
 * the whole text is shown as written in a code block. The result always
 * passes the check.
 */
export function asTextWhereUnsafe(
  markdown: string,
  check: (markdown: string) => {line: number; message: string}[] = (m) => findMarkupProblems(m),
): {text: string; conversions: Conversion[]} {
  let problems = check(markdown);
  if (problems.length === 0) return {text: markdown, conversions: []};
  const lines = markdown.split('\n');
  const conversions: Conversion[] = [];
  for (const line of new Set(problems.map((p) => p.line))) {
    const before = lines[line - 1] ?? '';
    lines[line - 1] = before.replace(/[<[\]!{}]/g, (c) => (c === '<' ? '&lt;' : `\\${c}`));
    conversions.push({
      line,
      before,
      after: lines[line - 1]!,
      why: `${problems.find((p) => p.line === line)!.message}: shown as text`,
    });
  }
  const text = lines.join('\n');
  problems = check(text);
  if (problems.length === 0) return {text, conversions};
  const fence = '`'.repeat(
    Math.max(3, ...[...markdown.matchAll(/`+/g)].map((m) => m[0].length + 1)),
  );
  return {
    text: `${fence}text\n${markdown.trim()}\n${fence}\n`,
    conversions: [
      {
        line: problems[0]!.line,
        before: markdown,
        after: '(a code block)',
        why: `${problems[0]!.message}: the whole text is shown as written, in a code block; rewrite it`,
      },
    ],
  };
}
