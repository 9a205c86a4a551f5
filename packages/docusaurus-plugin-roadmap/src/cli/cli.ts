import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs, type ParseArgsConfig} from 'node:util';
import {checkEntrySources, loadRoadmap} from '../check';
import {checkTranslations} from '../localized';
import {formatProblems, nextFreeOrder} from '../entries';
import {idFromTitle} from '../ids';
import {resolveOptions, type Options, type PluginOptions} from '../options';
import {periodOf, today} from '../lifecycle';
import {headingAnchors} from '../markdown';
import {PERIOD_PATTERN, nextPeriod, parsePeriod, type Period} from '../period';
import {entryJsonSchemaText} from '../schema';
import {PLACEHOLDERS} from '../placeholders';
import {parseEntrySource} from '../source';
import {OVERVIEW_STATUSES, STATUSES, isStatus, type OverviewStatus} from '../statuses';
import type {Problem} from '../types';
import {githubAnnotations} from './annotations';
import {entryFileContent, tagsFileWith} from '../entryFile';
import {ARCHIVE_PAGE, importRoadmap} from '../import';
import {importReport, noThemesReport} from '../import/report';
import {currentPeriod, historyPage, readSnapshots, snapshotOf} from './closeQuarter';

/** Exit codes: what scripts and CI can rely on. */
export const EXIT = {ok: 0, problems: 1, usage: 2, noThemes: 3} as const;

class UsageError extends Error {}

const COMMON_OPTIONS = {
  'site-dir': {type: 'string'},
  help: {type: 'boolean', short: 'h'},
} satisfies ParseArgsConfig['options'];

/** Where the site serves the entries' JSON Schema from. */
export const SCHEMA_FILE = 'roadmap-entry.schema.json';

