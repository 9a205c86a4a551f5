import {createSlugger, parseMarkdownHeadingId, type Slugger} from '@docusaurus/utils';
import type {Heading, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import remarkComment from '@slorber/remark-comment';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';

// Docusaurus's own comment syntax too (`mdx1Compat.comments`, on by
// default): it reads `<!-- … -->` its own way, and swallows what follows.
const parser = unified().use(remarkParse).use(remarkComment).use(remarkDirective).use(remarkGfm);

/** CommonMark + comments + directives + GFM, as Docusaurus reads `.md` files with `format: 'detect'`. */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

export interface HeadingAnchor {
  anchor: string;
  text: string;
  line: number;
  node: Heading;
}

/**
 * The anchors Docusaurus gives a Markdown file's headings (`{#id}` honoured).
 * Pass a slugger to go on numbering duplicates after these headings.
 */
export function headingAnchors(
  markdown: string,
  tree = parseMarkdown(markdown),
  slugger: Slugger = createSlugger(),
): HeadingAnchor[] {
  const anchors: HeadingAnchor[] = [];
  visit(tree, 'heading', (node) => {
    const {text, id} = parseMarkdownHeadingId(toString(node));
    anchors.push({
      anchor: id ?? slugger.slug(text),
      text,
      line: node.position?.start.line ?? 1,
      node,
    });
  });
  return anchors;
}
