/**
 * Performance budgets: a measured value against a limit, both taken in the
 * same run. A missed budget names itself and says by how much it was missed.
 */
export interface Budget {
  name: string;
  value: number;
  limit: number;
  /** `max`: the value may not exceed the limit; `min`: it may not fall below. */
  kind: 'max' | 'min';
  /** How the value prints: a ratio (×), a score, seconds… */
  unit: string;
}

export function met({value, limit, kind}: Budget): boolean {
  return kind === 'max' ? value <= limit : value >= limit;
}

const format = (n: number, unit: string) =>
  `${unit === '×' ? n.toFixed(3) : Number.isInteger(n) ? n : n.toFixed(1)}${unit}`;

/** "PASS name: 0.862× (≤ 1.000×)" or "FAIL name: 1.070× (≤ 1.000×): over by 0.070× (7.0%)". */
export function describe(budget: Budget): string {
  const {name, value, limit, kind, unit} = budget;
  const bound = `${kind === 'max' ? '≤' : '≥'} ${format(limit, unit)}`;
  const head = `${met(budget) ? 'PASS' : 'FAIL'} ${name}: ${format(value, unit)} (${bound})`;
  if (met(budget)) return head;
  const miss = Math.abs(value - limit);
  const share = limit ? ` (${((miss / Math.abs(limit)) * 100).toFixed(1)}%)` : '';
  const by = `${kind === 'max' ? 'over' : 'under'} by ${format(miss, unit)}${share}`;
  return `${head}: ${by}`;
}

/** The report's budget section, and whether every budget was met. */
export function budgetReport(budgets: readonly Budget[]): {lines: string[]; ok: boolean} {
  return {lines: budgets.map((b) => `- ${describe(b)}`), ok: budgets.every(met)};
}