const HELP = {
  main: `Usage: docusaurus roadmap <command> [options]

Commands:
  check     Validate every roadmap entry, with the same code as the build
  new       Write a new, valid entry file
  import    Turn a single-file roadmap into entry files and an overview
  schema    Write the entry JSON Schema the site serves (static/${SCHEMA_FILE})
  close-quarter  Snapshot the roadmap into a history page and start the next period

Run "docusaurus roadmap help <command>" for a command's options.
Exit codes: 0 success, 1 problems found, 2 wrong usage.`,
  check: `Usage: docusaurus roadmap check [--site-dir <dir>]

Validates every entry file (front matter, text, unsafe markup, ids and
anchors) and prints every problem at once, with file and line. With
GITHUB_ACTIONS set, also prints them as annotations on the pull request.

Options:
  --site-dir <dir>  The Docusaurus site (default: the current directory)
  -h, --help        Show this help

Exit codes: 0 all entries valid, 1 problems found, 2 wrong usage.`,
  new: `Usage: docusaurus roadmap new "<title>" --status <status> [options]

Writes docs/<entries>/<id>.md with valid front matter, at the end of its
status, and prints its path. Refuses an id that is taken. The body (and the
summary, without --summary) is placeholder text: the check refuses it until
you write the theme's own.

Options:
  --status <status>     ${STATUSES.join(', ')} (required)
  --id <id>             Kebab-case id (default: from the title)
  --summary <text>      One line that says what the theme delivers (default: a
                        placeholder the check refuses until you replace it)
  --text <markdown>     The theme's text (default: a placeholder, as above)
  --owner <name>        Person, team or special interest group
  --tracking <url>      Tracking issue or epic
  --discussion <url>    Discussion
  --order <n>           Position within its status (default: after the last)
  --shipped-on <date>   When it shipped: YYYY-MM-DD, the quarter (2021-Q2) if only
                        that is known, or unknown (required with --status shipped)
  --shipped-in <ver>    The release it shipped in, e.g. 1.6.0 (with --status shipped)
  --dropped-reason <text>
                        One line that says why it was dropped (required with
                        --status dropped)
  --dropped-on <date>   The day it was dropped, YYYY-MM-DD (default: today)
  --site-dir <dir>      The Docusaurus site (default: the current directory)
  -h, --help            Show this help

Exit codes: 0 written, 1 refused (the entry would be invalid), 2 wrong usage.`,
  import: `Usage: docusaurus roadmap import <roadmap.md> [--out <dir>] [--force]

Reads a single-file roadmap: sections per status ("What's next", "Future
work"), per release or per quarter ("## v1.2", "## Towards v2.0", "## Q3
2025"), each with ### themes or bullets, and feature tables (Feature |
Target release | Tracking). Writes one entry file per theme, the overview
page and the tags for releases, and reports where the old file contradicted
itself (drift) and what it converted to be safe here: markup GitHub renders
is kept, anything else becomes the nearest allowed Markdown (each change
listed with its line), links into the old page's own site become links to
it (--origin) or text.

Options:
  --out <dir>       Docs folder to write into (default: the site's docs folder)
  --map <h>=<s>     The status a section heading, release or table value stands
                    for, e.g. --map "v1.2=next" --map "Backlog=future"
                    (repeatable; default: released ones shipped, the earliest
                    upcoming release next, later ones future)
  --origin <url>    The old page's address: its links into its own site
                    (/releases/x, ../docs/y.md) lead there (default: text)
  --force           Overwrite files that exist
  --site-dir <dir>  The Docusaurus site (default: the current directory)
  -h, --help        Show this help

Exit codes: 0 imported, 1 files exist or the result has problems, 2 wrong usage,
3 no themes found (a page that only points elsewhere).`,
  'close-quarter': `Usage: docusaurus roadmap close-quarter [--date YYYY-MM-DD] [--to YYYY-QN] [--force]

Closes every ended quarter from the current period up to the one containing
the closing day: writes docs/history/<period>.md for each, the roadmap as it
stands with what moved since the previous close (shipped, pulled in, slipped,
carried over, added, dropped). The roadmap then covers the quarter after
the last one closed: the site's config needs no edit (its period option is
where the roadmap started). Review the entries and open a pull request.

Options:
  --date <day>      The closing day (default: ROADMAP_BUILD_DATE or today)
  --to <quarter>    Close the quarters before this one only, e.g. 2023-Q1
  --force           Close the current period before it has ended
  --site-dir <dir>  The Docusaurus site (default: the current directory)
  -h, --help        Show this help

Exit codes: 0 closed, 1 refused (problems, too early, already closed), 2 wrong usage.`,
  schema: `Usage: docusaurus roadmap schema

Writes static/${SCHEMA_FILE}, the JSON Schema of an entry's front matter,
generated from the same schema the build validates with. The site serves it
at /${SCHEMA_FILE}. Run it after changing the schema; a test fails if the
file is out of date.

Exit codes: 0 written, 2 wrong usage.`,
};

export interface Site {
  siteDir: string;
  options: Options;
  /** The site's `staticDirectories`, from the site root; `static` if not given. */
  staticDirs?: readonly string[];
  /** Each other locale's docs folder from the site root, where its translated entries are. */
  translations?: readonly {locale: string; localizedDir: string}[];
}

/**
 * The roadmap plugin's options from the site's roadmap.config.ts, for running
 * this file directly; `docusaurus roadmap` passes the plugin's own options.
 */
async function loadSite(siteDir: string): Promise<Site> {
  const configPath = path.join(siteDir, 'roadmap.config.ts');
  if (!existsSync(configPath)) {
    throw new UsageError(
      `No roadmap.config.ts in ${siteDir}; run from the site or pass --site-dir`,
    );
  }
  const module = (await import(pathToFileURL(configPath).href)) as {
    default: PluginOptions | {default: PluginOptions};
  };
  // tsx hands a CommonJS default export over wrapped once more.
  const options = 'default' in module.default ? module.default.default : module.default;
  return {siteDir, options: resolveOptions(options)};
}

