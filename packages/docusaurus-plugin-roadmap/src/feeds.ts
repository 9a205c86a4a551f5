import {Feed} from 'feed';
import {FEED_FILES} from './files';
import {earliestShipDay} from './shipDate';
import type {RoadmapChange} from './history';
import type {StoryEvent} from './memory';
import {describeEvent} from './story';
import {englishWords, type Words} from './translations';
import type {RoadmapEntry} from './types';

/** How many changes a feed carries, newest first. */
const FEED_SIZE = 50;

/** Without history: the shipped themes, dated by their `shipped_on`. */
export function changesFromFrontMatter(entries: readonly RoadmapEntry[]): RoadmapChange[] {
  // A theme whose ship date was never recorded has no place in a dated feed.
  return entries.flatMap((e): RoadmapChange[] => {
    if (e.status === 'dropped' && e.dropped_on) {
      return [
        {
          kind: 'dropped',
          id: e.id,
          title: e.title,
          status: e.status,
          date: `${e.dropped_on}T00:00:00Z`,
          ...(e.dropped_reason ? {reason: e.dropped_reason} : {}),
        },
      ];
    }
    const day = e.status === 'shipped' && e.shipped_on ? earliestShipDay(e.shipped_on) : undefined;
    return day
      ? [
          {
            kind: 'shipped' as const,
            id: e.id,
            title: e.title,
            status: e.status,
            date: `${day}T00:00:00Z`,
          },
        ]
      : [];
  });
}

function headline(change: RoadmapChange, title: string, {say, statuses}: Words): string {
  const status = statuses[change.status].group;
  switch (change.kind) {
    case 'added':
      return say('feed.added', {status, title});
    case 'moved':
      return say('feed.moved', {from: statuses[change.from!].group, status, title});
    case 'shipped':
      return say('feed.shipped', {title});
    case 'dropped':
      return say('feed.dropped', {title});
    case 'renamed':
      return say('feed.renamed', {title, id: change.fromId ?? ''});
    case 'removed':
      return say('feed.removed', {title});
  }
}

/** Characters XML 1.0 cannot hold at all. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text for the fields the `feed` package escapes itself: only what XML cannot hold goes. */
function asText(text: string): string {
  return text.replace(NOT_XML, '');
}

/** The newest of a feed's items first, as many as a feed carries. */
function newestFirst<T extends {date: string}>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.date.localeCompare(a.date)).slice(0, FEED_SIZE);
}

/** A feed of `newest` (newest first): dated by its newest item, so two builds give the same feed. */
function createFeed(
  newest: readonly {date: string}[],
  {
    title,
    description,
    ...where
  }: {title: string; description: string; id: string; link: string; feedLinks: object},
): Feed {
  return new Feed({
    // The feed's own title and subtitle are text the package escapes.
    title: asText(title),
    description: asText(description),
    ...where,
    language: 'en',
    updated: new Date(newest[0]?.date ?? 0),
    copyright: '',
    generator: 'Docusaurus roadmap plugin',
  });
}

/**
 * Text for the Atom and RSS fields the `feed` package writes as HTML in
 * CDATA: escaped, so a reader shows it as the text it is, and no `]]>` or
 * tag in it can end the CDATA section or add markup.
 */
function asHtml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export interface FeedContext {
  title: string;
  description: string;
  /** Absolute URL of the site's root (origin and base URL). */
  siteUrl: string;
  /** Absolute URL of the overview page. */
  overviewUrl: string;
  /** The site's language (English unless given). */
  words?: Words;
}

/** Atom, RSS and JSON Feed documents of the roadmap's changes. */
export function buildFeeds(
  changes: readonly RoadmapChange[],
  entries: readonly RoadmapEntry[],
  {title, description, siteUrl, overviewUrl, words = englishWords()}: FeedContext,
): {atom: string; rss: string; json: string} {
  // A change recorded under an old id belongs to the theme that lists it as an alias.
  const byId = new Map(
    entries.flatMap((e) => [[e.id, e] as const, ...(e.aliases ?? []).map((a) => [a, e] as const)]),
  );
  const newest = newestFirst(changes);
  const feeds = [asHtml, (text: string) => text].map((encode) => {
    const feed = createFeed(newest, {
      title: words.say('feed.title', {site: title}),
      description,
      id: overviewUrl,
      link: overviewUrl,
      feedLinks: {
        atom: new URL(FEED_FILES.atom, siteUrl).href,
        rss: new URL(FEED_FILES.rss, siteUrl).href,
        json: new URL(FEED_FILES.json, siteUrl).href,
      },
    });
    for (const change of newest) {
      const entry = byId.get(change.id);
      const link = entry && change.kind !== 'removed' ? `${overviewUrl}#${change.id}` : overviewUrl;
      // A theme still on the roadmap is named as it is now, not as it once was.
      const name = entry?.title ?? change.title;
      feed.addItem({
        title: encode(headline(change, name, words)),
        id: `${overviewUrl}#${change.id}/${change.kind}/${change.commit ?? change.date}`,
        link,
        date: new Date(change.date),
        description: encode(
          change.kind === 'dropped' && change.reason
            ? words.say('feed.droppedBecause', {reason: change.reason})
            : (entry?.summary ?? name),
        ),
      });
    }
    return feed;
  });
  // Atom and RSS carry HTML; JSON Feed's title and summary are plain text.
  return {atom: feeds[0]!.atom1(), rss: feeds[0]!.rss2(), json: feeds[1]!.json1()};
}

/** One item of a theme's or an owner's feed. */
export interface FeedItem {
  title: string;
  /** A stable id: the same event gets the same id in every build. */
  id: string;
  link: string;
  date: string;
  description: string;
}

/** A theme's story as feed items: its id, date and event make each item's id. */
export function storyFeedItems(
  entry: Pick<RoadmapEntry, 'title' | 'summary' | 'permalink'>,
  story: readonly StoryEvent[],
  words: Words,
  absolute: (url: string) => string,
): FeedItem[] {
  const page = absolute(entry.permalink);
  // An event's id stays the same when other events are added before it.
  const seen = new Map<string, number>();
  return story.map((event) => {
    const key = `${event.kind}/${event.date}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return {
      title: `${entry.title} — ${describeEvent(event, words.statuses, words.story)}`,
      id: `${page}#${key}${n > 0 ? `/${n + 1}` : ''}`,
      link: page,
      date: `${event.date}T00:00:00Z`,
      description: event.kind === 'dropped' && event.reason ? event.reason : entry.summary,
    };
  });
}

/**
 * An Atom feed of one theme's or one owner's story, newest first: what a
 * reader subscribes to when they follow a single theme.
 */
export function buildEventFeed({
  title,
  description,
  selfUrl,
  link,
  items,
}: {
  title: string;
  description: string;
  selfUrl: string;
  link: string;
  items: readonly FeedItem[];
}): string {
  const newest = newestFirst(items);
  const feed = createFeed(newest, {
    title,
    description,
    id: selfUrl,
    link,
    feedLinks: {atom: selfUrl},
  });
  for (const item of newest) {
    feed.addItem({
      title: asHtml(item.title),
      id: item.id,
      link: item.link,
      date: new Date(item.date),
      description: asHtml(item.description),
    });
  }
  return feed.atom1();
}
