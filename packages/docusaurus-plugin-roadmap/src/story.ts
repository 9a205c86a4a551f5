import {fill} from './format';
import type {StoryEvent} from './memory';
import type {StatusSections} from './statuses';

/**
 * The sentences of a theme's story, one template per kind of event, with
 * `{status}`, `{from}`, `{version}`, `{reason}`, `{id}`, `{quarter}` and
 * `{count}` placeholders. The theme's `RoadmapMessages` gives them in the
 * site's language (`theme.roadmap.story.*` ids); {@link ENGLISH_STORY} is
 * the English, for Node and tests.
 */
export interface StoryMessages {
  added: string;
  reAdded: string;
  pulledIn: string;
  slipped: string;
  moved: string;
  carriedOver: string;
  /** Plural forms separated by `|`, as Docusaurus's `usePluralForm` reads them. */
  carriedOverTimes: string;
  shippedIn: string;
  shipped: string;
  droppedBecause: string;
  dropped: string;
  renamed: string;
  removed: string;
  /** "Q3 2022": `{quarter}` is the number, `{year}` the year. */
  quarter: string;
  /** "Q4 2022 to Q2 2023", carry-overs in a row. */
  quarterRange: string;
}

/**
 * Each sentence's id in the site's code translations and its English, as
 * `RoadmapMessages` writes them (a test holds the two together): the server
 * reads the same ids for the feeds.
 */
export const STORY_MESSAGE_IDS: Record<keyof StoryMessages, string> = {
  added: 'theme.roadmap.story.added',
  reAdded: 'theme.roadmap.story.reAdded',
  pulledIn: 'theme.roadmap.story.pulledIn',
  slipped: 'theme.roadmap.story.slipped',
  moved: 'theme.roadmap.story.moved',
  carriedOver: 'theme.roadmap.story.carriedOver',
  carriedOverTimes: 'theme.roadmap.story.carriedOverTimes',
  shippedIn: 'theme.roadmap.story.shippedIn',
  shipped: 'theme.roadmap.story.shipped',
  droppedBecause: 'theme.roadmap.story.droppedBecause',
  dropped: 'theme.roadmap.story.dropped',
  renamed: 'theme.roadmap.story.renamed',
  removed: 'theme.roadmap.story.removed',
  quarter: 'theme.roadmap.quarter',
  quarterRange: 'theme.roadmap.quarterRange',
};

export const ENGLISH_STORY: StoryMessages = {
  added: 'Added to {status}',
  reAdded: 'Added again, to {status}',
  pulledIn: 'Pulled into {status}',
  slipped: 'Slipped to {status}',
  moved: 'Moved from {from} to {status}',
  carriedOver: 'Carried over: still in {status} when {quarter} closed',
  carriedOverTimes:
    'Carried over once: still in {status} when the quarter closed|Carried over {count} times: still in {status} when each quarter closed',
  shippedIn: 'Shipped in {version}',
  shipped: 'Shipped',
  droppedBecause: 'Dropped: {reason}',
  dropped: 'Dropped',
  renamed: 'Renamed (was {id})',
  removed: 'Removed from the roadmap',
  quarter: 'Q{quarter} {year}',
  quarterRange: '{from} to {to}',
};

/** The story's sentences from a catalog of code translations, English where it has none. */
export function storyMessagesOf(catalog: Readonly<Record<string, string>>): StoryMessages {
  return Object.fromEntries(
    Object.entries(STORY_MESSAGE_IDS).map(([key, id]) => [
      key,
      catalog[id] ?? ENGLISH_STORY[key as keyof StoryMessages],
    ]),
  ) as unknown as StoryMessages;
}

/** Plural categories in the order Docusaurus's `usePluralForm` expects the forms. */
const PLURAL_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * The form of a `one|other` message for `count`, picked as Docusaurus's
 * `usePluralForm` picks it (for Node; components use the hook).
 */
