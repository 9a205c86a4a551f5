import {KEBAB_CASE} from './schema';
import {loadEntrySources, type RoadmapPaths} from './source';

export interface Redirect {
  from: string;
  to: string;
}

/**
 * Old page URLs of renamed themes: `/<entriesDir>/<alias>` to the theme's
 * page, for `@docusaurus/plugin-client-redirects`. Read straight from the
 * files because the config needs them before any plugin runs; the roadmap
 * plugin's check reports invalid or colliding aliases, so this skips them.
 */
export async function aliasRedirects(paths: RoadmapPaths): Promise<Redirect[]> {
  const sources = await loadEntrySources(paths);
  const ids = new Set(sources.map((s) => s.frontMatter.id));
  const redirects: Redirect[] = [];
  const seen = new Set<string>();
  for (const {frontMatter} of sources) {
    const {id, aliases} = frontMatter;
    if (typeof id !== 'string' || !Array.isArray(aliases)) continue;
    for (const alias of aliases) {
      if (typeof alias !== 'string' || !KEBAB_CASE.test(alias) || ids.has(alias) || seen.has(alias))
        continue;
      seen.add(alias);
      redirects.push({from: `/${paths.entriesDir}/${alias}`, to: `/${paths.entriesDir}/${id}`});
    }
  }
  return redirects;
}
