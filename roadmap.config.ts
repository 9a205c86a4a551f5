import type {PluginOptions} from 'docusaurus-plugin-roadmap';

/**
 * The roadmap plugin's options, in their own file so that both
 * docusaurus.config.ts and `npm run roadmap:*` read the same values.
 * Paths are relative to the docs folder.
 */
export default {
  // One Markdown file per theme lives in docs/<entriesDir>/.
  entriesDir: 'roadmap',
  // The overview page: entry ids must not take its heading anchors.
  overview: 'roadmap.mdx',
  // The docs plugin's tags file, where every tag an entry uses is declared.
  tagsFile: 'tags.yml',
  // The quarter "What's next" covers, rendered in words: the one the roadmap
  // started in, until `npm run roadmap:close-quarter` closes quarters into
  // docs/history/; it then covers the next one, with no edit here.
  period: '2022-Q3',
  // Once the period is over by this many days, the overview says the roadmap
  // may be out of date and the build warns, naming unreviewed entries.
  staleAfterDays: 14,
  // ROADMAP_STRICT=true turns that warning into a build error, for CI.
  strict: process.env.ROADMAP_STRICT === 'true',
  // "Today" for staleness and "Recently shipped"; set it to test a date.
  buildDate: process.env.ROADMAP_BUILD_DATE,
  // The overview lists at most this many shipped themes, shipped this recently.
  recentlyShipped: {count: 5, days: 180},
  // Past this many themes the overview lists the first of each status and the
  // sidebar links the status pages, instead of every theme's text and title.
  overviewLimit: 100,
  // Status badges (/roadmap/<id>/badge.svg): "next" in the site's primary colour.
  badgeColors: {next: '#0f6b58'},
} satisfies PluginOptions;
