import assert from 'node:assert/strict';
import {test} from 'node:test';
import {budgetReport, describe, type Budget} from '../bench/budgets';

const ratio = (value: number): Budget => ({
  name: '/roadmap JS gzip ÷ baseline',
  value,
  limit: 1,
  kind: 'max',
  unit: '×',
});

test('a met budget passes and says its bound', () => {
  assert.equal(describe(ratio(0.856)), 'PASS /roadmap JS gzip ÷ baseline: 0.856× (≤ 1.000×)');
  assert.equal(describe(ratio(1)), 'PASS /roadmap JS gzip ÷ baseline: 1.000× (≤ 1.000×)');
});

test('a missed maximum says by how much it is over', () => {
  assert.equal(
    describe(ratio(1.07)),
    'FAIL /roadmap JS gzip ÷ baseline: 1.070× (≤ 1.000×): over by 0.070× (7.0%)',
  );
});

test('a missed minimum says by how much it is under', () => {
  const score: Budget = {name: 'mobile score', value: 91, limit: 94, kind: 'min', unit: ''};
  assert.equal(describe(score), 'FAIL mobile score: 91 (≥ 94): under by 3 (3.2%)');
});

test('the report fails when any one budget fails', () => {
  assert.equal(budgetReport([ratio(0.9), ratio(0.99)]).ok, true);
  const report = budgetReport([ratio(0.9), ratio(1.2)]);
  assert.equal(report.ok, false);
  assert.deepEqual(
    report.lines.map((line) => line.slice(0, 6)),
    ['- PASS', '- FAIL'],
  );
});

test("Docusaurus's step timings are read in ms and seconds, SSG tasks added up per worker", async () => {
  const {perfSteps} = await import('../bench/perfSteps');
  const steps = perfSteps(
    [
      '\x1b[33m[PERF]\x1b[39m Build > en > SSG - \x1b[33m220.5 ms\x1b[39m - (Heap 1mb -> 2mb / Total 3mb)',
      '[PERF] Build > en > Bundling with rspack - 2.38 seconds! - (Heap 1mb)',
      '[PERF] SSG Worker 1 - Task 3 - Rendering 10 pathnames - 100 ms - (Heap 1mb)',
      '[PERF] SSG Worker 1 - Task 4 - Rendering 10 pathnames - 50 ms - (Heap 1mb)',
      'not a perf line - 5 ms',
    ].join('\n'),
  );
  assert.deepEqual(Object.fromEntries(steps), {
    'Build > en > SSG': 220.5,
    'Build > en > Bundling with rspack': 2380,
    'SSG Worker 1: rendering pages': 150,
  });
});
