import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {codeTranslationLocalesToTry} from '@docusaurus/theme-translations';
import type {I18n, TranslationFile} from '@docusaurus/types';
import type {BadgeWords} from './badge';
import {PERIOD_MESSAGES} from './period';
import {STATUSES, statusSections, type Status, type StatusSection} from './statuses';
import {fill} from './format';
import {storyMessagesOf, type StoryMessages} from './story';

/*
 * The roadmap in the site's language. Two catalogs, as Docusaurus's own
 * plugins have them:
 * - code translations (`theme.roadmap.*`): what the theme components write,
 *   found by `docusaurus write-translations` in their `translate()` calls;
 *   the plugin ships them in `locales/<locale>/code.json` and a site's
 *   `i18n/<locale>/code.json` overrides each one;
 * - the plugin's own texts, written by the server (status names, page
 *   titles, feed titles, badges): {@link PLUGIN_MESSAGES}, shipped in
 *   `locales/<locale>/plugin.json`, written by `write-translations` to
 *   `i18n/<locale>/docusaurus-plugin-roadmap[-<id>]/options.json`.
 */

/** Where the package keeps its translations (beside `lib/` and `src/`). */
export const LOCALES_DIR = path.join(__dirname, '..', 'locales');

/** The plugin's own texts: English and a note for translators. */
export const PLUGIN_MESSAGES = {
  'status.next.label': {
    message: "What's next",
    description: 'Overview section and summary-table column of the themes planned for this period',
  },
  'status.next.group': {
    message: "What's next",
    description: 'All themes planned for this period, as a group (sidebar, status page, feeds)',
  },
  'status.future.label': {
    message: 'Future work',
    description: 'Overview section and summary-table column of the themes not yet scheduled',
  },
  'status.future.group': {
    message: 'Future work',
    description: 'All themes not yet scheduled, as a group (sidebar, status page, feeds)',
  },
  'status.shipped.label': {
    message: 'Recently shipped',
    description: 'Overview section of the themes shipped lately',
  },
  'status.shipped.group': {
    message: 'Shipped',
    description: 'All shipped themes, as a group (sidebar, archive page, feeds)',
  },
  'status.dropped.label': {message: 'Dropped', description: 'Themes the maintainers dropped'},
  'status.dropped.group': {
    message: 'Dropped',
    description: 'All dropped themes, as a group (sidebar, status page, feeds)',
  },
  'statusPage.next.description': {
    message: 'Themes planned for release within the current roadmap period.',
    description: "The status page's description (search results, link previews)",
  },
  'statusPage.future.description': {
    message: "Themes on the maintainers' radar, not yet scheduled.",
    description: "The status page's description (search results, link previews)",
  },
  'statusPage.shipped.description': {
    message: 'Themes that have been released.',
    description: "The status page's description (search results, link previews)",
  },
  'statusPage.dropped.description': {
    message: 'Themes the maintainers decided not to do, each with the reason.',
    description: "The status page's description (search results, link previews)",
  },
  'ownerPage.title': {
    message: 'Themes owned by {owner}',
    description: 'Title of the page listing one owner’s themes',
  },
  'ownerPage.description': {
    message: 'Every roadmap theme {owner} drives, next, future and shipped.',
    description: 'Description of the page listing one owner’s themes',
  },
  'ownersPage.title': {message: 'Owners', description: 'Title of the page listing the owners'},
  'ownersPage.description': {
    message: 'Who drives which roadmap themes.',
    description: 'Description of the page listing the owners',
  },
  'overview.noneShippedRecently': {
    message: 'No theme has shipped recently.',
    description: "The overview's shipped section when nothing shipped lately",
  },
  'archive.dateNotRecorded': {
    message: 'Date not recorded',
    description: 'Archive heading of the themes whose ship date nobody recorded',
  },
  'feed.title': {
    message: '{site}: changes',
    description: "The roadmap feed's title; {site} is the site's title",
  },
  'feed.added': {message: 'Added to {status}: {title}', description: 'A feed item'},
  'feed.moved': {message: 'Moved from {from} to {status}: {title}', description: 'A feed item'},
  'feed.shipped': {message: 'Shipped: {title}', description: 'A feed item'},
  'feed.dropped': {message: 'Dropped: {title}', description: 'A feed item'},
  'feed.droppedBecause': {
    message: 'Dropped: {reason}',
    description: "A dropped theme's feed item text, with the maintainers' reason",
  },
  'feed.renamed': {message: 'Renamed: {title} (was {id})', description: 'A feed item'},
  'feed.removed': {message: 'Removed from the roadmap: {title}', description: 'A feed item'},
  'themeFeed.title': {
    message: '{site}: {title}',
    description: "A theme's own feed: {site} is the site's title, {title} the theme's",
  },
  'themeFeed.description': {
    message: 'Changes to the roadmap theme "{title}".',
    description: "A theme's own feed",
  },
  'ownerFeed.title': {
    message: '{site}: themes owned by {owner}',
    description: "An owner's feed: {site} is the site's title",
  },
  'ownerFeed.description': {
    message: 'Changes to the roadmap themes {owner} drives.',
    description: "An owner's feed",
  },
  'badge.roadmap': {
    message: 'roadmap',
    description: "Left half of a theme's status badge (SVG), beside its status",
  },
  'badge.shipped': {
    message: 'shipped',
    description: "Left half of a shipped theme's badge, beside its version",
  },
  'badge.yes': {
    message: 'yes',
    description: "Right half of a shipped theme's badge when no version is known",
  },
} as const satisfies Record<string, {message: string; description: string}>;

