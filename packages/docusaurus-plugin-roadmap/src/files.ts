/**
 * Files the plugin writes into the build, relative to the base URL. Kept in
 * a module of their own, free of dependencies, because components link to
 * them from the browser bundle.
 */
export const FEED_FILES = {
  atom: 'roadmap/atom.xml',
  rss: 'roadmap/rss.xml',
  json: 'roadmap/feed.json',
} as const;

export const ROADMAP_JSON_FILE = 'roadmap.json';

/** Beside a theme's page (`<permalink>/…`): its own feed, its badge and its story; beside an owner's, a feed. */
export const THEME_FILES = {atom: 'atom.xml', badge: 'badge.svg', story: 'story.json'} as const;
export const ROADMAP_JSON_SCHEMA_FILE = 'roadmap.schema.json';

/** The plugin's name: its generated data lives under `@generated/<name>/<id>/`. */
export const PLUGIN_NAME = 'docusaurus-plugin-roadmap';
