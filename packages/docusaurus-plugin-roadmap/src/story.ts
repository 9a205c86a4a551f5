import type {StoryEvent} from './memory';
import type {StatusSections} from './statuses';

/** "Q3 2022" for `2022-Q3`. */
export function quarterLabel(quarter: string): string {
  return `${quarter.slice(5)} ${quarter.slice(0, 4)}`;
}

/** One event of a theme's story as a reader reads it, e.g. "Pulled into What's next". */
export function describeEvent(event: StoryEvent, statuses: StatusSections): string {
  const group = (status: StoryEvent['status']) => statuses[status].group;
  switch (event.kind) {
    case 'added':
      return `Added to ${group(event.status)}`;
    case 're-added':
      return `Added again, to ${group(event.status)}`;
    case 'pulled-in':
      return `Pulled into ${group(event.status)}`;
    case 'slipped':
      return `Slipped to ${group(event.status)}`;
    case 'moved':
      return `Moved from ${group(event.from ?? event.status)} to ${group(event.status)}`;
    case 'carried-over':
      return `Carried over: still in ${group(event.status)} when ${quarterLabel(event.quarter)} closed`;
    case 'shipped':
      return event.version ? `Shipped in ${event.version}` : 'Shipped';
    case 'dropped':
      return event.reason ? `Dropped: ${event.reason}` : 'Dropped';
    case 'renamed':
      return `Renamed (was ${event.from_id})`;
    case 'removed':
      return 'Removed from the roadmap';
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
 * ("Carried over 3 times"), as a reader counts them.
 */
export function storyLines(story: readonly StoryEvent[], statuses: StatusSections): StoryLine[] {
  const lines: StoryLine[] = [];
  for (let at = 0; at < story.length;) {
    const event = story[at]!;
    let end = at + 1;
    if (event.kind === 'carried-over') {
      while (story[end]?.kind === 'carried-over') end++;
    }
    const count = end - at;
    const last = story[end - 1]!;
    lines.push({
      date: event.date,
      when:
        count > 1
          ? `${quarterLabel(event.quarter)} to ${quarterLabel(last.quarter)}`
          : quarterLabel(event.quarter),
      text:
        count > 1
          ? `Carried over ${count} times: still in ${statuses[event.status].group} when each quarter closed`
          : describeEvent(event, statuses),
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
