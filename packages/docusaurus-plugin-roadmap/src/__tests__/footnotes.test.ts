import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Root} from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {rehypeFootnoteIds} from '../footnotes';

/** Every id and in-page link of a Markdown file as the build renders it. */
function anchorsOf(file: string, markdown: string): string[] {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);
  const vfile = new VFile({path: file, value: markdown});
  const tree = processor.runSync(processor.parse(vfile), vfile) as Root;
  rehypeFootnoteIds()(tree, vfile);
  const found: string[] = [];
  visit(tree, 'element', (element) => {
    const {id, href} = element.properties;
    if (typeof id === 'string') found.push(id);
    if (typeof href === 'string' && href.startsWith('#')) found.push(href);
  });
  return found;
}

describe('rehypeFootnoteIds', () => {
  const markdown = 'A claim.[^1]\n\n[^1]: The source.\n';

  it('gives two entries with the same footnote different ids, links included', () => {
    const a = anchorsOf('/site/docs/roadmap/search.md', markdown);
    const b = anchorsOf('/site/docs/roadmap/graphql.md', markdown);
    assert.ok(a.length >= 4, JSON.stringify(a));
    assert.deepEqual(
      a.filter((x) => b.includes(x)),
      [],
    );
    assert.ok(a.includes('user-content-search-fn-1'));
    assert.ok(a.includes('#user-content-search-fn-1'));
    assert.ok(a.includes('search-footnote-label'));
  });
});
