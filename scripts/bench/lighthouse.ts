/**
 * Lighthouse on this site's overview and on the plain Docusaurus baseline's
 * page, side by side: each served with gzip on 127.0.0.1 as a real host
 * would, runs interleaved (ours, baseline, ours…) so drift in the machine's
 * load hits both alike; each of our runs must score at least as well as the
 * baseline's run beside it.
 *
 *   npm run build && npm run bench:lighthouse -- [--runs 3] [--page roadmap] [--dir build]
 *
 * The baseline is installed and built under .tmp/bench on first use.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, findChromium} from '../../tests/chromium';
import {startStaticServer} from '../serve';
import {budgetReport, type Budget} from './budgets';
import {buildBaseline, median} from './baseline';

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseRun {
  score: number;
  /** Milliseconds, as Lighthouse simulates them. */
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  /** The LCP element, as Lighthouse labels it, and where its time went. */
  lcpElement: string;
  lcpPhases: string;
}

interface Audit {
  numericValue?: number;
  details?: {items?: {items?: Record<string, unknown>[]}[]};
}

function lcpDetails(audit: Audit | undefined): {element: string; phases: string} {
  const tables = audit?.details?.items ?? [];
  const node = tables[0]?.items?.[0]?.node as {nodeLabel?: string; snippet?: string} | undefined;
  const phases = (tables[1]?.items ?? [])
    .map((row) => `${String(row.phase)} ${Math.round(Number(row.timing))} ms`)
    .join(', ');
  return {element: node?.nodeLabel ?? node?.snippet ?? '?', phases};
}

/** Runs Lighthouse once per site and form factor, `runs` times, interleaved. */
export async function lighthouseRuns(
  sites: readonly {name: string; dir: string}[],
  {page, runs, formFactors}: {page: string; runs: number; formFactors: readonly FormFactor[]},
): Promise<Map<string, Record<FormFactor, LighthouseRun[]>>> {
  const {default: lighthouse} = await import('lighthouse');
  const {launch} = await import('chrome-launcher');
  const {default: desktopConfig} = await import('lighthouse/core/config/desktop-config.js');
  const servers = await Promise.all(
    sites.map((site) => startStaticServer({dir: site.dir, gzip: true})),
  );
  const results = new Map(
    sites.map((site) => [
      site.name,
      {mobile: [], desktop: []} as Record<FormFactor, LighthouseRun[]>,
    ]),
  );
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'));
  const chrome = await launch({
    chromePath: findChromium() ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    userDataDir,
  });
  try {
    for (let run = 0; run < runs; run++) {
      for (const formFactor of formFactors) {
        for (const [i, site] of sites.entries()) {
          const result = await lighthouse(
            servers[i]!.url + page,
            {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance']},
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`Lighthouse returned nothing for ${site.name}`);
          const {categories, audits} = result.lhr;
          const value = (id: string) => audits[id]?.numericValue ?? NaN;
          const {element, phases} = lcpDetails(
            audits['largest-contentful-paint-element'] as Audit | undefined,
          );
          results.get(site.name)![formFactor].push({
            score: Math.round((categories.performance?.score ?? 0) * 100),
            lcp: value('largest-contentful-paint'),
            fcp: value('first-contentful-paint'),
            tbt: value('total-blocking-time'),
            cls: value('cumulative-layout-shift'),
            lcpElement: element,
            lcpPhases: phases,
          });
          console.error(
            `[lighthouse] ${formFactor} ${run + 1}/${runs} ${site.name}: ${results.get(site.name)![formFactor].at(-1)!.score}`,
          );
        }
      }
    }
  } finally {
    await chrome.kill();
    await Promise.all(servers.map((server) => server.close()));
    rmSync(userDataDir, {recursive: true, force: true});
  }
  return results;
}

/**
 * A report table of every run (score, LCP, TBT, CLS of each), and the
 * budgets: in every run, our score at or above the baseline's run beside it
 * (the runs are interleaved, so each pair met the same machine); on mobile,
 * our median LCP at or below the baseline's.
 */
export function lighthouseReport(
  results: Map<string, Record<FormFactor, LighthouseRun[]>>,
  ours: string,
  baseline: string,
  formFactors: readonly FormFactor[],
  label = '',
): {lines: string[]; budgets: Budget[]} {
  const each = (runs: LighthouseRun[], value: (run: LighthouseRun) => string) =>
    runs.map(value).join(' / ');
  const lines = [
    `| Lighthouse${label}, each run | performance | LCP (ms) | TBT (ms) | CLS | LCP element: phases (last run) |`,
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const budgets: Budget[] = [];
  for (const formFactor of formFactors) {
    for (const name of [ours, baseline]) {
      const runs = results.get(name)![formFactor];
      const last = runs.at(-1)!;
      lines.push(
        `| ${name}, ${formFactor} | ${each(runs, (r) => String(r.score))} | ${each(runs, (r) => r.lcp.toFixed(0))} | ${each(runs, (r) => r.tbt.toFixed(0))} | ${each(runs, (r) => r.cls.toFixed(3))} | ${last.lcpElement.replaceAll('|', '/')}: ${last.lcpPhases} |`,
      );
    }
    const theirs = results.get(baseline)![formFactor];
    results.get(ours)![formFactor].forEach((run, i) => {
      budgets.push({
        name: `Lighthouse ${formFactor} performance${label}, run ${i + 1}, ≥ the baseline's run ${i + 1}`,
        value: run.score,
        limit: theirs[i]!.score,
        kind: 'min',
        unit: '',
      });
    });
    // Mobile, where a slow render shows; desktop LCPs are a few hundred ms.
    if (formFactor === 'desktop') continue;
    const lcp = (name: string) => median(results.get(name)![formFactor].map((r) => r.lcp));
    budgets.push({
      name: `Lighthouse ${formFactor} LCP${label}, median ≤ baseline median`,
      value: lcp(ours),
      limit: lcp(baseline),
      kind: 'max',
      unit: ' ms',
    });
  }
  return {lines, budgets};
}

async function main() {
  const {values: args} = parseArgs({
    options: {
      page: {type: 'string', default: 'roadmap'},
      dir: {type: 'string', default: 'build'},
      runs: {type: 'string', default: '3'},
      help: {type: 'boolean', short: 'h', default: false},
    },
  });
  if (args.help) {
    console.log('usage: npm run bench:lighthouse -- [--runs 3] [--page roadmap] [--dir build]');
    return;
  }
  const ours = path.resolve(args.dir!);
  const baseline = await buildBaseline();
  const formFactors = ['mobile', 'desktop'] as const;
  const results = await lighthouseRuns(
    [
      {name: 'roadmap site', dir: ours},
      {name: 'baseline', dir: baseline},
    ],
    {page: args.page!, runs: Number(args.runs), formFactors},
  );
  const {lines, budgets} = lighthouseReport(results, 'roadmap site', 'baseline', formFactors);
  // Desktop has nothing to gain over a perfect score: it must stay there.
  const desktop = median(results.get('roadmap site')!.desktop.map((r) => r.score));
  budgets.push({
    name: 'Lighthouse desktop performance, median',
    value: desktop,
    limit: 100,
    kind: 'min',
    unit: '',
  });
  const report = budgetReport(budgets);
  console.log(
    [
      `Lighthouse /${args.page} (served with gzip), ${args.runs} runs each, interleaved`,
      '',
      ...lines,
      '',
      '## Budgets',
      '',
      ...report.lines,
    ].join('\n'),
  );
  if (!report.ok) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