function report(problems: readonly Problem[]) {
  console.error(formatProblems(problems));
  if (process.env.GITHUB_ACTIONS) {
    console.log(githubAnnotations(problems));
  }
}

async function check(site: Site): Promise<number> {
  const started = performance.now();
  const {sources, context} = await loadRoadmap({
    siteDir: site.siteDir,
    staticDirs: site.staticDirs,
    ...site.options,
  });
  const {entries, problems} = checkEntrySources(sources, context);
  // The translated entries of each other locale, against their sources.
  let translated = 0;
  for (const {localizedDir} of site.translations ?? []) {
    const found = await checkTranslations(entries, {
      siteDir: site.siteDir,
      docsDir: site.options.docsDir,
      entriesDir: site.options.entriesDir,
      localizedDir,
      context,
    });
    translated += found.translations.size;
    problems.push(...found.problems);
  }
  const ms = Math.round(performance.now() - started);
  const where = path.posix.join(site.options.docsDir, site.options.entriesDir);
  if (problems.length > 0) {
    report(problems);
    return EXIT.problems;
  }
  const translations =
    translated > 0
      ? ` with ${translated} translation${translated === 1 ? '' : 's'} (${site.translations!.map((t) => t.locale).join(', ')})`
      : '';
  console.log(
    `✔ ${entries.length} entries in ${where}/ are valid${translations} (checked in ${ms} ms)`,
  );
  return EXIT.ok;
}

async function createEntry(site: Site, args: string[]): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...COMMON_OPTIONS,
      status: {type: 'string'},
      id: {type: 'string'},
      summary: {type: 'string'},
      owner: {type: 'string'},
      tracking: {type: 'string'},
      discussion: {type: 'string'},
      order: {type: 'string'},
      'shipped-in': {type: 'string'},
      'shipped-on': {type: 'string'},
      'dropped-reason': {type: 'string'},
      'dropped-on': {type: 'string'},
      text: {type: 'string'},
    },
  });
  const title = positionals.join(' ').trim();
  if (!title) throw new UsageError('Give the title: docusaurus roadmap new "Title" --status next');
  const status = values.status;
  if (!status || !isStatus(status)) {
    throw new UsageError(`--status must be one of ${STATUSES.join(', ')}`);
  }
  const shipped = {in: values['shipped-in'], on: values['shipped-on']};
  if (status === 'shipped' && !shipped.on) {
    throw new UsageError(
      'A shipped theme needs --shipped-on <YYYY-MM-DD> (or the quarter, e.g. 2021-Q2, or unknown), and --shipped-in <version> if it shipped in a release',
    );
  }
  if (status !== 'shipped' && (shipped.in || shipped.on)) {
    throw new UsageError('--shipped-in and --shipped-on go with --status shipped');
  }
  const dropped = {reason: values['dropped-reason'], on: values['dropped-on']};
  if (status === 'dropped' && !dropped.reason) {
    throw new UsageError(
      'A dropped theme needs --dropped-reason "<one line that says why>" (and --dropped-on <YYYY-MM-DD> if not today)',
    );
  }
  if (status !== 'dropped' && (dropped.reason || dropped.on)) {
    throw new UsageError('--dropped-reason and --dropped-on go with --status dropped');
  }
  const {options} = site;
  const {sources, context} = await loadRoadmap({
    siteDir: site.siteDir,
    staticDirs: site.staticDirs,
    ...options,
  });
  const id = values.id ?? idFromTitle(title);
  const existing = checkEntrySources(sources).entries.map((e) => ({
    status: e.status,
    order: e.data.order,
  }));
  const order = values.order === undefined ? nextFreeOrder(existing, status) : Number(values.order);
  const file = path.posix.join(options.docsDir, options.entriesDir, `${id}.md`);
  const absolute = path.join(site.siteDir, file);
  if (existsSync(absolute)) {
    console.error(`${file} already exists; pick another title or pass --id`);
    return EXIT.problems;
  }
  const content = entryFileContent({
    id,
    title,
    summary: values.summary ?? PLACEHOLDERS.summary,
    status,
    order,
    owner: values.owner,
    tracking: values.tracking,
    discussion: values.discussion,
    shipped_in: shipped.in ? {version: shipped.in} : undefined,
    shipped_on: shipped.on,
    ...(status === 'dropped'
      ? {
          dropped_on: dropped.on ?? options.buildDate ?? new Date().toISOString().slice(0, 10),
          dropped_reason: dropped.reason,
        }
      : {}),
    body: values.text ?? PLACEHOLDERS.body,
  });
  // Check the new file among the others, exactly as the build will; only
  // the placeholders it leaves for the author may remain.
  const source = await parseEntrySource(file, content);
  const problems = checkEntrySources([...sources, source], context).problems.filter(
    (p) => p.file === file && !p.placeholder,
  );
  if (problems.length > 0) {
    console.error(`Not written: ${file} would be invalid.`);
    report(problems);
    return EXIT.problems;
  }
  writeFileSync(absolute, content);
  console.log(file);
  console.error(
    values.summary && values.text
      ? `Created ${file} (${status}, order ${order}). Review it, then open a pull request.`
      : `Created ${file} (${status}, order ${order}). Write its ${[values.summary ? '' : 'summary', values.text ? '' : 'text'].filter(Boolean).join(' and ')} in place of the placeholder (the check refuses it until you do), then open a pull request.`,
  );
  return EXIT.ok;
}

