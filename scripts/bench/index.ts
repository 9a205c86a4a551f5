/**
 * Benchmarks the roadmap site against a plain Docusaurus site with the same
 * roadmap as one page (bench/baseline), in one run, and checks the budgets.
 *
 *   npm run bench -- [--runs 3] [--scale 1000] [--no-scale] [--no-hmr] [--no-start] [--report FILE]
 *
 * Exits 1 when a budget is missed; the report's last section says which, and
 * by how much. Lighthouse (mobile, both sizes) is part of it; on the normal
 * size, desktop too: `npm run bench:lighthouse`.
 */
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {startStaticServer} from '../serve';
import {copySite, removeTranslatedDocs} from '../copySite';
import {writeEntries} from '../generate-entries';
import {measurePage, type Weight} from './pageWeight';
import {measureHotReload} from './hotReload';
import {measureStartup} from './startup';
import {BASELINE_BIN, BASELINE_DIR, median, prepareBaseline, ROOT, WORK} from './baseline';
import {budgetReport, met, type Budget} from './budgets';
import {perfSteps} from './perfSteps';
import {lighthouseReport, lighthouseRuns} from './lighthouse';

const DOCUSAURUS = require.resolve('@docusaurus/core/bin/docusaurus.mjs');
const RSS_REPORTER = path.join(__dirname, 'report-rss.cjs');
/** The root package.json's prebuild: the plugin's own build. */
const PLUGIN_BUILD = path.join(ROOT, 'packages', 'docusaurus-plugin-roadmap', 'build.mjs');

const {values: args} = parseArgs({
  options: {
    runs: {type: 'string', default: '3'},
    scale: {type: 'string', default: '1000'},
    'no-scale': {type: 'boolean', default: false},
    'no-hmr': {type: 'boolean', default: false},
    'no-start': {type: 'boolean', default: false},
    report: {type: 'string', default: path.join(WORK, 'report.md')},
    help: {type: 'boolean', short: 'h', default: false},
  },
});

if (args.help) {
  console.log(
    readFileSync(__filename, 'utf8')
      .split('*/')[0]!
      .replace(/^\/\*\*|^ \* ?/gm, ''),
  );
  process.exit(0);
}

interface Site {
  name: string;
  dir: string;
  env?: Record<string, string>;
  /** The docusaurus binary of the site's own install. */
  bin: string;
  /**
   * What the site's `npm run build` runs before `docusaurus build` (this
   * site: the plugin's build, a no-op while its sources are unchanged).
   */
  prebuild?: string[];
}

interface BuildResult {
  /** The whole `npm run build`: prebuild and `docusaurus build`. */
  seconds: number;
  /** Of which the prebuild. */
  prebuildSeconds: number;
  peakMb: number;
  /** Docusaurus's own timings of each step (DOCUSAURUS_PERF_LOGGER), in ms. */
  steps: Map<string, number>;
}

function log(message: string) {
  console.error(`[bench] ${message}`);
}

/**
 * A production build, as `npm run build` runs it. Cold: no .docusaurus, no
 * bundler cache, no output. Warm: right after another build, caches kept.
 */
