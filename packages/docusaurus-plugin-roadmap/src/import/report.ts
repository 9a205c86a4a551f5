import {escapeForLog} from '../format';
import {OVERVIEW_STATUSES} from '../statuses';
import {UNKNOWN_SHIP_DATE} from '../shipDate';
import type {Conversion} from './convert';
import type {ImportResult} from './types';

/** The longest piece of old text a report line quotes. */
const QUOTE_LIMIT = 240;

function quote(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > QUOTE_LIMIT ? `${trimmed.slice(0, QUOTE_LIMIT)}…` : trimmed;
}

/** The lines a repeated change was made on: "41, 42 and 3 more". */
function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, 5).join(', ');
  return lines.length > 5 ? `${shown} and ${lines.length - 5} more` : shown;
}

/**
 * The conversions as report lines: where, why, and the text before and
 * after; the same change on many lines once, with its lines. Old text
 * spanning lines stays on lines of its own, indented, never squeezed into
 * `\u000a`; `escapeForLog` keeps it from starting a line.
 */
function conversionLines(file: string, conversions: readonly Conversion[]): string[] {
  const groups = new Map<string, {lines: number[]; conversion: Conversion}>();
  for (const conversion of conversions) {
    const key = JSON.stringify([conversion.why, conversion.before, conversion.after]);
    const group = groups.get(key) ?? {lines: [], conversion};
    group.lines.push(conversion.line);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap(({lines, conversion: {before, after, why}}) => [
    escapeForLog(`- ${file}:${lineList(lines)}: ${why}`),
    escapeForLog(`    was: ${quote(before)}`),
    escapeForLog(`    now: ${after ? quote(after) : '(removed)'}`),
  ]);
}

/** What `roadmap import` prints once the files are written. */
export function importReport(
  result: ImportResult,
  {input, entriesDir, overview}: {input: string; entriesDir: string; overview: string},
): string {
  const undated = result.entries.filter((e) => e.shipped_on === UNKNOWN_SHIP_DATE);
  const counts = OVERVIEW_STATUSES.map(
    (status) => `${result.entries.filter((e) => e.status === status).length} ${status}`,
  ).join(', ');
  const lines = [
    `Imported ${result.entries.length} themes (${counts}) from ${input}:`,
    `  entries:  ${entriesDir}/`,
    `  overview: ${overview}`,
    result.period
      ? `Period: "${result.period.text}" is ${result.period.value}; set period: '${result.period.value}' in the plugin's options.`
      : "Period: the old page names no quarter; set the plugin's period option.",
    'Summaries were drafted from each theme\u2019s first sentence: review them.',
    ...(undated.length > 0
      ? [
          `The old page gives no ship date for ${undated.length} shipped theme(s), written as shipped_on: unknown; set the day or the quarter where you know it:`,
          ...undated.map((e) => `- ${e.id}: ${e.title}`),
        ]
      : []),
    '',
  ].map((line) => escapeForLog(line));
  lines.push(
    result.conversions.length === 0
      ? 'Nothing converted: all markup of the old page is allowed here.'
      : `Converted to be safe here (${result.conversions.length}); review each:`,
    ...conversionLines(input, result.conversions),
    '',
    result.drift.length === 0
      ? 'No drift: the table and the sections agree.'
      : `Drift in the old roadmap (${result.drift.length}):`,
    ...result.drift.map((d) => escapeForLog(`- ${input}:${d.line}: ${d.message}`)),
  );
  return lines.join('\n');
}

/** What `roadmap import` prints when the page holds no themes. */
export function noThemesReport(input: string): string {
  return [
    `Found no themes in ${escapeForLog(input)}; nothing was written.`,
    'The importer reads "## " sections named after a status (What\'s next, Future work,',
    'Shipped), a release or a quarter (## v1.2, ## Towards v2.0, ## Q3 2025, ## Future',
    'releases), each holding "### " headings or bullets; and feature tables with a',
    "Feature column and a Release, Target or Status column. Name a section's status",
    'with --map "<heading>=<status>". If the page only links to a roadmap kept',
    'elsewhere, write the entries with `docusaurus roadmap new` instead.',
  ].join('\n');
}