async function importCommand(site: Site, args: string[]): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...COMMON_OPTIONS,
      out: {type: 'string'},
      force: {type: 'boolean'},
      map: {type: 'string', multiple: true},
      origin: {type: 'string'},
    },
  });
  const statusMap: Record<string, OverviewStatus> = {};
  for (const pair of values.map ?? []) {
    const at = pair.lastIndexOf('=');
    const status = pair.slice(at + 1).trim();
    if (at <= 0 || !(OVERVIEW_STATUSES as readonly string[]).includes(status)) {
      throw new UsageError(
        status === 'dropped'
          ? `--map cannot import themes as dropped: a dropped theme needs the day and the reason, which the old page does not give. Import them as future, then set tags: [dropped], dropped_on and dropped_reason in each file: got "${pair}"`
          : `--map takes "<heading or value>=<status>", the status one of ${OVERVIEW_STATUSES.join(', ')}: got "${pair}"`,
      );
    }
    statusMap[pair.slice(0, at).trim()] = status as OverviewStatus;
  }
  if (positionals.length !== 1) {
    throw new UsageError('Give one file: docusaurus roadmap import path/to/roadmap.md');
  }
  if (values.origin !== undefined && !/^https?:\/\/[^/\s]+/i.test(values.origin)) {
    throw new UsageError(
      `--origin takes the old page's address, e.g. https://github.com/org/repo/blob/main/ROADMAP.md: got "${values.origin}"`,
    );
  }
  const input = path.resolve(positionals[0]!);
  if (!existsSync(input)) throw new UsageError(`${positionals[0]} does not exist`);
  const {options} = site;
  // The pages it writes import the default instance's modules and take its
  // file names: for another instance they would not build.
  if (options.id !== 'default') {
    throw new UsageError(
      `import writes the pages of the roadmap instance "default", not "${options.id}": import into a site whose roadmap has the default id, then move the files`,
    );
  }
  const outDir = path.resolve(values.out ?? path.join(site.siteDir, options.docsDir));
  const result = await importRoadmap(readFileSync(input, 'utf8'), {
    entriesDir: options.entriesDir,
    statusMap,
    origin: values.origin,
  });
  const shown = (file: string) => path.relative(process.cwd(), file) || '.';
  if (result.entries.length === 0) {
    console.error(noThemesReport(shown(input)));
    return EXIT.noThemes;
  }

  // Each entry once: written out, then checked as the site will read it.
  const entryFiles = result.entries.map((entry) => ({
    file: path.posix.join(options.docsDir, options.entriesDir, `${entry.id}.md`),
    absolute: path.join(outDir, options.entriesDir, `${entry.id}.md`),
    content: entryFileContent(entry),
  }));
  const files = new Map<string, string>([
    [path.join(outDir, options.overview), result.overview],
    [path.join(outDir, 'shipped.mdx'), ARCHIVE_PAGE],
    ...entryFiles.map(({absolute, content}) => [absolute, content] as const),
  ]);
  const taken = [...files.keys()].filter((file) => existsSync(file));
  // Releases the entries were planned for become tags; the tags file declares them.
  const tagsFile = path.join(outDir, options.tagsFile);
  if (result.tags.length > 0 || !existsSync(tagsFile)) {
    files.set(
      tagsFile,
      tagsFileWith(existsSync(tagsFile) ? readFileSync(tagsFile, 'utf8') : '', result.tags),
    );
  }
  if (taken.length > 0 && !values.force) {
    console.error(
      `Refusing to overwrite ${taken.length} existing file(s), e.g. ${shown(taken[0]!)}; pass --out <empty dir> or --force`,
    );
    return EXIT.problems;
  }
  for (const [file, content] of files) {
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, content);
  }
  console.log(
    importReport(result, {
      input: shown(input),
      entriesDir: shown(path.join(outDir, options.entriesDir)),
      overview: shown(path.join(outDir, options.overview)),
    }),
  );

  // The imported entries must pass the same check as hand-written ones.
  const sources = await Promise.all(
    entryFiles.map(({file, content}) => parseEntrySource(file, content)),
  );
  const overviewFile = path.posix.join(options.docsDir, options.overview);
  const {problems} = checkEntrySources(sources, {
    overview: {file: overviewFile, anchors: headingAnchors(result.overview)},
  });
  if (problems.length > 0) {
    report(problems);
    return EXIT.problems;
  }
  return EXIT.ok;
}

