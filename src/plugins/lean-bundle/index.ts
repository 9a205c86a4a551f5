import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * The classic theme's client module that hands Prism to extra grammars
 * (`prism.additionalLanguages`). With none configured it only imports Prism,
 * which puts the highlighter in every page's main bundle; the lazy CodeBlock
 * (src/theme/CodeBlock) brings it along with the first code block instead.
 */
export const PRISM_CLIENT_MODULE = require
  .resolve('@docusaurus/theme-classic/lib/prism-include-languages')
  .replace(/\.js$/, '');

/** The classic theme's client module that starts and ends its progress bar. */
export const PROGRESS_BAR_MODULE = require
  .resolve('@docusaurus/theme-classic/lib/nprogress')
  .replace(/\.js$/, '');

/**
 * Stylesheets that load with their own chunk instead of with every page:
 * - the search bar's: it is never rendered on the server (a stand-in is);
 * - the code block's: until its lazy chunk arrives, a server-rendered block
 *   keeps Infima's styles for `pre` and Prism's colours;
 * - the search page's: its results need JavaScript anyway; opened directly,
 *   its box is plain for the moment its chunk takes.
 * The HTML links only the one stylesheet, so anything else rendered on the
 * server from a route chunk keeps its styles there.
 */
const LAZY_STYLES = new RegExp(
  [
    /@easyops-cn\/docusaurus-search-local\//.source,
    /@docusaurus\/theme-classic\/lib\/theme\/CodeBlock\//.source,
  ].join('|'),
);

/**
 * Modules the search theme only runs in a reader's browser (after a search
 * is typed), which the server bundle would otherwise compile: the worker
 * client (with lunr and the worker), and the autocomplete widget.
 */
export const SEARCH_WORKER_MODULE = require
  .resolve('@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js')
  .replace(/\.js$/, '');
export const AUTOCOMPLETE_MODULE = '@easyops-cn/autocomplete.js';

/** Docusaurus's PostCSS step for every stylesheet: postcss-preset-env. */
const PRESET_ENV = /[\\/]node_modules[\\/]postcss-preset-env[\\/]/;

export const AUTOPREFIXER = require.resolve('autoprefixer');

interface PrismConfig {
  prism?: {additionalLanguages?: readonly string[]};
}

/**
 * Keeps code that only some pages use out of the bundle every page loads,
 * and pages a reader has not reached for from being downloaded.
 */
export default function leanBundle(context: LoadContext): Plugin {
  const {prism} = context.siteConfig.themeConfig as PrismConfig;
  const needsPrismGlobal = (prism?.additionalLanguages?.length ?? 0) > 0;
  const lightningCss = context.siteConfig.future.faster.lightningCssMinimizer;
  return {
    name: 'lean-bundle',
    configurePostCss(options) {
      if (!lightningCss) return options;
      // postcss-preset-env changes nothing in the site's stylesheets, the
      // theme's or Infima's but vendor prefixes (a test beside this checks
      // it), yet its sixty plugins were a third of the bundler's time on the
      // main thread. Autoprefixer alone adds those prefixes, also where no
      // minifier runs (`npm start`, `--no-minify`); Lightning CSS, which
      // minifies with the faster bundler, lowers much newer syntax for the
      // browserslist too, but not all that preset-env would.
      return {
        ...options,
        plugins: options.plugins.map((plugin) =>
          Array.isArray(plugin) && PRESET_ENV.test(String(plugin[0])) ? [AUTOPREFIXER, {}] : plugin,
        ),
      };
    },
    getClientModules() {
      return [path.join(__dirname, 'client.ts')];
    },
    configureWebpack(config, isServer) {
      if (isServer) {
        return {
          resolve: {
            alias: {
              [SEARCH_WORKER_MODULE]: path.join(__dirname, 'searchWorkerStub.ts'),
              [AUTOCOMPLETE_MODULE]: false,
            },
          },
        };
      }
      const {splitChunks} = config.optimization ?? {};
      const styles = splitChunks ? splitChunks.cacheGroups?.styles : undefined;
      if (styles && typeof styles === 'object') {
        // Docusaurus puts every stylesheet into one file that every page loads.
        styles.test = (module: {nameForCondition?: () => string | null}) =>
          !LAZY_STYLES.test((module.nameForCondition?.() ?? '').replaceAll('\\', '/'));
      }
      // The client module is named without its extension; the lazy module
      // imports the original with it, past this alias.
      const alias = {[PROGRESS_BAR_MODULE]: path.join(__dirname, 'progressBar.ts')};
      return {
        resolve: {alias: needsPrismGlobal ? alias : {...alias, [PRISM_CLIENT_MODULE]: false}},
      };
    },
  };
}
