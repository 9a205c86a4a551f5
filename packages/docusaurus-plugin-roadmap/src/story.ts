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
      return `Renamed (was ${event.fromId})`;
    case 'removed':
      return 'Removed from the roadmap';
  }
}
