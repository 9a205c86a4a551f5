import path from 'node:path';
import {createSlugger, parseMarkdownHeadingId, type Slugger} from '@docusaurus/utils';
import type {Element, Root as HastRoot} from 'hast';
import type {Heading, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {SAFE_DATA_IMAGE, SCRIPT_URL, attributeUrls, normalizeUrl} from './urls';

/** A problem in a Markdown body, at a 1-based line of that body. */
export interface MarkdownProblem {
  line: number;
  message: string;
}

const parser = unified().use(remarkParse).use(remarkDirective).use(remarkGfm);

/** CommonMark + directives + GFM, as Docusaurus reads `.md` files with `format: 'detect'`. */
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
  head: 'changes the page\u2019s head',
  title: 'changes the page\u2019s title',
  // Raw-text and foreign-content elements: browsers, the checker and the
  // build's minifier parse what follows them differently.
  noscript: 'is parsed differently by the build and by browsers',
  noembed: 'is parsed differently by the build and by browsers',
  noframes: 'is parsed differently by the build and by browsers',
  template: 'is parsed differently by the build and by browsers',
  textarea: 'is parsed differently by the build and by browsers',
  xmp: 'is parsed differently by the build and by browsers',
  plaintext: 'is parsed differently by the build and by browsers',
  svg: 'is inline SVG, which can animate links and load resources (add the SVG as an image file)',
  math: 'is parsed differently by the build and by browsers',
  portal: 'embeds another page',
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

/** Image files an entry may show: raster types, and SVG (only as an image, never a page). */
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|avif|svg)$/i;
const RASTER_IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|avif)$/i;
const PAGE_FILE = /\.mdx?$/i;

/** Where an entry file is and what its local links may reach. */
export interface EntryLocation {
  /** The entry's path from the site root, e.g. `docs/roadmap/x.md`. */
  file: string;
  /** The docs folder, e.g. `docs`: relative links must stay inside it. */
  docsDir: string;
}

const DEFAULT_LOCATION: EntryLocation = {file: 'docs/roadmap/entry.md', docsDir: 'docs'};

/**
 * Why a link (`image: false`) or image target is not allowed, if it is not.
 * Allowed: https:// (and mailto: for links), in-site routes and anchors,
 * pages and images under the docs folder, images under static/. Refused:
 * script and data URLs, other schemes, and anything that could make the
 * build copy a file from outside the site or publish a renderable file.
 */
