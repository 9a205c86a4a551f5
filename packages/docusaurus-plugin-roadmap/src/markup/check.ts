import type {Element, Root as HastRoot} from 'hast';
import {admonitionTitleToDirectiveLabel, unwrapMdxCodeBlocks} from '@docusaurus/utils';
import type {Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {parseMarkdown} from '../markdown';
import {
  ALLOW_LIST,
  RESERVED_ID,
  URL_PROPERTIES,
  allowsAttribute,
  allowsElement,
  htmlAttributeName,
} from './allowList';
import {DEFAULT_LOCATION, attributeUrls, urlProblem, type EntryLocation} from './urls';

/** A problem in a Markdown body, at a 1-based line of that body. */
export interface MarkupProblem {
  line: number;
  message: string;
}

/** One thing an element has that the allow-list does not. */
export interface ElementFinding {
  /** `element`: the element itself; else one attribute (hast name) or one of its URLs. */
  kind: 'element' | 'attribute' | 'url' | 'id';
  property?: string;
  url?: string;
  message: string;
}

/** Why some elements are refused, for messages; any element off the list is refused. */
const ELEMENT_REASONS: Record<string, string> = {
  script: 'it runs script',
  iframe: 'it embeds another page',
  frame: 'it embeds another page',
  object: 'it embeds active content',
  embed: 'it embeds active content',
  base: 'it changes where every link on the page points',
  meta: 'it changes how the page behaves',
  link: 'it loads other resources into the page',
  style: 'it restyles the whole site',
  form: 'it sends readers\u2019 input elsewhere',
  noscript: 'it is parsed differently by the build and by browsers',
  template: 'it is parsed differently by the build and by browsers',
  svg: 'it is inline SVG, which can animate links and load resources (add the SVG as an image file)',
  math: 'it is parsed differently by the build and by browsers',
  video: 'it loads media from wherever it points; link to the video instead',
  audio: 'it loads media from wherever it points; link to the recording instead',
};

/** Why some attributes are refused, for messages. */
function attributeReason(property: string): string {
  if (/^on/i.test(property)) return 'is an inline event handler, which runs script; remove it';
  if (property === 'style') {
    return 'can cover or restyle the page; the site styles entries, remove it';
  }
  if (property === 'className') return 'is not allowed: the site styles entries, remove it';
  if (property === 'target' || property === 'rel') {
    return 'is not allowed: the site decides how links open (outside links get rel="noopener"), remove it';
  }
  return 'is not on the list of markup GitHub renders, which entries follow; remove it';
}

/**
 * What an element (as `rehype-raw` builds it) has that the allow-list does
 * not: the element, an attribute, a URL, an id the page already uses.
 * Shared by the check, which reports each, and the importer, which
 * converts each.
 */
export function elementFindings(
  element: Element,
  location: EntryLocation = DEFAULT_LOCATION,
  ancestors: readonly string[] = [],
): ElementFinding[] {
  const {tagName} = element;
  if (!allowsElement(tagName)) {
    return [
      {
        kind: 'element',
        message: `<${tagName}> is not allowed in an entry: ${ELEMENT_REASONS[tagName] ?? 'it is not on the list of markup GitHub renders, which entries follow; use Markdown or an allowed element (see CONTRIBUTING)'}`,
      },
    ];
  }
  const findings: ElementFinding[] = [];
  const within = (ALLOW_LIST.ancestors as Record<string, readonly string[]>)[tagName];
  if (within && !within.some((a) => ancestors.includes(a))) {
    findings.push({kind: 'element', message: `<${tagName}> is allowed only inside a <table>`});
  }
  const required = (ALLOW_LIST.required as Record<string, Record<string, unknown>>)[tagName];
  for (const [property, value] of Object.entries(required ?? {})) {
    if (element.properties[property] !== value) {
      findings.push({
        kind: 'element',
        message: `<${tagName}> is allowed only as a task-list checkbox (${htmlAttributeName(property)}=${String(value)}); write "- [ ]" in Markdown`,
      });
    }
  }
  for (const [property, value] of Object.entries(element.properties)) {
    if (value === undefined || value === null || value === false) continue;
    const attribute = htmlAttributeName(property);
    if (!allowsAttribute(tagName, property, value)) {
      findings.push({
        kind: 'attribute',
        property,
        message: `the ${attribute} attribute on <${tagName}> ${attributeReason(property)}`,
      });
      continue;
    }
    if ((ALLOW_LIST.clobber as readonly string[]).includes(property)) {
      const names = Array.isArray(value) ? value.map(String) : [String(value)];
      const reserved = names.find((name) => RESERVED_ID.test(name));
      if (reserved !== undefined && (property === 'id' || property === 'name')) {
        findings.push({
          kind: 'id',
          property,
          message: `${attribute}="${reserved}" on <${tagName}> takes a name the page itself uses; pick another`,
        });
      }
    }
    if (!(URL_PROPERTIES as readonly string[]).includes(property)) continue;
    const values = Array.isArray(value) ? value.map(String) : [String(value)];
    for (const url of values.flatMap((v) => attributeUrls(property, v))) {
      const problem = urlProblem(property, url, location);
      if (problem) {
        findings.push({
          kind: 'url',
          property,
          url,
          message: `${attribute}="${url}" on <${tagName}>: ${problem}`,
        });
      }
    }
  }
  return findings;
}

const MDX_ESM = /^(?:import|export)[\s{*'"]/;

/** Docusaurus's admonition keywords (`DefaultAdmonitionOptions`). */
const ADMONITIONS = [
  'secondary',
  'info',
  'success',
  'danger',
  'note',
  'tip',
  'warning',
  'important',
  'caution',
];

/**
 * A body as Docusaurus's preprocessor hands it to the Markdown parser:
 * `:::note Title` becomes `:::note[Title]` (`mdx1Compat.admonitions`, on by
 * default), on the same line, so lines still count in the file.
 */
export function asDocusaurusReads(markdown: string): string {
  return admonitionTitleToDirectiveLabel(markdown, ADMONITIONS);
}

/** The first line of a ```mdx-code-block fence, which Docusaurus unwraps into the page. */
function mdxCodeBlockLine(markdown: string): number | undefined {
  if (unwrapMdxCodeBlocks(markdown) === markdown) return undefined;
  const at = /^ *`{3,4} *mdx-code-block\r?$/m.exec(markdown)?.index ?? 0;
  return markdown.slice(0, at).split('\n').length;
}
const JSX_TAG = /^<[A-Z]/;

/**
 * The HTML parser the check uses, loaded on first use: most entries have no
 * HTML, and parse5 is slow to load. These packages are ES modules, required
 * from CommonJS: `preloadHtmlTools` loads them before the bundler starts
 * importing the same packages, which Node 20 cannot do at the same time.
 */
function htmlTools() {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const {raw} = require('hast-util-raw') as typeof import('hast-util-raw');
  const {toHast} = require('mdast-util-to-hast') as typeof import('mdast-util-to-hast');
  const {VFile} = require('vfile') as typeof import('vfile');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return {raw, toHast, VFile};
}

export function preloadHtmlTools(): void {
  htmlTools();
}

/** A Markdown body as the build renders it: raw HTML parsed the way `rehype-raw` parses it. */
export function renderedTree(markdown: string, tree: Root = parseMarkdown(markdown)): HastRoot {
  const {raw, toHast, VFile} = htmlTools();
  return raw(toHast(tree, {allowDangerousHtml: true}) as HastRoot, {
    file: new VFile(markdown),
  }) as HastRoot;
}

/**
 * Every element of a rendered body with the tag names of its ancestors,
 * outermost first; the children of an element off the list are not
 * visited (it is reported, or converted, as a whole).
 */
export function walkElements(
  root: HastRoot,
  onElement: (element: Element, ancestors: readonly string[]) => boolean,
): void {
  const walk = (node: HastRoot | Element, ancestors: string[]) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (onElement(child, ancestors)) walk(child, [...ancestors, child.tagName]);
    }
  };
  walk(root, []);
}

/**
 * Finds everything in a body that the allow-list does not allow, checked on
 * the page as the build renders it, plus MDX syntax, which entries do not
 * support. Plain Markdown makes only listed elements: only its link, image
 * and definition URLs need a look.
 */
export function findMarkupProblems(
  markdown: string,
  tree: Root = parseMarkdown(asDocusaurusReads(markdown)),
  {
    location = DEFAULT_LOCATION,
    onAnchor,
  }: {
    location?: EntryLocation;
    /** Called with each `id` the body gives an element outside headings. */
    onAnchor?: (anchor: {id: string; line: number}) => void;
  } = {},
): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  const fence = mdxCodeBlockLine(markdown);
  if (fence !== undefined) {
    problems.push({
      line: fence,
      message:
        'an mdx-code-block fence is unwrapped by Docusaurus into the page as MDX; entries are plain Markdown: give the code another language, or write the Markdown out',
    });
  }
  markdown = asDocusaurusReads(markdown);
  for (const node of tree.children) {
    if (node.type === 'paragraph' && MDX_ESM.test(toString(node))) {
      problems.push({
        line: node.position?.start.line ?? 1,
        message:
          'MDX import/export is not supported: entries are plain Markdown, so this shows as text; remove it',
      });
    }
  }
  const report = (element: Element, line: number, ancestors: readonly string[] = []) => {
    for (const key of ['id', 'name'] as const) {
      const value = element.properties[key];
      if (typeof value === 'string' && value) onAnchor?.({id: value, line});
    }
    for (const {message} of elementFindings(element, location, ancestors)) {
      problems.push({line, message});
    }
  };
  let hasHtml = false;
  /** `line:tag` of each JSX tag reported as such: not again as an element off the list. */
  const jsx = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'html') {
      hasHtml = true;
      if (JSX_TAG.test(node.value.trimStart())) {
        const line = node.position?.start.line ?? 1;
        jsx.add(`${line}:${/^<([\w.-]+)/.exec(node.value.trimStart())![1]!.toLowerCase()}`);
        problems.push({
          line: node.position?.start.line ?? 1,
          message: `JSX (${node.value.trim().split(/[\s>]/)[0]}…) is not supported: entries are plain Markdown; remove the component`,
        });
      }
    } else if (
      node.type === 'containerDirective' ||
      node.type === 'leafDirective' ||
      node.type === 'textDirective'
    ) {
      // Admonitions (`:::note{#id}`) render as a block whose attributes
      // reach the page: they follow the rules of a <div>.
      const properties = {...node.attributes};
      const line = node.position?.start.line ?? 1;
      if (properties.id) onAnchor?.({id: properties.id, line});
      if (properties.id && RESERVED_ID.test(properties.id)) {
        problems.push({
          line,
          message: `id="${properties.id}" takes a name the page itself uses; pick another`,
        });
      }
      delete properties.id;
      report({type: 'element', tagName: 'div', properties, children: []}, line);
    }
  });
  let rendered: HastRoot | undefined;
  try {
    rendered = hasHtml ? renderedTree(markdown, tree) : undefined;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problems.push({
      line: 1,
      message: 'nests HTML elements too deeply to be checked (or built); flatten it',
    });
  }
  if (rendered) {
    walkElements(rendered, (element, ancestors) => {
      const line = element.position?.start.line ?? 1;
      if (!jsx.has(`${line}:${element.tagName}`)) report(element, line, ancestors);
      return allowsElement(element.tagName);
    });
  } else if (!hasHtml) {
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') {
        report(asElement('a', 'href', node.url), node.position?.start.line ?? 1);
      } else if (node.type === 'image') {
        report(asElement('img', 'src', node.url), node.position?.start.line ?? 1);
      }
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}

function asElement(tagName: string, property: string, url: string): Element {
  return {type: 'element', tagName, properties: {[property]: url}, children: []};
}
