import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {
  parseFrontMatterForDocusaurus,
  rehypeFootnoteIds,
  roadmapSidebarItemsGenerator,
  type PluginOptions as RoadmapOptions,
} from 'docusaurus-plugin-roadmap';
import roadmapOptions from './roadmap.config';
import leanBundle from './src/plugins/lean-bundle';

// The repository this site's files live in: edit links point at it. GitHub
// Actions sets GITHUB_REPOSITORY, so a fork's deploy links to the fork.
const repository = process.env.GITHUB_REPOSITORY ?? 'backstage/roadmap';
const repositoryUrl = `https://github.com/${repository}`;
const branch = process.env.ROADMAP_BRANCH ?? 'main';

// Where the site is served; GitHub Pages project sites need a sub-path baseUrl.
const url = process.env.SITE_URL ?? 'https://backstage.github.io';
const baseUrl = process.env.BASE_URL ?? '/';

// Prism's GitHub theme, with the five token colours that fall below WCAG AA
// contrast (4.5:1) on its own background darkened just enough to pass.
const AA_COLOURS: Record<string, string> = {
  '#999988': '#717165',
  '#e3116c': '#da1068',
  '#36acaa': '#277c7a',
  '#00a4db': '#0079a2',
  '#d73a49': '#ce3846',
};
const lightCodeTheme = {
  ...prismThemes.github,
  styles: prismThemes.github.styles.map((style) => ({
    ...style,
    style: {...style.style, color: AA_COLOURS[style.style.color ?? ''] ?? style.style.color},
  })),
};

const config = {
  title: 'Backstage Roadmap',
  tagline: 'What is planned next for Backstage, and what is on the radar.',
  favicon: 'img/favicon.svg',
  url,
  baseUrl,
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  // Its diagnostic is an inline script on the home page; the sub-path build
  // test checks baseUrl instead, and only the theme's scripts are trusted.
  baseUrlIssueBanner: false,

  markdown: {
    // .md entries are plain CommonMark; only .mdx files (the overview) are MDX.
    format: 'detect',
    // YAML front matter only, read by the same parser as the roadmap check:
    // Docusaurus's default would run `---js` front matter as JavaScript.
    parseFrontMatter: parseFrontMatterForDocusaurus,
    hooks: {onBrokenMarkdownLinks: 'throw'},
  },

  future: {
    v4: true,
    // Rspack, SWC and Lightning CSS: several times faster builds.
    faster: true,
    // Docusaurus reads every file's git history up front, for "last updated"
    // lines and sitemap dates, which this site does not show: a third of a
    // second per build. The roadmap plugin reads the entries' history itself.
    experimental_vcs: false,
  },

  // A second language exercises the roadmap's translations on every build:
  // entries translated under i18n/fr/, the rest shown in English, marked so.
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'fr'],
    localeConfigs: {en: {label: 'English'}, fr: {label: 'Français'}},
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          sidebarItemsGenerator: roadmapSidebarItemsGenerator(
            roadmapOptions.entriesDir,
            undefined,
            {
              overviewLimit: roadmapOptions.overviewLimit,
            },
          ),
          editUrl: `${repositoryUrl}/edit/${branch}/`,
          // Status tags are declared in docs/tags.yml; any other tag fails the build.
          tags: roadmapOptions.tagsFile,
          onInlineTags: 'throw',
          showLastUpdateTime: false,
          // The overview shows many entries: each one's footnotes get ids of their own.
          rehypePlugins: [rehypeFootnoteIds],
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  themes: [
    [
      // Offline full-text search: the index is built with the site and served
      // from it, no third-party service.
      '@easyops-cn/docusaurus-search-local',
      {
        docsRouteBasePath: '/',
        indexBlog: false,
        indexPages: true,
        language: ['en', 'fr'],
        hashed: true,
        // Its "explicit path" suggestion line inserts page titles and
        // headings as HTML, unescaped: keep it off.
        explicitSearchResultPath: false,
        searchBarShortcutHint: false,
      },
    ],
  ],

  plugins: [
    // Highlighting loads with the first code block, not with every page.
    leanBundle,
    // Content-Security-Policy meta tag on every built page: this origin only.
    'docusaurus-plugin-roadmap/csp',
    [
      'docusaurus-plugin-roadmap',
      {
        ...roadmapOptions,
        // "Propose a theme" opens GitHub's new-file page in the entries folder.
        newEntryUrl: `${repositoryUrl}/new/${branch}/docs/${roadmapOptions.entriesDir}`,
      } satisfies RoadmapOptions,
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'Backstage Roadmap',
      logo: {alt: '', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {type: 'doc', docId: 'roadmap', label: 'Roadmap', position: 'left'},
        {type: 'localeDropdown', position: 'right'},
        {href: repositoryUrl, label: 'GitHub', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Roadmap',
          items: [
            {label: "What's next", to: '/roadmap#whats-next'},
            {label: 'Future work', to: '/roadmap#future-work'},
            {label: 'Shipped themes', to: '/shipped'},
            {label: 'How to influence the roadmap', to: '/roadmap#how-to-influence-the-roadmap'},
          ],
        },
        {
          title: 'Contribute',
          items: [{label: 'Source on GitHub', href: repositoryUrl}],
        },
      ],
      copyright: 'Content from the Backstage project roadmap. Built with Docusaurus.',
    },
    prism: {theme: lightCodeTheme, darkTheme: prismThemes.dracula},
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
