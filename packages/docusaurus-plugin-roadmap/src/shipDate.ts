import {PERIOD_PATTERN, parsePeriod, type Period} from './period';

/**
 * When a theme shipped, as precisely as anyone knows it: a day
 * (`2022-08-01`), a quarter (`2021-Q2`), or `unknown` (an old milestone
 * whose date was never recorded). Nothing is made up. Browser-safe.
 */
export const UNKNOWN_SHIP_DATE = 'unknown';

export type ShipDate =
  {kind: 'day'; day: string} | {kind: 'quarter'; period: Period} | {kind: 'unknown'};

export function parseShipDate(value: string): ShipDate {
  if (PERIOD_PATTERN.test(value)) return {kind: 'quarter', period: parsePeriod(value)};
  if (value === UNKNOWN_SHIP_DATE) return {kind: 'unknown'};
  return {kind: 'day', day: value};
}

/** The earliest day it may have shipped, for feeds and "not in the future" checks. */
export function earliestShipDay(value: string): string | undefined {
  const date = parseShipDate(value);
  if (date.kind === 'quarter') return date.period.start;
  return date.kind === 'day' ? date.day : undefined;
}

/** The latest day it may have shipped, for "recently shipped" and newest-first order. */
export function latestShipDay(value: string): string | undefined {
  const date = parseShipDate(value);
  if (date.kind === 'quarter') return date.period.end;
  return date.kind === 'day' ? date.day : undefined;
}
