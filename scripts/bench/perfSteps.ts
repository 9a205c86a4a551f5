/**
 * "[PERF] Build > en > Load site - 123.45 ms - (Heap …)" lines ("2.38
 * seconds!" past a second). The SSG workers' many "Task N - Rendering 10
 * pathnames" lines add up into one row per worker.
 */
export function perfSteps(output: string): Map<string, number> {
  const steps = new Map<string, number>();
  // eslint-disable-next-line no-control-regex -- the logger's colours
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const line = /^\[PERF\](?:\s*\[\w+\])?\s+(.+?) - ([\d.]+) (ms|seconds)/gm;
  for (const [, rawLabel, value, unit] of plain.matchAll(line)) {
    const label = rawLabel!.replace(/ - Task \d+ - Rendering \d+ pathnames$/, ': rendering pages');
    const ms = Number(value) * (unit === 'seconds' ? 1000 : 1);
    steps.set(label, (steps.get(label) ?? 0) + ms);
  }
  return steps;
}