async function closeQuarterCommand(site: Site, args: string[]): Promise<number> {
  const {values} = parseArgs({
    args,
    options: {
      ...COMMON_OPTIONS,
      date: {type: 'string'},
      to: {type: 'string'},
      force: {type: 'boolean'},
    },
  });
  const closedOn = values.date ?? process.env.ROADMAP_BUILD_DATE ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(closedOn)) throw new UsageError('--date must be YYYY-MM-DD');
  if (values.to !== undefined && !PERIOD_PATTERN.test(values.to)) {
    throw new UsageError('--to must be a quarter such as 2026-Q4');
  }
  const {siteDir, options} = site;
  const {sources, context} = await loadRoadmap({siteDir, staticDirs: site.staticDirs, ...options});
  const {entries, problems} = checkEntrySources(sources, context);
  if (problems.length > 0) {
    report(problems);
    return EXIT.problems;
  }
  const historyDir = path.join(siteDir, options.docsDir, options.historyDir);
  const snapshots = await readSnapshots(historyDir);
  const first = currentPeriod(parsePeriod(options.period), snapshots);
  // Every ended quarter up to the one containing the day (or --to), in order;
  // with --force, the current one too.
  const target = values.to ?? periodOf(closedOn).id;
  const toClose: Period[] = [];
  for (let period = first; period.id < target; period = nextPeriod(period)) {
    if (period.end >= closedOn && !values.force) break;
    toClose.push(period);
  }
  if (toClose.length === 0 && values.force && first.id === target) toClose.push(first);
  if (toClose.length === 0) {
    console.error(
      `${first.shortLabel} runs until ${first.end}; close it after that, or pass --force to close early.`,
    );
    return EXIT.problems;
  }
  const fileOf = (period: Period) => path.join(historyDir, `${period.id.toLowerCase()}.md`);
  const closed = toClose.find((period) => existsSync(fileOf(period)));
  if (closed) {
    console.error(
      `${path.relative(process.cwd(), fileOf(closed))} exists: ${closed.id} is already closed.`,
    );
    return EXIT.problems;
  }
  const next = nextPeriod(toClose.at(-1)!);
  let previous = snapshots.filter((s) => s.period < first.id).at(-1);
  mkdirSync(historyDir, {recursive: true});
  // Quarters nobody updated the roadmap in are closed with it as it is now:
  // that is what readers saw then. All of them are closed today.
  for (const period of toClose) {
    const snapshot = snapshotOf(entries, period, closedOn);
    writeFileSync(fileOf(period), historyPage(snapshot, previous));
    console.log(path.relative(process.cwd(), fileOf(period)));
    previous = snapshot;
  }
  const closedText =
    toClose.length === 1
      ? toClose[0]!.shortLabel
      : `${toClose.length} quarters, ${toClose[0]!.shortLabel} to ${toClose.at(-1)!.shortLabel}`;
  console.error(
    `Closed ${closedText}; the roadmap now covers ${next.id} (${next.shortLabel}), after the last closed quarter. ` +
      'Review the entries (last_reviewed, statuses), then open a pull request.',
  );
  return EXIT.ok;
}