export type PluginMessageId = keyof typeof PLUGIN_MESSAGES;
export type PluginMessages = Record<PluginMessageId, string>;

export const ENGLISH: PluginMessages = Object.fromEntries(
  Object.entries(PLUGIN_MESSAGES).map(([id, {message}]) => [id, message]),
) as PluginMessages;

const catalogs = new Map<string, Promise<Record<string, string>>>();

/**
 * A catalog the package ships for `locale` (`code` or `plugin`), or none;
 * read once per process (code defaults and the server's words share it).
 */
function bundled(locale: string, name: 'code' | 'plugin'): Promise<Record<string, string>> {
  const key = `${locale}/${name}`;
  let catalog = catalogs.get(key);
  if (!catalog) {
    catalog = readBundled(locale, name);
    catalogs.set(key, catalog);
  }
  return catalog;
}

async function readBundled(
  locale: string,
  name: 'code' | 'plugin',
): Promise<Record<string, string>> {
  for (const tried of codeTranslationLocalesToTry(locale)) {
    try {
      return JSON.parse(
        await readFile(path.join(LOCALES_DIR, tried, `${name}.json`), 'utf8'),
      ) as Record<string, string>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return {};
}

/** The theme's texts the package ships for `locale` (`getDefaultCodeTranslationMessages`). */
export const bundledCodeMessages = (locale: string) => bundled(locale, 'code');

/**
 * The plugin's texts before a site's translation file: English, the
 * package's translation for `locale`, then the site's own words for the
 * statuses (the `statuses` option), which are in the site's language.
 */
export async function defaultPluginMessages(
  locale: string,
  statuses: Partial<Record<Status, Partial<StatusSection>>> = {},
): Promise<PluginMessages> {
  const messages = {...ENGLISH, ...pick(await bundled(locale, 'plugin'))};
  for (const status of STATUSES) {
    const own = statuses[status];
    if (own?.label) messages[`status.${status}.label`] = own.label;
    if (own?.group) messages[`status.${status}.group`] = own.group;
  }
  return messages;
}

/** Only the ids the plugin knows, and only strings. */
function pick(catalog: Readonly<Record<string, unknown>>): Partial<PluginMessages> {
  return Object.fromEntries(
    Object.entries(catalog).filter(
      ([id, message]) => Object.hasOwn(PLUGIN_MESSAGES, id) && typeof message === 'string',
    ),
  );
}

/** The file `write-translations` writes and a site edits. */
export function pluginTranslationFile(messages: PluginMessages): TranslationFile {
  return {
    path: 'options',
    content: Object.fromEntries(
      Object.entries(messages).map(([id, message]) => [
        id,
        {message, description: PLUGIN_MESSAGES[id as PluginMessageId].description},
      ]),
    ),
  };
}

/** The messages after the site's translation file, as `translateContent` gets them. */
export function fromTranslationFile(
  file: TranslationFile | undefined,
  defaults: PluginMessages,
): PluginMessages {
  const site = Object.fromEntries(
    Object.entries(file?.content ?? {}).map(([id, {message}]) => [id, message]),
  );
  return {...defaults, ...pick(site)};
}

/** Everything the server writes in the site's language. */
export interface Words {
  /** A plugin text, `{name}` placeholders filled. */
  say(id: PluginMessageId, values?: Record<string, string | number>): string;
  /** The statuses' names, translated (over the `statuses` option's anchors). */
  statuses: ReturnType<typeof statusSections>;
  /** A badge's words. */
  badge: BadgeWords;
  /** The story's sentences, for the feeds (the theme's code translations). */
  story: StoryMessages;
  /** A period's wordings, from the theme's code translations. */
  period: {long: string; short: string};
  /** The locale's `htmlLang` and calendar, for `Intl`. */
  lang: string;
  calendar: string | undefined;
}

/**
 * The server's words for the current locale: the plugin's texts, and the
 * theme's code translations it shares (the site's `code.json` over the
 * package's).
 */
export async function wordsFor(
  i18n: I18n,
  messages: PluginMessages,
  siteCode: Readonly<Record<string, string>>,
  statusOptions: Partial<Record<Status, Partial<StatusSection>>> = {},
): Promise<Words> {
  const locale = i18n.currentLocale;
  const config = i18n.localeConfigs[locale];
  return words(
    messages,
    {...(await bundledCodeMessages(locale)), ...siteCode},
    {lang: config?.htmlLang ?? locale, calendar: config?.calendar},
    statusOptions,
  );
}

/** English words, for tests and for code that runs without a site. */
export function englishWords(): Words {
  return words(ENGLISH, {}, {lang: 'en', calendar: undefined});
}

function words(
  messages: PluginMessages,
  code: Readonly<Record<string, string>>,
  {lang, calendar}: {lang: string; calendar: string | undefined},
  statusOptions: Partial<Record<Status, Partial<StatusSection>>> = {},
): Words {
  const statuses = statusSections(
    Object.fromEntries(
      STATUSES.map((status) => [
        status,
        {
          ...statusOptions[status],
          label: messages[`status.${status}.label`],
          group: messages[`status.${status}.group`],
        },
      ]),
    ),
  );
  return {
    say: (id, values = {}) => fill(messages[id], values),
    statuses,
    badge: {
      roadmap: messages['badge.roadmap'],
      shipped: messages['badge.shipped'],
      yes: messages['badge.yes'],
    },
    story: storyMessagesOf(code),
    period: {
      long: code[PERIOD_MESSAGES.long.id] ?? PERIOD_MESSAGES.long.message,
      short: code[PERIOD_MESSAGES.short.id] ?? PERIOD_MESSAGES.short.message,
    },
    lang,
    calendar,
  };
}