export function unsafeTarget(
  value: string,
  {image, literal = false}: {image: boolean; literal?: boolean},
  {file, docsDir}: EntryLocation = DEFAULT_LOCATION,
): string | undefined {
  const url = normalizeUrl(value);
  if (SCRIPT_URL.test(url)) {
    return `a ${url.slice(0, url.indexOf(':') + 1)} URL runs script`;
  }
  if (url.startsWith('data:')) {
    return image && SAFE_DATA_IMAGE.test(url)
      ? undefined
      : 'a data: URL can carry a whole page (only PNG, GIF, JPEG, WebP and AVIF images may be data: URLs)';
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
  if (scheme === 'https' || (scheme === 'http' && literal)) {
    let parsed: URL;
    try {
      parsed = new URL(value.trim());
    } catch {
      return 'is not a valid URL';
    }
    if (parsed.username || parsed.password) {
      return 'carries a user name or password (the part before "@"); remove it';
    }
    return image
      ? 'loads a file from another site, which the site does not allow: add the image to the repository (docs/ or static/img/) and point at it'
      : undefined;
  }
  if (scheme === 'mailto' && !image) return undefined;
  if (scheme === 'http') return 'is an http:// URL; write https://';
  if (scheme) {
    return `${scheme}: URLs are not allowed; link to an https:// page, a page of this site or an image in the repository`;
  }
  if (url.startsWith('//')) return 'has no scheme; write the full https:// address';
  let target: string;
  try {
    target = decodeURIComponent(value.trim().split(/[?#]/)[0]!);
  } catch {
    return 'is not a valid URL (a "%" that is not an escape)';
  }
  if (target === '') return undefined; // #anchor or ?query on this page
  if (target.startsWith('@site/') || target.startsWith('~') || target.includes('\\')) {
    return 'points at a file by a build path; link to a page or image inside docs/ or static/ by its relative path or URL';
  }
  const absolute = target.startsWith('/');
  if (target.split('/').includes('..') && absolute) {
    return 'climbs out of the site with ".."; link to a page of the site or an image in static/';
  }
  if (!absolute) {
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
    if (!resolved.startsWith(`${docsDir}/`)) {
      return `points outside ${docsDir}/ (to ${resolved}); link only to pages and images of the site`;
    }
  }
  const name = path.posix.basename(target);
  if (image) {
    return IMAGE_FILE.test(name)
      ? undefined
      : 'is not an image file: images may be PNG, JPEG, GIF, WebP, AVIF or SVG files';
  }
  if (!name.includes('.') || PAGE_FILE.test(name) || RASTER_IMAGE_FILE.test(name)) {
    return undefined;
  }
  return /\.svg$/i.test(name)
    ? 'opens an SVG file as a page, where it could run script: show it as an image, ![text](file.svg)'
    : 'links to a file the build would publish as it is; entries link only to pages, images and the web';
}

/** The HTML attribute name of a hast property, for messages. */
function attributeName(property: string): string {
  return property === 'xLinkHref' ? 'xlink:href' : property.toLowerCase();
}

/** Elements whose URL attributes are links; on any other element they load a resource. */
const LINK_ELEMENTS = new Set(['a', 'area', 'blockquote', 'q', 'del', 'ins']);

function checkElement(
  element: Element,
  report: (message: string) => void,
  location: EntryLocation,
  literal = false,
): void {
  const reason = FORBIDDEN_ELEMENTS[element.tagName];
  if (reason) {
    report(`<${element.tagName}> is not allowed in an entry: it ${reason}`);
    return;
  }
  for (const [property, value] of Object.entries(element.properties)) {
    const attribute = attributeName(property);
    if (/^on/i.test(property)) {
      report(
        `the ${attribute} attribute on <${element.tagName}> is an inline event handler, which runs script; remove it`,
      );
      continue;
    }
    if (property === 'style') {
      report(
        `the style attribute on <${element.tagName}> can cover or restyle the page; the site styles entries, remove it`,
      );
      continue;
    }
    if (!URL_PROPERTIES.has(property)) {
      continue;
    }
    const values = Array.isArray(value) ? value.map(String) : [String(value)];
    const urls = values.flatMap((v) => attributeUrls(property, v));
    const image = !LINK_ELEMENTS.has(element.tagName);
    for (const item of urls) {
      const problem = unsafeTarget(item, {image, literal}, location);
      if (problem) {
        report(`${attribute}="${item}" on <${element.tagName}>: ${problem}`);
      }
    }
  }
}

const MDX_ESM = /^(?:import|export)[\s{*'"]/;
const JSX_TAG = /^<[A-Z]/;

/**
 * The HTML parser the unsafe-markup check uses, loaded on first use: most
 * entries have no HTML, and parse5 is slow to load. These packages are ES
 * modules, required from CommonJS: `preloadHtmlTools` loads them before the
 * bundler starts importing the same packages, which Node 20 cannot do at
 * the same time.
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

/**
 * Finds markup that would run or embed code, checked on the page as the
 * build renders it (raw HTML parsed the way `rehype-raw` parses it), plus
 * MDX syntax, which entries do not support.
 */
export function findUnsafeMarkup(
  markdown: string,
  tree = parseMarkdown(markdown),
  {
    location = DEFAULT_LOCATION,
    onAnchor,
  }: {
    location?: EntryLocation;
    /** Called with each `id` the body gives an element outside headings. */
    onAnchor?: (anchor: {id: string; line: number}) => void;
  } = {},
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
  visit(tree, (node) => {
    if (node.type === 'html') {
      hasHtml = true;
      if (JSX_TAG.test(node.value.trimStart())) {
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
      // Directives (admonitions, `:name[text]{attrs}`) may carry attributes.
      const properties = {...node.attributes};
      const line = node.position?.start.line ?? 1;
      if (properties.id) onAnchor?.({id: properties.id, line});
      delete properties.id;
      report({type: 'element', tagName: node.name, properties, children: []}, node.position);
    }
  });

  function report(
    element: Element,
    position: {start: {line: number; offset?: number}} | undefined,
  ) {
    const line = position?.start.line ?? 1;
    // A bare address in text (GFM's autolink literal) is text the reader sees.
    const first = position?.start.offset === undefined ? '[' : markdown[position.start.offset];
    const literal = element.tagName === 'a' && first !== '[' && first !== '<';
    for (const key of ['id', 'name'] as const) {
      const value = element.properties[key];
      if (typeof value === 'string' && value) onAnchor?.({id: value, line});
    }
    checkElement(element, (message) => problems.push({line, message}), location, literal);
  }
  if (hasHtml) {
    // Raw HTML: look at the elements exactly as rehype-raw will build them.
    const {raw, toHast, VFile} = htmlTools();
    const hast = raw(toHast(tree, {allowDangerousHtml: true}) as HastRoot, {
      file: new VFile(markdown),
    });
    visit(hast, 'element', (element) => report(element, element.position));
  } else {
    // Plain Markdown: only link, image and definition URLs can carry script.
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') {
        report(asElement('a', 'href', node.url), node.position);
      } else if (node.type === 'image') {
        report(asElement('img', 'src', node.url), node.position);
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
