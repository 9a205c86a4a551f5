import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import type {LoadContext, Plugin} from '@docusaurus/types';
import themeClassic from '@docusaurus/theme-classic';
import type {PostCssOptions} from '@docusaurus/types';
import {createStyleLoadersFactory} from '@docusaurus/bundler/lib/loaders/styleLoader';
import leanBundle, {
  AUTOCOMPLETE_MODULE,
  AUTOPREFIXER,
  PRISM_CLIENT_MODULE,
  SEARCH_WORKER_MODULE,
} from '.';

type WebpackConfig = Parameters<NonNullable<Plugin['configureWebpack']>>[0];

function context(additionalLanguages: string[] = [], lightningCssMinimizer = true): LoadContext {
  return {
    siteDir: process.cwd(),
    siteConfig: {
      themeConfig: {prism: {additionalLanguages}, colorMode: {}},
      future: {faster: {lightningCssMinimizer}},
    },
    i18n: {currentLocale: 'en', localeConfigs: {en: {direction: 'ltr'}}},
  } as unknown as LoadContext;
}

/** The single-stylesheet cache group Docusaurus configures for the client. */
function clientConfig() {
  return {
    optimization: {
      splitChunks: {cacheGroups: {styles: {name: 'styles', type: 'css/mini-extract'}}},
    },
  } as unknown as WebpackConfig;
}

function configure(plugin: Plugin, config: WebpackConfig, isServer = false) {
  return plugin.configureWebpack!(config, isServer, {} as never, undefined);
}

const stylesheet = (...parts: string[]) => ({
  nameForCondition: () => path.join(process.cwd(), 'node_modules', ...parts),
});

test('the module it drops is the one the classic theme loads on every page', async () => {
  const theme = await themeClassic(context(), {customCss: []} as never);
  const modules = theme.getClientModules!().map((m) =>
    require.resolve(path.resolve(path.dirname(require.resolve('@docusaurus/theme-classic')), m)),
  );
  assert.ok(modules.includes(`${PRISM_CLIENT_MODULE}.js`), modules.join('\n'));
});

test('without extra grammars, Prism is not loaded by every page', () => {
  const result = configure(leanBundle(context()), clientConfig());
  assert.deepEqual(result, {resolve: {alias: {[PRISM_CLIENT_MODULE]: false}}});
});

test('with extra grammars, the theme keeps its Prism module', () => {
  assert.deepEqual(configure(leanBundle(context(['rust'])), clientConfig()), {});
});

test("the server bundle leaves out the search theme's browser-only modules, and keeps its stylesheets", () => {
  const config = clientConfig();
  assert.deepEqual(configure(leanBundle(context()), config, true), {
    resolve: {
      alias: {
        [SEARCH_WORKER_MODULE]: path.join(__dirname, 'searchWorkerStub.ts'),
        [AUTOCOMPLETE_MODULE]: false,
      },
    },
  });
  assert.equal(
    (config.optimization!.splitChunks as {cacheGroups: {styles: {test?: unknown}}}).cacheGroups
      .styles.test,
    undefined,
  );
});

test('the stand-in for the search worker has the exports of the module it replaces', async () => {
  const real = readFileSync(`${SEARCH_WORKER_MODULE}.js`, 'utf8');
  const exported = [...real.matchAll(/^export (?:async )?function (\w+)/gm)].map((m) => m[1]);
  assert.ok(exported.length > 0, 'the search theme moved or renamed its worker client');
  const stub = await import('./searchWorkerStub');
  assert.deepEqual(Object.keys(stub).sort(), [...exported].sort());
  // What the pages render on the server does not call it; if it did, no results.
  assert.deepEqual(await stub.searchByWorker(), []);
});

test('the stand-in replaces the very module the search bar and page import', () => {
  const theme = path.dirname(SEARCH_WORKER_MODULE);
  for (const file of ['SearchBar/SearchBar.jsx', 'SearchPage/SearchPage.jsx']) {
    assert.match(readFileSync(path.join(theme, file), 'utf8'), /from "\.\.\/searchByWorker"/, file);
  }
});

test("only the search theme's and the code block's stylesheets leave the one stylesheet", () => {
  const config = clientConfig();
  configure(leanBundle(context()), config);
  const {test: inStyles} = (
    config.optimization!.splitChunks as {
      cacheGroups: {styles: {test: (module: object) => boolean}};
    }
  ).cacheGroups.styles;
  const search = ['@easyops-cn', 'docusaurus-search-local', 'dist', 'client', 'client', 'theme'];
  const theme = ['@docusaurus', 'theme-classic', 'lib', 'theme'];
  assert.equal(inStyles(stylesheet(...search, 'SearchBar', 'SearchBar.module.css')), false);
  assert.equal(inStyles(stylesheet(...search, 'LoadingRing', 'LoadingRing.module.css')), false);
  assert.equal(inStyles(stylesheet(...theme, 'CodeBlock', 'Content', 'styles.module.css')), false);
  assert.equal(inStyles(stylesheet(...search, 'SearchPage', 'SearchPage.module.css')), false);
  // Rendered on the server: their styles must be in the page's stylesheet.
  assert.equal(inStyles(stylesheet(...theme, 'CodeInline', 'styles.module.css')), true);
  assert.equal(inStyles(stylesheet('infima', 'dist', 'css', 'default', 'default.css')), true);
  assert.equal(inStyles({}), true);
});

/** The PostCSS options Docusaurus gives every stylesheet of the client bundle. */
async function docusaurusPostCssOptions(): Promise<PostCssOptions> {
  const getStyleLoaders = await createStyleLoadersFactory({
    currentBundler: {name: 'webpack', instance: {} as never},
  });
  const loaders = getStyleLoaders(false, {}) as {
    loader: string;
    options?: {postcssOptions?: unknown};
  }[];
  const postcss = loaders.find((l) => l.loader.includes(`${path.sep}postcss-loader${path.sep}`));
  assert.ok(postcss, 'Docusaurus no longer runs postcss-loader on stylesheets');
  return structuredClone(postcss.options!.postcssOptions) as PostCssOptions;
}

test('with Lightning CSS minifying, stylesheets get autoprefixer instead of postcss-preset-env, other plugins kept', async () => {
  const options = await docusaurusPostCssOptions();
  const otherPlugin = {postcssPlugin: 'wrap-in-layer'};
  options.plugins.push(otherPlugin);
  const {plugins, ...rest} = leanBundle(context()).configurePostCss!(options);
  assert.deepEqual(plugins, [[AUTOPREFIXER, {}], otherPlugin]);
  assert.deepEqual(rest, {ident: 'postcss'});
  // The preset it replaces is the one Docusaurus adds.
  assert.match(String((options.plugins[0] as unknown[])[0]), /postcss-preset-env/);
});

test('with the default CSS minimizer, postcss-preset-env stays', async () => {
  const options = await docusaurusPostCssOptions();
  assert.deepEqual(
    leanBundle(context([], false)).configurePostCss!(structuredClone(options)),
    options,
  );
});
