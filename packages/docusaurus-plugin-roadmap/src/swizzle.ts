import type {SwizzleConfig} from '@docusaurus/types';

/**
 * What `docusaurus swizzle docusaurus-plugin-roadmap` offers, and how safe
 * each action is; theme/README.md says the same for readers (a test keeps
 * the two in step).
 */
export function getSwizzleConfig(): SwizzleConfig {
  return {
    components: {
      'DocItem/Content': {
        actions: {eject: 'unsafe', wrap: 'safe'},
        description:
          "Wraps the docs theme's DocItem/Content: a theme's own page gets its links, story and feed",
      },
      RoadmapArchive: {
        actions: {eject: 'unsafe', wrap: 'safe'},
        description: 'Every shipped theme by quarter; its ids are the archive page anchors',
      },
      RoadmapFilters: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: 'The status, owner and tag filters above the summary table',
      },
      RoadmapFollow: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: 'Feed and JSON links, and "Propose a theme"',
      },
      RoadmapListPage: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: 'The status and owner pages the plugin adds',
      },
      RoadmapMessages: {
        actions: {eject: 'safe', wrap: 'unsafe'},
        description:
          'The wording shared by the components (story sentences, quarters, periods, dates, plurals): eject to change it for every language; a single text is better overridden in i18n/<locale>/code.json.',
      },
      RoadmapPeriod: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: 'The period in words',
      },
      RoadmapRedirect: {
        actions: {eject: 'unsafe', wrap: 'safe'},
        description: "A renamed theme's old page: keeps query and anchor, adds no inline script",
      },
      RoadmapShippedIn: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: 'The release and date a theme shipped in',
      },
      RoadmapStaleNotice: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: 'The notice that the roadmap may be out of date',
      },
      RoadmapTable: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: 'The summary table, one column per status',
      },
      RoadmapEntryLinks: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: "A theme's status and owner links, tracking issue and discussion",
      },
      RoadmapEntryPage: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: "A theme page's story and follow links, loaded only with theme pages",
      },
      RoadmapStory: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: "A theme's story from git, on its page",
      },
      RoadmapThemeFollow: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: '"Follow this theme": its feed, its badge and the Markdown to copy',
      },
      RoadmapTimelinePage: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: "The timeline: every theme's status in every quarter",
      },
      RoadmapDeliveryPage: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: 'What each closed quarter promised and delivered',
      },
      RoadmapEntries: {
        actions: {eject: 'unsafe', wrap: 'safe'},
        description:
          "One status's themes; their heading ids and alias anchors are what old links land on",
      },
    },
  };
}
