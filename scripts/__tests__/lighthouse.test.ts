import assert from 'node:assert/strict';
import {test} from 'node:test';
import {met} from '../bench/budgets';
import {lighthouseReport, type LighthouseRun} from '../bench/lighthouse';

const run = (score: number, lcp = 1500): LighthouseRun => ({
  score,
  lcp,
  fcp: 900,
  tbt: 20,
  cls: 0,
  lcpElement: 'h1',
  lcpPhases: 'TTFB 10 ms',
});

function report(ours: number[], baseline: number[]) {
  const results = new Map([
    ['ours', {mobile: ours.map((s) => run(s)), desktop: []}],
    ['base', {mobile: baseline.map((s) => run(s)), desktop: []}],
  ]);
  return lighthouseReport(results, 'ours', 'base', ['mobile']);
}

test('every run must score at least as well as the baseline run beside it, not only the median', () => {
  const {budgets} = report([99, 90, 99], [95, 95, 95]);
  const scores = budgets.filter((b) => b.name.includes('performance'));
  assert.deepEqual(
    scores.map((b) => [b.value, b.limit, met(b)]),
    [
      [99, 95, true],
      [90, 95, false],
      [99, 95, true],
    ],
  );
  assert.match(scores[1]!.name, /run 2/);
});

test('the table shows every run of both sites with LCP, TBT and CLS', () => {
  const {lines} = report([97, 98], [93, 94]);
  assert.match(lines[0]!, /performance \| LCP \(ms\) \| TBT \(ms\) \| CLS/);
  assert.ok(
    lines.some((line) =>
      line.startsWith('| ours, mobile | 97 / 98 | 1500 / 1500 | 20 / 20 | 0.000 / 0.000 |'),
    ),
  );
  assert.ok(lines.some((line) => line.startsWith('| base, mobile | 93 / 94 |')));
});
