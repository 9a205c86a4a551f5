import {createSlugger, type Slugger} from '@docusaurus/utils';
import {asciiKebab} from './owners';
import {KEBAB_CASE} from './schema';

/**
 * The id a theme titled `title` gets: the anchor GitHub and Docusaurus give
 * a heading with that text, so a theme imported from a heading keeps its old
 * links. Titles whose anchor is not kebab-case (accents, other scripts) fall
 * back to their ASCII letters and digits.
 */
export function idFromTitle(title: string, slugger: Slugger = createSlugger()): string {
  const id = slugger.slug(title);
  if (KEBAB_CASE.test(id)) {
    return id;
  }
  const ascii = asciiKebab(title);
  return ascii ? slugger.slug(ascii) : 'theme';
}
