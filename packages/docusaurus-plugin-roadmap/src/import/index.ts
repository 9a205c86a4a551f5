import {UNPRINTABLE} from '../format';
import {UNKNOWN_SHIP_DATE} from '../shipDate';
import {parseEntrySource} from '../source';
import {convertMarkup, type Conversion} from './convert';
import {asTextWhereUnsafe} from './fallback';
import {GENERATED_LINE, asMdxText, mdxProblems} from './mdx';
import {overviewPage, renderPlainSection, type OverviewParts} from './overview';
import {ImportPage, normalize, textOf} from './page';
import {Releases, isRelease, releaseName} from './shapes/releases';
import {renderStatusSection, statusOf} from './shapes/statusSections';
import {readChecklist} from './shapes/checklist';
import {compareSummaryTable} from './shapes/tables';
import type {ImportOptions, ImportResult, Status} from './types';

export {ARCHIVE_PAGE} from './overview';
export type {Conversion} from './convert';
export type * from './types';

/** Front matter the overview keeps: one line of plain text each. */
function plainFrontMatter(
  frontMatter: Record<string, unknown>,
  conversions: Conversion[],
): Record<string, unknown> {
  const kept: Record<string, unknown> = {...frontMatter};
  for (const key of ['title', 'description'] as const) {
    const value = frontMatter[key];
    if (value === undefined) continue;
    const text = typeof value === 'string' ? value : '';
    const cleaned = text
      .replace(new RegExp(`[${UNPRINTABLE}]+`, 'g'), ' ')
      .replace(/[<>]/g, '')
      .trim();
    if (cleaned !== value) {
      conversions.push({
        line: 1,
        before: String(value),
        after: cleaned,
        why: `front matter "${key}" must be one line of plain text, without "<": ${cleaned ? 'cleaned' : 'left out'}`,
      });
    }
    kept[key] = cleaned || undefined;
  }
  return kept;
}

/** Reads the page's sections with every shape, in order; as a checklist last. */
function readPage(
  page: ImportPage,
  mappedStatus: (text: string) => Status | undefined,
  checklist: boolean,
) {
  const releases = new Releases(page, mappedStatus);
  const overview: OverviewParts = {parts: [], lines: [], usedStatuses: [], checklist};
  for (const section of page.sections()) {
    const title = section.heading && section.heading.depth === 2 ? textOf(section.heading) : '';
    if (title && isRelease(title)) {
      releases.collect(section, title);
      overview.insertAt ??= overview.parts.length;
      continue;
    }
    const status = title ? (mappedStatus(title) ?? statusOf(title)) : undefined;
    if (status) overview.usedStatuses.push(status);
    const text = status
      ? renderStatusSection(page, section, status)
      : renderPlainSection(page, section, overview, releases);
    if (text) {
      overview.parts.push(text);
      const first = section.heading ?? section.nodes[0];
      overview.lines.push(first ? page.fileLine(first) : 1);
    }
  }
  const tags = releases.settle();
  if (overview.summaryTable) compareSummaryTable(page, overview.summaryTable);
  if (checklist) readChecklist(page);
  return {page, overview, tags};
}

/**
 * Turns a single-file roadmap into entries and an overview, and reports
 * where the old page contradicted itself (drift) and what had to change to
 * be safe here (conversions). Never refuses: every entry it returns passes
 * the markup check. The page shapes it reads are in `shapes/`: status
 * sections, releases or quarters, summary and feature tables.
 */
export async function importRoadmap(
  markdown: string,
  {entriesDir = 'roadmap', statusMap = {}, origin}: ImportOptions = {},
): Promise<ImportResult> {
  const mapped = new Map(
    Object.entries(statusMap).map(([key, status]) => [normalize(key), status] as const),
  );
  const mappedStatus = (text: string): Status | undefined =>
    mapped.get(normalize(text)) ?? mapped.get(normalize(releaseName(text)));
  const parsed = await parseEntrySource('roadmap.md', markdown.replace(/\r\n?/g, '\n'));
  if (parsed.parseError) {
    throw new Error(
      `The roadmap cannot be read: line ${parsed.parseErrorLine ?? 1} ${parsed.parseError}`,
    );
  }
  // Converted before it is read: the old page's text becomes entries and
  // the overview, and must be as safe as an entry. Line breaks are kept, so
  // lines still count in the old file.
  const converted = convertMarkup(parsed.body, {origin});
  const conversions = converted.conversions.map((c) => ({
    ...c,
    line: c.line + parsed.bodyLine - 1,
  }));
  const frontMatter = plainFrontMatter(parsed.frontMatter, conversions);
  let read = readPage(new ImportPage(converted.text, parsed.bodyLine), mappedStatus, false);
  if (read.page.drafts.length === 0) {
    // No shape found a theme: read the page again as a checklist.
    const checklist = readPage(new ImportPage(converted.text, parsed.bodyLine), mappedStatus, true);
    if (checklist.page.drafts.length > 0) read = checklist;
  }
  const {page, overview, tags} = read;
  overview.parts = overview.parts.map((part, i) => {
    const line = overview.lines[i]!;
    const problems = mdxProblems(part);
    if (problems.length === 0) return part;
    const text = asMdxText(part);
    const kept = mdxProblems(text).length === 0;
    const generated = part.split('\n').filter((l) => GENERATED_LINE.test(l.trim()));
    conversions.push({
      line,
      before: part,
      after: kept ? text : generated.join('\n'),
      why: `this part of the overview ${problems[0]}, which MDX would run or refuse: ${kept ? 'written as text' : 'left out; copy what readers need by hand'}`,
    });
    return kept ? text : generated.join('\n\n');
  });

  // The old page gives no ship dates: say so in the entry, invent none.
  // Last, what the converter could not place becomes text (see asTextWhereUnsafe).
  const entries = page.drafts.map(({anchor: _anchor, ...entry}) => {
    const body = asTextWhereUnsafe(`${entry.body.trim() || `${entry.title}.`}\n`);
    conversions.push(...body.conversions.map((c) => ({...c, line: c.line + entry.line - 1})));
    return {
      ...entry,
      ...(entry.status === 'shipped' ? {shipped_on: UNKNOWN_SHIP_DATE} : {}),
      body: body.text,
    };
  });
  page.drift.sort((a, b) => a.line - b.line);
  conversions.sort((a, b) => a.line - b.line);
  return {
    entries,
    overview: overviewPage(overview, frontMatter, entriesDir),
    period: overview.period,
    tags,
    drift: page.drift,
    conversions,
  };
}
