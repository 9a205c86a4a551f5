import path from 'node:path';

/** The docs plugin's client module, where `useDoc` and its `<DocProvider>` live. */
export const DOCS_CLIENT = '@docusaurus/plugin-content-docs/client';

/** The docs theme's component that `theme/DocItem/Content` wraps. */
const WRAPPED = '@theme-init/DocItem/Content';

/**
 * `useDoc` reads a React context that only the docs plugin's own copy of
 * `client` provides. A site whose preset pins `@docusaurus/*` to one version
 * can hold a second copy (npm installs a peer dependency at the newest version
 * in range, beside the preset's): resolved from this package, `useDoc` would
 * read that copy's context, empty on every doc page ("Hook useDoc is called
 * outside the <DocProvider>"). So the import resolves from the component we
 * wrap, which renders inside its own copy's provider.
 *
 * `aliases` is the bundler's `resolve.alias`, where Docusaurus maps every
 * `@theme-init/…` to its file.
 */
export function docsClientAlias(aliases: unknown): Record<string, string> {
  const wrapped =
    aliases && typeof aliases === 'object' && !Array.isArray(aliases)
      ? (aliases as Record<string, unknown>)[WRAPPED]
      : undefined;
  if (typeof wrapped !== 'string') return {};
  try {
    return {[`${DOCS_CLIENT}$`]: require.resolve(DOCS_CLIENT, {paths: [path.dirname(wrapped)]})};
  } catch {
    // No docs plugin beside the docs theme: the import resolves as usual.
    return {};
  }
}
