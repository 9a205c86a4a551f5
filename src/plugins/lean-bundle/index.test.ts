import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {test} from 'node:test';
import type {LoadContext, Plugin} from '@docusaurus/types';
import themeClassic from '@docusaurus/theme-classic';
import autoprefixer from 'autoprefixer';
import type {PostCssOptions} from '@docusaurus/types';
import {createStyleLoadersFactory} from '@docusaurus/bundler/lib/loaders/styleLoader';
import leanBundle, {
  AUTOCOMPLETE_MODULE,
  AUTOPREFIXER,
  PRISM_CLIENT_MODULE,
  PROGRESS_BAR_MODULE,
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

test('the modules it replaces are the ones the classic theme loads on every page', async () => {
  const theme = await themeClassic(context(), {customCss: []} as never);
  const modules = theme.getClientModules!().map((m) =>
    require.resolve(path.resolve(path.dirname(require.resolve('@docusaurus/theme-classic')), m)),
  );
  for (const replaced of [PRISM_CLIENT_MODULE, PROGRESS_BAR_MODULE]) {
    assert.ok(modules.includes(`${replaced}.js`), modules.join('\n'));
  }
});

const PROGRESS_BAR = {[PROGRESS_BAR_MODULE]: path.join(__dirname, 'progressBar.ts')};

test('without extra grammars, Prism is not loaded by every page, nor the progress bar', () => {
  const result = configure(leanBundle(context()), clientConfig());
  assert.deepEqual(result, {resolve: {alias: {...PROGRESS_BAR, [PRISM_CLIENT_MODULE]: false}}});
});

test('with extra grammars, the theme keeps its Prism module', () => {
  assert.deepEqual(configure(leanBundle(context(['rust'])), clientConfig()), {
    resolve: {alias: PROGRESS_BAR},
  });
});

test('the lazy progress bar imports the module it stands in for, by a name the alias does not take', () => {
  const source = readFileSync(path.join(__dirname, 'progressBar.ts'), 'utf8');
  const imported = /import\('([^']+)'\)/.exec(source)?.[1];
  assert.ok(imported);
  assert.equal(require.resolve(imported), `${PROGRESS_BAR_MODULE}.js`);
  // Without its extension the request resolves to the aliased path: the
  // lazy module would import itself.
  assert.ok(imported.endsWith('.js'), imported);
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
  const exported = [
    ...real.matchAll(/^export (?:async function|function|const|let|class) (\w+)/gm),
  ].map((m) => m[1]);
  assert.ok(exported.length > 0, 'the search theme moved or renamed its worker client');
  assert.doesNotMatch(
    real,
    /^export (?:default|\{|\*)/m,
    'an export form this check does not read',
  );
  const stub = await import('./searchWorkerStub');
  assert.deepEqual(Object.keys(stub).sort(), [...exported].sort());
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

/** Every stylesheet of the site, the plugin, Infima, the classic theme and the search theme. */
function stylesheets(): string[] {
  const under = (dir: string) =>
    readdirSync(dir, {recursive: true})
      .map(String)
      .filter((file) => file.endsWith('.css') && !file.includes('node_modules'))
      .map((file) => path.join(dir, file));
  const modules = path.join(process.cwd(), 'node_modules');
  return [
    ...under(path.join(process.cwd(), 'src')),
    ...under(path.join(process.cwd(), 'packages/docusaurus-plugin-roadmap/src')),
    path.join(modules, 'infima/dist/css/default/default.css'),
    ...under(path.join(modules, '@docusaurus/theme-classic/lib')),
    ...under(path.join(modules, '@docusaurus/theme-common/lib')),
    ...under(path.join(modules, '@easyops-cn/docusaurus-search-local/dist')),
  ];
}

test('postcss-preset-env would change nothing in these stylesheets but vendor prefixes', async () => {
  // The copies Docusaurus itself runs.
  const fromBundler = createRequire(require.resolve('@docusaurus/bundler/package.json'));
  const postcss = fromBundler('postcss') as typeof import('postcss').default;
  const presetEnv = fromBundler('postcss-preset-env') as () => import('postcss').AcceptedPlugin;
  const previous = process.env.BROWSERSLIST_ENV;
  process.env.BROWSERSLIST_ENV = 'production';
  try {
    const files = stylesheets();
    assert.ok(files.length > 50, `only ${files.length} stylesheets found`);
    for (const from of files) {
      const css = readFileSync(from, 'utf8');
      const [withPreset, prefixed] = await Promise.all(
        [presetEnv(), autoprefixer()].map(
          async (plugin) => (await postcss([plugin]).process(css, {from})).css,
        ),
      );
      // The one difference: a -webkit- twin for one-word text-decoration
      // values, which every browser reads unprefixed.
      const expected = withPreset.replace(
        /\n\s*-webkit-text-decoration: (?:none|underline|overline|line-through)(?: !important)?;/g,
        '',
      );
      assert.equal(
        prefixed,
        expected,
        `${path.relative(process.cwd(), from)} uses CSS that postcss-preset-env would lower for the browserslist: write it in a form browsers read, or keep postcss-preset-env (src/plugins/lean-bundle)`,
      );
    }
  } finally {
    if (previous === undefined) delete process.env.BROWSERSLIST_ENV;
    else process.env.BROWSERSLIST_ENV = previous;
  }
});
