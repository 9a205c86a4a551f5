import path from 'node:path';
import type {Root} from 'hast';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';

const PROPERTIES = ['id', 'href', 'ariaDescribedBy'];

/**
 * A rehype plugin: footnote ids (`user-content-fn-1`, `footnote-label`, and
 * the links to them) get the file's name in them. Otherwise two entries with
 * a footnote `[^1]` give the overview, which shows both, the same ids, and
 * each footnote link jumps to the first entry's note.
 */
export function rehypeFootnoteIds() {
  return (tree: Root, file: VFile) => {
    const name = file.path ? path.basename(file.path, path.extname(file.path)) : '';
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    if (!slug) return;
    const rename = (value: string) =>
      value
        .replace(/^(#?)user-content-(fnref|fn)-/, `$1user-content-${slug}-$2-`)
        .replace(/^(#?)footnote-label$/, `$1${slug}-footnote-label`);
    visit(tree, 'element', ({properties}) => {
      for (const key of PROPERTIES) {
        const value = properties[key];
        if (typeof value === 'string') {
          properties[key] = rename(value);
        } else if (Array.isArray(value)) {
          properties[key] = value.map((v) => (typeof v === 'string' ? rename(v) : v));
        }
      }
    });
  };
}
