import {createSlugger, parseMarkdownHeadingId, type Slugger} from '@docusaurus/utils';
import type {Element, Root as HastRoot} from 'hast';
import type {Heading, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';

/** A problem in a Markdown body, at a 1-based line of that body. */
export interface MarkdownProblem {
  line: number;
  message: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** CommonMark + GFM, as Docusaurus reads `.md` files with `format: 'detect'`. */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/**
 * Elements an entry may not contain: they run script, embed other pages,
 * restyle or re-target the whole site, or post data elsewhere.
 */
const FORBIDDEN_ELEMENTS: Record<string, string> = {
  script: 'runs script',
  iframe: 'embeds another page',
  frame: 'embeds another page',
  frameset: 'embeds other pages',
  object: 'embeds active content',
  embed: 'embeds active content',
  applet: 'embeds active content',
  base: 'changes where every link on the page points',
  meta: 'changes how the page behaves',
  link: 'loads other resources into the page',
  style: 'restyles the whole site',
  form: 'sends readers\u2019 input elsewhere',
};

/** Attributes (hast property names) whose value is a URL. */
const URL_PROPERTIES = new Set([
  'href',
  'src',
  'srcSet',
  'action',
  'formAction',
  'xLinkHref',
  'poster',
  'cite',
  'data',
  'background',
  'ping',
  'longDesc',
  'useMap',
]);

const SCRIPT_URL = /^(?:javascript|vbscript):/;
const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif);/;

/** The URL as a browser reads it: without whitespace and control characters. */
function normalizeUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
}

function unsafeUrl(element: Element, property: string, value: string): string | undefined {
  const url = normalizeUrl(value);
  if (SCRIPT_URL.test(url)) {
    return `a ${url.slice(0, url.indexOf(':') + 1)} URL runs script`;
  }
  if (url.startsWith('data:') && !(element.tagName === 'img' && SAFE_DATA_IMAGE.test(url))) {
    return `a data: URL can carry a whole page (only data:image/… in <img src> is allowed)`;
  }
  return undefined;
}

/** The HTML attribute name of a hast property, for messages. */
function attributeName(property: string): string {
  return property === 'xLinkHref' ? 'xlink:href' : property.toLowerCase();
}

function checkElement(element: Element, report: (message: string) => void): void {
  const reason = FORBIDDEN_ELEMENTS[element.tagName];
  if (reason) {
    report(`<${element.tagName}> is not allowed in an entry: it ${reason}`);
  }
  for (const [property, value] of Object.entries(element.properties)) {
    const attribute = attributeName(property);
    if (/^on/i.test(property)) {
      report(
        `the ${attribute} attribute on <${element.tagName}> is an inline event handler, which runs script; remove it`,
      );
      continue;
    }
    if (!URL_PROPERTIES.has(property)) {
      continue;
    }
    const values = Array.isArray(value) ? value.map(String) : [String(value)];
    for (const item of values) {
      const problem = unsafeUrl(element, property, item);
      if (problem) {
        report(`${attribute}="${item}" on <${element.tagName}>: ${problem}`);
      }
    }
  }
}

const MDX_ESM = /^(?:import|export)[\s{*'"]/;
const JSX_TAG = /^<[A-Z]/;

/**
 * Finds markup that would run or embed code, checked on the page as the
 * build renders it (raw HTML parsed the way `rehype-raw` parses it), plus
 * MDX syntax, which entries do not support.
 */
export function findUnsafeMarkup(
  markdown: string,
  tree = parseMarkdown(markdown),
): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  for (const node of tree.children) {
    if (node.type === 'paragraph' && MDX_ESM.test(toString(node))) {
      problems.push({
        line: node.position?.start.line ?? 1,
        message:
          'MDX import/export is not supported: entries are plain Markdown, so this shows as text; remove it',
      });
    }
  }
  let hasHtml = false;
  visit(tree, 'html', (node) => {
    hasHtml = true;
    if (JSX_TAG.test(node.value.trimStart())) {
      problems.push({
        line: node.position?.start.line ?? 1,
        message: `JSX (${node.value.trim().split(/[\s>]/)[0]}…) is not supported: entries are plain Markdown; remove the component`,
      });
    }
  });

  const report = (element: Element, line: number | undefined) =>
    checkElement(element, (message) => problems.push({line: line ?? 1, message}));
  if (hasHtml) {
    // Raw HTML: look at the elements exactly as rehype-raw will build them.
    // Loaded only here: most entries have no HTML, and parse5 is slow to load.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const {raw} = require('hast-util-raw') as typeof import('hast-util-raw');
    const {toHast} = require('mdast-util-to-hast') as typeof import('mdast-util-to-hast');
    const {VFile} = require('vfile') as typeof import('vfile');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const hast = raw(toHast(tree, {allowDangerousHtml: true}) as HastRoot, {
      file: new VFile(markdown),
    });
    visit(hast, 'element', (element) => report(element, element.position?.start.line));
  } else {
    // Plain Markdown: only link, image and definition URLs can carry script.
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') {
        report(asElement('a', 'href', node.url), node.position?.start.line);
      } else if (node.type === 'image') {
        report(asElement('img', 'src', node.url), node.position?.start.line);
      }
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}

function asElement(tagName: string, property: string, url: string): Element {
  return {type: 'element', tagName, properties: {[property]: url}, children: []};
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