/**
 * Runs a command, e.g. `["check"]`. `site` is the site and its plugin options
 * when run as `docusaurus roadmap`; without it, `--site-dir` (default: the
 * current directory) and the site's `roadmap.config.ts` say where.
 */
export async function mainCli(argv: string[], site?: Site): Promise<number> {
  const [command, ...args] = argv;
  // `help <command>`: Docusaurus's own option parser answers `--help` itself.
  if (command === 'help' && args[0] && args[0] in HELP && args[0] !== 'main') {
    console.log(HELP[args[0] as keyof typeof HELP]);
    return EXIT.ok;
  }
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP.main);
    return command ? EXIT.ok : EXIT.usage;
  }
  if (!(command in HELP) || command === 'main') {
    console.error(`Unknown command "${command}".\n\n${HELP.main}`);
    return EXIT.usage;
  }
  const name = command as Exclude<keyof typeof HELP, 'main'>;
  try {
    const {values} = parseArgs({args, options: COMMON_OPTIONS, strict: false});
    if (values.help) {
      console.log(HELP[name]);
      return EXIT.ok;
    }
    const requested = values['site-dir'] === undefined ? undefined : String(values['site-dir']);
    if (site && requested !== undefined && path.resolve(requested) !== path.resolve(site.siteDir)) {
      // Docusaurus loaded the site (and the plugin's options) from where it runs.
      throw new UsageError(
        `--site-dir ${requested} is not the site Docusaurus loaded (${site.siteDir}): run the command in that site's folder instead`,
      );
    }
    site ??= await loadSite(path.resolve(requested ?? '.'));
    if (name === 'check') {
      parseArgs({args, options: COMMON_OPTIONS});
      return await check(site);
    }
    if (name === 'schema') {
      parseArgs({args, options: COMMON_OPTIONS});
      const file = path.join(site.siteDir, 'static', SCHEMA_FILE);
      writeFileSync(file, entryJsonSchemaText());
      console.log(path.relative(process.cwd(), file));
      return EXIT.ok;
    }
    if (name === 'close-quarter') return await closeQuarterCommand(site, args);
    return name === 'new' ? await createEntry(site, args) : await importCommand(site, args);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      console.error(`${(error as Error).message}\n\n${HELP[name]}`);
      return EXIT.usage;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    String((error as {code: unknown}).code).startsWith('ERR_PARSE_ARGS')
  );
}

if (require.main === module) {
  mainCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = EXIT.problems;
    },
  );
}
