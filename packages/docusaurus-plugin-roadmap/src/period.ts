import {dateFormat, fill} from './format';
/** A roadmap period such as `2022-Q3`, written once in the site config. */
export interface Period {
  id: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`. */
  end: string;
  /** "July through September 2022", as the source's intro reads. */
  label: string;
  /** "July–September 2022", for titles and notices. */
  shortLabel: string;
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const PERIOD_PATTERN = /^(\d{4})-Q([1-4])$/;

export function parsePeriod(id: string): Period {
  const match = PERIOD_PATTERN.exec(id);
  if (!match) {
    throw new Error(
      `Roadmap period "${id}" is not a quarter. Write it as YEAR-QN, for example "2022-Q3".`,
    );
  }
  const year = Number(match[1]);
  const quarter = Number(match[2]) as Period['quarter'];
  const firstMonth = (quarter - 1) * 3;
  const lastMonth = firstMonth + 2;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, lastMonth + 1, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    id,
    year,
    quarter,
    start: `${year}-${pad(firstMonth + 1)}-01`,
    end: `${year}-${pad(lastMonth + 1)}-${pad(lastDay)}`,
    label: `${MONTHS[firstMonth]} through ${MONTHS[lastMonth]} ${year}`,
    shortLabel: `${MONTHS[firstMonth]}–${MONTHS[lastMonth]} ${year}`,
  };
}

/** The quarter after `period`. */
export function nextPeriod(period: Period): Period {
  return parsePeriod(
    period.quarter === 4 ? `${period.year + 1}-Q1` : `${period.year}-Q${period.quarter + 1}`,
  );
}

/** Ids and English of a period's two wordings in the site's code translations. */
export const PERIOD_MESSAGES = {
  long: {id: 'theme.roadmap.period.long', message: '{from} through {to} {year}'},
  short: {id: 'theme.roadmap.period.short', message: '{from}–{to} {year}'},
} as const;

/**
 * A period in words from a wording (`{from}`, `{to}`, `{year}`), month
 * names from `Intl` in `lang` and `calendar`: "July through September
 * 2022", "juillet à septembre 2022". The same on every machine.
 */
export function formatPeriod(
  period: Pick<Period, 'start' | 'end' | 'year'>,
  wording: string,
  lang = 'en',
  calendar?: string,
): string {
  const month = dateFormat(lang, calendar, {month: 'long'});
  const name = (day: string) => month.format(new Date(`${day}T00:00:00Z`));
  return fill(wording, {from: name(period.start), to: name(period.end), year: period.year});
}
