import {useMemo} from 'react';
import {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import {
  formatDay,
  formatPeriod,
  quarterLabel,
  useRoadmapLocale,
  type StoryMessages,
} from 'docusaurus-plugin-roadmap/client';

/*
 * Texts more than one component writes, in the site's language. Every
 * string here is a `translate()` call with a literal id, so `docusaurus
 * write-translations` finds it; the plugin ships these ids translated
 * (`locales/<locale>/code.json`) and a site's `i18n/<locale>/code.json`
 * overrides each one.
 */

/** The story's sentences; feeds read the same ids on the server. */
export function useStoryMessages(): StoryMessages {
  return useMemo(
    () => ({
      added: translate({id: 'theme.roadmap.story.added', message: 'Added to {status}'}),
      reAdded: translate({id: 'theme.roadmap.story.reAdded', message: 'Added again, to {status}'}),
      pulledIn: translate({id: 'theme.roadmap.story.pulledIn', message: 'Pulled into {status}'}),
      slipped: translate({id: 'theme.roadmap.story.slipped', message: 'Slipped to {status}'}),
      moved: translate({id: 'theme.roadmap.story.moved', message: 'Moved from {from} to {status}'}),
      carriedOver: translate({
        id: 'theme.roadmap.story.carriedOver',
        message: 'Carried over: still in {status} when {quarter} closed',
      }),
      carriedOverTimes: translate({
        id: 'theme.roadmap.story.carriedOverTimes',
        message:
          'Carried over once: still in {status} when the quarter closed|Carried over {count} times: still in {status} when each quarter closed',
      }),
      shippedIn: translate({id: 'theme.roadmap.story.shippedIn', message: 'Shipped in {version}'}),
      shipped: translate({id: 'theme.roadmap.story.shipped', message: 'Shipped'}),
      droppedBecause: translate({
        id: 'theme.roadmap.story.droppedBecause',
        message: 'Dropped: {reason}',
      }),
      dropped: translate({id: 'theme.roadmap.story.dropped', message: 'Dropped'}),
      renamed: translate({id: 'theme.roadmap.story.renamed', message: 'Renamed (was {id})'}),
      removed: translate({id: 'theme.roadmap.story.removed', message: 'Removed from the roadmap'}),
      quarter: translate({id: 'theme.roadmap.quarter', message: 'Q{quarter} {year}'}),
      quarterRange: translate({id: 'theme.roadmap.quarterRange', message: '{from} to {to}'}),
    }),
    [],
  );
}

/** `(count, "one|other")` → the form for `count` in the site's language. */
export function usePlural(): (message: string, count: number) => string {
  const {selectMessage} = usePluralForm();
  return (message, count) => selectMessage(count, message);
}

/** `2022-08-01` → "1 August 2022", in the site's language and calendar. */
export function useFormatDay(): (date: string) => string {
  const {lang, calendar} = useRoadmapLocale();
  return (date) => formatDay(date, lang, calendar);
}

/** `2022-Q3` → "Q3 2022", in the site's language. */
export function useQuarterLabel(): (quarter: string) => string {
  const quarter = translate({id: 'theme.roadmap.quarter', message: 'Q{quarter} {year}'});
  return (id) => quarterLabel(id, quarter);
}

/**
 * A quarter as months: "July through September 2022" (`long`, as the
 * roadmap's intro says it) or "July–September 2022" (`short`), month names
 * from `Intl` in the site's language.
 */
export function usePeriodLabel(): (
  period: {start: string; end: string; year: number},
  format?: 'long' | 'short',
) => string {
  const {lang, calendar} = useRoadmapLocale();
  const long = translate({id: 'theme.roadmap.period.long', message: '{from} through {to} {year}'});
  const short = translate({id: 'theme.roadmap.period.short', message: '{from}–{to} {year}'});
  return (period, format = 'long') =>
    formatPeriod(period, format === 'long' ? long : short, lang, calendar);
}