export function pluralForm(message: string, count: number, rules: Intl.PluralRules): string {
  const forms = message.split('|');
  const categories = rules.resolvedOptions().pluralCategories;
  const order = PLURAL_ORDER.filter((category) => categories.includes(category as never));
  return forms[Math.min(order.indexOf(rules.select(count)), forms.length - 1)]!;
}

/** "Q3 2022" for `2022-Q3`. */
export function quarterLabel(quarter: string, wording = ENGLISH_STORY.quarter): string {
  return fill(wording, {quarter: quarter.slice(6), year: quarter.slice(0, 4)});
}

/** One event of a theme's story as a reader reads it, e.g. "Pulled into What's next". */
export function describeEvent(
  event: StoryEvent,
  statuses: StatusSections,
  messages: StoryMessages = ENGLISH_STORY,
): string {
  const status = statuses[event.status].group;
  switch (event.kind) {
    case 'added':
      return fill(messages.added, {status});
    case 're-added':
      return fill(messages.reAdded, {status});
    case 'pulled-in':
      return fill(messages.pulledIn, {status});
    case 'slipped':
      return fill(messages.slipped, {status});
    case 'moved':
      return fill(messages.moved, {from: statuses[event.from ?? event.status].group, status});
    case 'carried-over':
      return fill(messages.carriedOver, {
        status,
        quarter: quarterLabel(event.quarter, messages.quarter),
      });
    case 'shipped':
      return event.version ? fill(messages.shippedIn, {version: event.version}) : messages.shipped;
    case 'dropped':
      return event.reason
        ? fill(messages.droppedBecause, {reason: event.reason})
        : messages.dropped;
    case 'renamed':
      return fill(messages.renamed, {id: event.from_id ?? ''});
    case 'removed':
      return messages.removed;
  }
}

/** One line of a theme's story on its page. */
export interface StoryLine {
  /** `YYYY-MM-DD` of the (first) event. */
  date: string;
  /** "Q3 2022", or "Q4 2022 to Q2 2023" for carry-overs in a row. */
  when: string;
  text: string;
}

/**
 * A story as its page tells it: carry-overs in a row are one line
 * ("Carried over 3 times"), as a reader counts them. `plural` picks a form
 * of a `one|other` message (English rules unless given).
 */
export function storyLines(
  story: readonly StoryEvent[],
  statuses: StatusSections,
  messages: StoryMessages = ENGLISH_STORY,
  plural: (message: string, count: number) => string = (message, count) =>
    pluralForm(message, count, new Intl.PluralRules('en')),
): StoryLine[] {
  const lines: StoryLine[] = [];
  for (let at = 0; at < story.length;) {
    const event = story[at]!;
    let end = at + 1;
    if (event.kind === 'carried-over') {
      while (story[end]?.kind === 'carried-over') end++;
    }
    const count = end - at;
    const last = story[end - 1]!;
    const quarter = (q: string) => quarterLabel(q, messages.quarter);
    lines.push({
      date: event.date,
      when:
        count > 1
          ? fill(messages.quarterRange, {from: quarter(event.quarter), to: quarter(last.quarter)})
          : quarter(event.quarter),
      text:
        count > 1
          ? fill(plural(messages.carriedOverTimes, count), {
              count,
              status: statuses[event.status].group,
            })
          : describeEvent(event, statuses, messages),
    });
    at = end;
  }
  return lines;
}

/** The most lines a theme's page shows of its story; roadmap.json has all. */
export const STORY_LINES_SHOWN = 30;

/**
 * The lines a page shows: all of a short story; of a long one the first
 * (how it started) and the latest, with how many were left out between.
 */
export function shownStoryLines(lines: readonly StoryLine[]): {
  first: StoryLine[];
  omitted: number;
  latest: StoryLine[];
} {
  if (lines.length <= STORY_LINES_SHOWN) return {first: [...lines], omitted: 0, latest: []};
  const latest = lines.slice(-(STORY_LINES_SHOWN - 1));
  return {first: lines.slice(0, 1), omitted: lines.length - STORY_LINES_SHOWN, latest};
}