async function timedBuild(site: Site, outDir: string, cold = true): Promise<BuildResult> {
  if (cold) {
    for (const dir of ['.docusaurus', 'node_modules/.cache']) {
      rmSync(path.join(site.dir, dir), {recursive: true, force: true});
    }
    rmSync(outDir, {recursive: true, force: true});
  }
  const rssFile = path.join(WORK, `rss-${process.pid}.txt`);
  const started = performance.now();
  if (site.prebuild) {
    const [command, ...commandArgs] = site.prebuild;
    const result = spawnSync(command!, commandArgs, {cwd: site.dir, stdio: 'ignore'});
    if (result.status !== 0) throw new Error(`${site.name} prebuild failed`);
  }
  const prebuildSeconds = (performance.now() - started) / 1000;
  let stdout = '';
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--require', RSS_REPORTER, site.bin, 'build', site.dir, '--out-dir', outDir],
      {
        cwd: site.dir,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          ...site.env,
          BENCH_RSS_FILE: rssFile,
          DOCUSAURUS_PERF_LOGGER: 'true',
        },
      },
    );
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${site.name} build failed:\n${stderr}`)),
    );
  });
  const seconds = (performance.now() - started) / 1000;
  const peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  return {seconds, prebuildSeconds, peakMb, steps: perfSteps(stdout)};
}

async function weigh(outDir: string, pagePath: string): Promise<Weight> {
  // Gzip-compressed, as a host serves it: the weight is what a reader receives.
  const server = await startStaticServer({dir: outDir});
  try {
    return await measurePage(server.url + pagePath);
  } finally {
    await server.close();
  }
}

/**
 * The slowest of Docusaurus's build steps (median over the runs), and every
 * step of the roadmap plugin's own lifecycle, however short.
 */
function stepTable(results: readonly BuildResult[], site = 'this site'): string[] {
  const labels = new Set(results.flatMap((r) => [...r.steps.keys()]));
  const rows = [...labels]
    .map((label) => [label, median(results.map((r) => r.steps.get(label) ?? 0))] as const)
    .filter(([label, ms]) => ms >= 100 || /roadmap/i.test(label))
    .sort((a, b) => b[1] - a[1]);
  return [
    `| Build step (${site}, DOCUSAURUS_PERF_LOGGER) | median (ms) |`,
    '| --- | --- |',
    ...rows.map(([label, ms]) => `| ${label.replaceAll('|', '/')} | ${ms.toFixed(0)} |`),
  ];
}

/**
 * A copy of this site without the offline search theme (its config's
 * `themes` list emptied, the search page's wrapper removed), to attribute
 * build time.
 */
function withoutSearch(): string {
  const dir = path.join(WORK, 'no-search-site');
  copySite(dir);
  const config = path.join(dir, 'docusaurus.config.ts');
  const text = readFileSync(config, 'utf8');
  const edited = text.replace(/^ {2}themes: \[\n[\s\S]*?^ {2}\],$/m, '  themes: [],');
  if (edited === text) throw new Error("the bench could not find the config's themes list");
  writeFileSync(config, edited);
  rmSync(path.join(dir, 'src', 'theme', 'SearchPage'), {recursive: true});
  return dir;
}

/**
 * The locales a build holds: the default one at the root, each other in a
 * folder of its own with its own 404 page (Docusaurus's output shape).
 */
function builtLocales(outDir: string): string[] {
  const others = readdirSync(outDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(path.join(outDir, entry.name, '404.html')))
    .map((entry) => entry.name);
  return ['default', ...others];
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (a: number, b: number) => (a / b).toFixed(2);

async function main() {
  const runs = Number(args.runs);
  mkdirSync(WORK, {recursive: true});
  const baselineDir = BASELINE_DIR;
  const baselineBin = BASELINE_BIN;
  prepareBaseline();

  const ours: Site = {
    name: 'roadmap site',
    dir: ROOT,
    bin: DOCUSAURUS,
    prebuild: [process.execPath, PLUGIN_BUILD],
  };
  // Not a budget: how much of this site's time is its offline search theme's
  // (a site choice, not the roadmap plugin's), which plain Docusaurus lacks.
  const noSearch: Site = {...ours, name: 'roadmap site without search', dir: withoutSearch()};
  const baseDefault: Site = {name: 'baseline (default)', dir: baselineDir, bin: baselineBin};
  const baseFaster: Site = {
    name: 'baseline (faster)',
    dir: baselineDir,
    bin: baselineBin,
    env: {DOCUSAURUS_FASTER: '1'},
  };

  // Interleaved, so drift in the machine's load hits every site alike.
  const builds = new Map<Site, BuildResult[]>([
    [ours, []],
    [noSearch, []],
    [baseDefault, []],
    [baseFaster, []],
  ]);
  const warmBuilds = new Map<Site, BuildResult[]>([
    [ours, []],
    [noSearch, []],
    [baseFaster, []],
  ]);
  const outDirs = new Map<Site, string>();
  for (let run = 1; run <= runs; run++) {
    for (const site of builds.keys()) {
      const outDir = path.join(WORK, `out-${site.name.replace(/\W+/g, '-')}`);
      outDirs.set(site, outDir);
      log(`cold build ${run}/${runs}: ${site.name}`);
      builds.get(site)!.push(await timedBuild(site, outDir));
      if (!warmBuilds.has(site)) continue;
      log(`warm build ${run}/${runs}: ${site.name}`);
      warmBuilds.get(site)!.push(await timedBuild(site, outDir, false));
    }
  }
  const time = (site: Site) => median(builds.get(site)!.map((b) => b.seconds));
  const warmTime = (site: Site) => median(warmBuilds.get(site)!.map((b) => b.seconds));
  const peak = (site: Site) => Math.max(...builds.get(site)!.map((b) => b.peakMb));

  log('weighing /roadmap in Chromium');
  const ourWeight = await weigh(outDirs.get(ours)!, 'roadmap');
  const baseWeight = await weigh(outDirs.get(baseFaster)!, 'roadmap');
  const ourHome = await weigh(outDirs.get(ours)!, '');
  const baseHome = await weigh(outDirs.get(baseFaster)!, '');

  const lines: string[] = [];
  const budgets: Budget[] = [];
  const budget = (name: string, value: number, limit: number) =>
    budgets.push({name, value, limit, kind: 'max', unit: '×'});

  lines.push(`# Benchmark: roadmap site vs plain Docusaurus`, '');
  lines.push(
    `${runs} cold and warm build(s) each, median; ${os.availableParallelism()} cores; Node ${process.version}; ${new Date().toISOString()}.`,
    '',
  );
  lines.push(
    '| `npm run build`, cold | time (s) | of which prebuild (s) | peak memory (MB) | ÷ baseline (faster) |',
    '| --- | --- | --- | --- | --- |',
  );
  const prebuild = (site: Site) => median(builds.get(site)!.map((b) => b.prebuildSeconds));
  for (const site of builds.keys()) {
    lines.push(
      `| ${site.name} | ${time(site).toFixed(1)} | ${prebuild(site).toFixed(2)} | ${peak(site).toFixed(0)} | ${ratio(time(site), time(baseFaster))} |`,
    );
  }
  lines.push(
    '',
    '| `npm run build`, warm (caches of the build before) | time (s) | of which prebuild (s) | ÷ baseline (faster) |',
    '| --- | --- | --- | --- |',
  );
  for (const site of warmBuilds.keys()) {
    const prebuilt = median(warmBuilds.get(site)!.map((b) => b.prebuildSeconds));
    lines.push(
      `| ${site.name} | ${warmTime(site).toFixed(1)} | ${prebuilt.toFixed(2)} | ${ratio(warmTime(site), warmTime(baseFaster))} |`,
    );
  }
  // The site builds every locale it speaks; the plain baseline, one. The
  // goals hold per locale (the whole build is in the tables above).
  const locales = builtLocales(outDirs.get(ours)!);
  lines.push(
    '',
    `| per locale (this site builds ${locales.length}: ${locales.join(', ')}) | cold (s) | warm (s) | cold ÷ baseline (faster) | warm ÷ baseline (faster) |`,
    '| --- | --- | --- | --- | --- |',
    `| roadmap site | ${(time(ours) / locales.length).toFixed(1)} | ${(warmTime(ours) / locales.length).toFixed(1)} | ${ratio(time(ours) / locales.length, time(baseFaster))} | ${ratio(warmTime(ours) / locales.length, warmTime(baseFaster))} |`,
  );
  budget(
    'cold build per locale ÷ baseline default',
    time(ours) / locales.length / time(baseDefault),
    0.3,
  );
  budget(
    'cold build per locale ÷ baseline faster',
    time(ours) / locales.length / time(baseFaster),
    1.15,
  );
  budget(
    'warm build per locale ÷ baseline faster, warm',
    warmTime(ours) / locales.length / warmTime(baseFaster),
    1.15,
  );

  const all = (w: Weight) => Object.values(w.transferred).reduce((a, b) => a + b, 0);
  lines.push(
    '',
    '| /roadmap, requests before `load` (Chromium) | roadmap site | baseline | ratio |',
    '| --- | --- | --- | --- |',
  );
  lines.push(
    `| requests | ${ourWeight.requests} | ${baseWeight.requests} | ${ratio(ourWeight.requests, baseWeight.requests)} |`,
  );
  for (const kind of ['html', 'js', 'css', 'other'] as const) {
    for (const enc of ['transferred', 'raw'] as const) {
      const a = ourWeight[enc][kind];
      const b = baseWeight[enc][kind];
      lines.push(`| ${kind.toUpperCase()} ${enc} (KB) | ${kb(a)} | ${kb(b)} | ${ratio(a, b)} |`);
    }
  }
  lines.push(
    `| all transferred (KB) | ${kb(all(ourWeight))} | ${kb(all(baseWeight))} | ${ratio(all(ourWeight), all(baseWeight))} |`,
  );
  lines.push(
    `| off-origin requests | ${ourWeight.thirdParty.length} | ${baseWeight.thirdParty.length} | |`,
  );
  // Each other locale's overview: its main bundle carries that language's texts.
  for (const locale of locales.slice(1)) {
    const weight = await weigh(outDirs.get(ours)!, `${locale}/roadmap`);
    lines.push(
      `| /${locale}/roadmap: JS transferred (KB) | ${kb(weight.transferred.js)} | ${kb(baseWeight.transferred.js)} | ${ratio(weight.transferred.js, baseWeight.transferred.js)} |`,
      `| /${locale}/roadmap: all transferred (KB) | ${kb(all(weight))} | ${kb(all(baseWeight))} | ${ratio(all(weight), all(baseWeight))} |`,
    );
  }
  budget(
    '/roadmap JS transferred ÷ baseline',
    ourWeight.transferred.js / baseWeight.transferred.js,
    0.85,
  );
  budget(
    '/roadmap CSS transferred ÷ baseline',
    ourWeight.transferred.css / baseWeight.transferred.css,
    1,
  );
  budget('/roadmap all transferred ÷ baseline', all(ourWeight) / all(baseWeight), 0.9);
  budgets.push({
    name: 'off-origin requests',
    value: ourWeight.thirdParty.length,
    limit: 0,
    kind: 'max',
    unit: '',
  });
  lines.push('', ...stepTable(builds.get(ours)!));

  log(`Lighthouse: mobile, ${runs} runs each, interleaved`);
  const lighthouse = await lighthouseRuns(
    [
      {name: ours.name, dir: outDirs.get(ours)!},
      {name: baseFaster.name, dir: outDirs.get(baseFaster)!},
    ],
    {page: 'roadmap', runs, formFactors: ['mobile']},
  );
  const lh = lighthouseReport(lighthouse, ours.name, baseFaster.name, ['mobile']);
  lines.push('', ...lh.lines);
  budgets.push(...lh.budgets);

  if (!args['no-start']) {
    // `npm start` on a cold cache until /roadmap shows, interleaved. A clean
    // clone's `npm ci` has built the plugin already; its first build, timed
    // here from scratch, is the most `npm start` may add over the baseline.
    const starts = {ours: [] as number[], base: [] as number[]};
    for (let run = 1; run <= runs; run++) {
      log(`npm start ${run}/${runs}: roadmap site, baseline (faster)`);
      starts.ours.push(await measureStartup({...ours, prestart: ours.prebuild}, 'roadmap'));
      starts.base.push(await measureStartup(baseFaster, 'roadmap'));
    }
    const forced = performance.now();
    const rebuilt = spawnSync(process.execPath, [PLUGIN_BUILD, '--force'], {stdio: 'ignore'});
    if (rebuilt.status !== 0) throw new Error('the plugin failed to build');
    const pluginBuild = (performance.now() - forced) / 1000;
    const [a, b] = [median(starts.ours), median(starts.base)];
    lines.push(
      '',
      '| `npm start` → /roadmap shown, cold cache | roadmap site | baseline (faster) | ratio |',
      '| --- | --- | --- | --- |',
      `| seconds, median of ${runs} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${ratio(a, b)} |`,
      `| the plugin's first build (s), from scratch | ${pluginBuild.toFixed(1)} | | |`,
    );
    budgets.push({
      name: '`npm start` − baseline, seconds (≤ the plugin’s first build)',
      value: a - b,
      limit: pluginBuild,
      kind: 'max',
      unit: ' s',
    });
  }

  if (!args['no-scale']) {
    const count = Number(args.scale);
    log(`scale run: ${count} generated themes vs ${count} plain docs`);
    const scaleSite = path.join(WORK, 'scale-site');
    copySite(scaleSite);
    // Its roadmap is generated: the demo's translations would translate entries it lacks.
    removeTranslatedDocs(scaleSite);
    // Only generated themes, so the count is exact.
    rmSync(path.join(scaleSite, 'docs/roadmap'), {recursive: true});
    writeEntries(count, path.join(scaleSite, 'docs/roadmap'));
    writeEntries(count, path.join(baselineDir, 'docs/gen'), 'doc');
    const scaleOurs: Site = {
      name: `roadmap site, ${count} themes`,
      dir: scaleSite,
      bin: DOCUSAURUS,
      prebuild: ours.prebuild,
    };
    const scaleBase: Site = {...baseFaster, name: `baseline (faster), ${count} docs`};
    const scaleOut = path.join(WORK, 'out-scale-site');
    const scaleBaseOut = path.join(WORK, 'out-scale-baseline');
    log(`cold build: ${scaleOurs.name}`);
    const a = await timedBuild(scaleOurs, scaleOut);
    log(`cold build: ${scaleBase.name}`);
    const b = await timedBuild(scaleBase, scaleBaseOut);
    rmSync(path.join(baselineDir, 'docs/gen'), {recursive: true, force: true});
    const scaleWeight = await weigh(scaleOut, 'roadmap');
    const scaleBaseWeight = await weigh(scaleBaseOut, 'roadmap');
    const scaleHome = await weigh(scaleOut, '');
    const scaleBaseHome = await weigh(scaleBaseOut, '');
    const total = all;
    const homeJs = (w: Weight) => w.transferred.js + w.transferred.html;
    // Every Docusaurus page carries the route manifest, so the home page grows
    // with any site; it must not grow more than the baseline's does.
    const ourGrowth = homeJs(scaleHome) - homeJs(ourHome);
    const baseGrowth = homeJs(scaleBaseHome) - homeJs(baseHome);
    lines.push(
      '',
      `| Scale: ${count} | roadmap site | baseline (faster) | ratio |`,
      '| --- | --- | --- | --- |',
    );
    lines.push(
      `| cold build (s) | ${a.seconds.toFixed(1)} | ${b.seconds.toFixed(1)} | ${ratio(a.seconds, b.seconds)} |`,
    );
    lines.push(
      `| peak memory (MB) | ${a.peakMb.toFixed(0)} | ${b.peakMb.toFixed(0)} | ${ratio(a.peakMb, b.peakMb)} |`,
    );
    lines.push(
      `| /roadmap all transferred (KB) | ${kb(total(scaleWeight))} | ${kb(total(scaleBaseWeight))} | ${ratio(total(scaleWeight), total(scaleBaseWeight))} |`,
    );
    lines.push(
      `| home page HTML+JS transferred (KB) | ${kb(homeJs(scaleHome))} | ${kb(homeJs(scaleBaseHome))} | ${ratio(homeJs(scaleHome), homeJs(scaleBaseHome))} |`,
    );
    lines.push(
      `| home page growth from normal size (KB) | ${kb(ourGrowth)} | ${kb(baseGrowth)} | ${ratio(ourGrowth, baseGrowth)} |`,
    );
    budget(`${count} themes build ÷ baseline ${count} docs`, a.seconds / b.seconds, 1.0);
    budget(
      `${count}-theme /roadmap weight ÷ baseline doc page`,
      total(scaleWeight) / total(scaleBaseWeight),
      1.0,
    );
    // Roadmap data on every page (global data would put it there) would make
    // the home page heavier than the baseline's, which carries none.
    budget(
      `home page at ${count} ÷ baseline home page at ${count}`,
      homeJs(scaleHome) / homeJs(scaleBaseHome),
      1.0,
    );
    lines.push('', ...stepTable([a], `${count} themes`));

    log(`Lighthouse at ${count}: mobile, ${runs} runs each, interleaved`);
    const scaleLighthouse = await lighthouseRuns(
      [
        {name: scaleOurs.name, dir: scaleOut},
        {name: scaleBase.name, dir: scaleBaseOut},
      ],
      {page: 'roadmap', runs, formFactors: ['mobile']},
    );
    const scaleLh = lighthouseReport(
      scaleLighthouse,
      scaleOurs.name,
      scaleBase.name,
      ['mobile'],
      ` at ${count}`,
    );
    lines.push('', ...scaleLh.lines);
    budgets.push(...scaleLh.budgets);
  }

  if (!args['no-hmr']) {
    log('hot reload: saving an entry in npm start until the table shows it');
    const latencies = await measureHotReload(ROOT, 5);
    lines.push(
      '',
      '| Hot reload (npm start) | median (ms) | min | max |',
      '| --- | --- | --- | --- |',
    );
    lines.push(
      `| entry front matter saved → table updated | ${median(latencies).toFixed(0)} | ${Math.min(...latencies).toFixed(0)} | ${Math.max(...latencies).toFixed(0)} |`,
    );
  }

  const result = budgetReport(budgets);
  lines.push('', '## Budgets', '', ...result.lines);
  const report = lines.join('\n') + '\n';
  mkdirSync(path.dirname(args.report!), {recursive: true});
  writeFileSync(args.report!, report);
  console.log(report);
  log(`report written to ${path.relative(process.cwd(), args.report!)}`);
  if (!result.ok) {
    log(`${budgets.filter((b) => !met(b)).length} budget(s) missed: see the report's last section`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
