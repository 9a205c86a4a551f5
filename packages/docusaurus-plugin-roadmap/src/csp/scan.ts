import {createHash} from 'node:crypto';
import {parse, parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import {SAFE_DATA_IMAGE, SCRIPT_URL, allowedOnPage, loadsResource} from '../markup/allowList';
import {attributeUrls, isSiteUrl, normalizeUrl} from '../markup/urls';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Document = DefaultTreeAdapterMap['document'];

/** Something on a built page that the theme never emits. */
export interface PageProblem {
  /** 1-based line in the built file. */
  line: number;
  /** The roadmap theme (its heading id) the element sits in, on a page of several themes. */
  theme?: string;
  message: string;
}

/** Elements that run or embed code, re-target links, or post data elsewhere. */
const FORBIDDEN_ELEMENTS = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'portal',
  'noscript',
  'style',
]);

/** Attributes whose value is a URL a browser may follow or load. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'background',
  'ping',
  'attributionsrc',
]);

/** Link relations the theme emits; anything else could load or prefetch more. */
const LINK_RELATIONS = new Set([
  'stylesheet',
  'icon',
  'canonical',
  'alternate',
  'preload',
  'prefetch',
  'modulepreload',
  'manifest',
  'search',
]);

/** A style that can lift an element over the page or load something. */
const UNSAFE_STYLE = /position|z-index|inset|url\s*\(|image-set|expression|@import|behavior/i;

/** A style as the CSS parser reads it: escapes (`u\\72l(`) and comments undone. */
function cssText(style: string): string {
  return (
    style
      .replace(/\/\*[\s\S]*?\*\//g, '')
      // Out of Unicode's range (or zero), an escape is U+FFFD, as in CSS.
      .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => {
        const code = parseInt(hex, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      })
      .replace(/\\(.)/g, '$1')
  );
}

/** Where a refresh leads, read as the HTML standard reads `content`: "0; url=x", "0;x", "0 x". */
function refreshTarget(content: string): string {
  const rest = content.replace(/^\s*[\d.]*\s*[;,]?\s*/, '');
  return rest.replace(/^url\s*=\s*/i, '').replace(/^(['"])(.*?)(?:\1.*)?$/, '$2');
}

/** The hash a Content-Security-Policy names an inline script by. */
export function scriptHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function text(element: Element): string {
  const node = element.tagName === 'template' ? undefined : element.childNodes[0];
  return node && node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : '';
}

/** Types of `<script>` the browser does not run. */
function isDataBlock(element: Element): boolean {
  const type = attribute(element, 'type')?.trim().toLowerCase();
  return type !== undefined && type !== '' && !/^(?:text\/javascript|module)$/.test(type);
}

/** Every element under `root`, in document order (templates' content too). */
function elements(root: Node): Element[] {
  const found: Element[] = [];
  // A stack, not recursive generators: faster, and no depth limit.
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('tagName' in node) found.push(node);
    if ('content' in node && node.content) stack.push(node.content as Node);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/** The theme section (its heading id) an element sits in, on the overview. */
function entryOf(element: Element): string | undefined {
  for (let node: Node | null = element; node && 'tagName' in node; node = node.parentNode) {
    if (node.tagName === 'section') {
      const id = attribute(node, 'aria-labelledby');
      if (id) return id;
    }
  }
  return undefined;
}

/**
 * Whether an element is in a page's Markdown content (docs, blog posts,
 * the overview's themes), where entries end up, rather than in what the
 * theme and the site's own config draw around it.
 */
function inMarkdown(element: Element): boolean {
  for (let node: Node | null = element; node && 'tagName' in node; node = node.parentNode) {
    if ((attribute(node, 'class') ?? '').split(/\s+/).includes('markdown')) return true;
  }
  return false;
}

/** The executable inline scripts of a page, e.g. a page only the theme renders. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const element of elements(parse(html))) {
    if (element.tagName === 'script' && !attribute(element, 'src') && !isDataBlock(element)) {
      hashes.add(scriptHash(text(element)));
    }
  }
  return [...hashes];
}

/**
 * Everything on a built page that could run script, load or embed another
 * site, re-target the page or cover it: judged on the HTML as a browser
 * parses it, after the MDX compiler and the minifier. `trustedScripts` are
 * the hashes of the inline scripts the theme emits on every page.
 */
export function scanPage(html: string, trustedScripts: ReadonlySet<string>): PageProblem[] {
  return scanPageTree(parsePage(html), trustedScripts);
}

/** A built page as a browser parses it, with where each element starts and ends. */
export function parsePage(html: string): Document {
  return parse(html, {sourceCodeLocationInfo: true});
}

/** `scanPage` on a page already parsed with `parsePage`. */
export function scanPageTree(document: Node, trustedScripts: ReadonlySet<string>): PageProblem[] {
  const problems: PageProblem[] = [];
  const ids = new Map<string, number>();
  for (const element of elements(document)) {
    const line = element.sourceCodeLocation?.startLine ?? 1;
    const report = (message: string) => problems.push({line, theme: entryOf(element), message});
    const tag = element.tagName;
    if (FORBIDDEN_ELEMENTS.has(tag)) {
      report(`<${tag}> is on the page; the theme never emits it`);
    } else if (tag === 'script') {
      if (attribute(element, 'src') !== undefined) {
        if (!isSiteUrl(attribute(element, 'src')!)) {
          report(`<script src="${attribute(element, 'src')}"> loads script from elsewhere`);
        }
      } else if (isDataBlock(element)) {
        // Structured data must still be one JSON value: a `</script>` in a
        // title would have ended it early.
        try {
          JSON.parse(text(element));
        } catch {
          report('a <script> data block is not valid JSON: something ended it early');
        }
      } else if (!trustedScripts.has(scriptHash(text(element)))) {
        report(`an inline <script> the theme does not emit: ${text(element).slice(0, 60)}`);
      }
    } else if (tag === 'meta') {
      const equiv = attribute(element, 'http-equiv')?.toLowerCase();
      const content = attribute(element, 'content') ?? '';
      if (equiv === 'refresh') {
        const target = refreshTarget(content);
        if (!isSiteUrl(target)) report(`<meta http-equiv="refresh"> leads to ${target}`);
      } else if (equiv !== undefined && equiv !== 'content-security-policy') {
        report(`<meta http-equiv="${equiv}"> changes how the page behaves`);
      }
    } else if (tag === 'link') {
      const rel = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
      const unknown = rel.filter((r) => r && !LINK_RELATIONS.has(r));
      if (unknown.length > 0)
        report(`<link rel="${unknown.join(' ')}"> is not a relation the theme emits`);
    } else if (
      (tag === 'set' || tag === 'animate') &&
      /href/i.test(attribute(element, 'attributeName') ?? '')
    ) {
      report(`<${tag}> rewrites a link`);
    }
    const rel = attribute(element, 'rel') ?? '';
    for (const {name, value} of element.attrs) {
      if (!/^on/i.test(name) && !allowedOnPage(name)) {
        report(
          `the ${name} attribute on <${tag}> is on neither the entries' allow-list nor the theme's list of attributes`,
        );
      }
      if (/^on/i.test(name)) {
        report(`the ${name} attribute on <${tag}> is an inline event handler`);
      } else if (name === 'style' && UNSAFE_STYLE.test(cssText(value))) {
        report(
          `the style attribute on <${tag}> can cover or restyle the page: ${value.slice(0, 60)}`,
        );
      } else if (name === 'id') {
        if (ids.has(value)) {
          report(
            `id="${value}" is on the page twice (also on line ${ids.get(value)}): its anchor is ambiguous`,
          );
        } else {
          ids.set(value, line);
        }
      } else if (URL_ATTRIBUTES.has(name)) {
        for (const url of attributeUrls(name, value)) {
          const normalized = normalizeUrl(url);
          if (
            loadsResource(tag, name, rel) &&
            !isSiteUrl(url) &&
            !normalized.startsWith('data:') &&
            inMarkdown(element)
          ) {
            report(`${name}="${url}" on <${tag}> makes the browser load it from another site`);
          } else if ((name === 'action' || name === 'formaction') && !isSiteUrl(url)) {
            report(`${name}="${url}" on <${tag}> sends readers' input to another site`);
          } else if (SCRIPT_URL.test(normalized)) {
            report(`${name}="${url}" on <${tag}> runs script`);
          } else if (
            normalized.startsWith('data:') &&
            !(tag === 'img' && SAFE_DATA_IMAGE.test(normalized))
          ) {
            report(
              `${name}="${url.slice(0, 40)}" on <${tag}> is a data: URL that can carry a page`,
            );
          }
        }
      }
    }
  }
  return problems;
}

/**
 * A file the site serves that a browser renders as a document of its own
 * (SVG, XHTML, HTML outside the pages): it must not run script.
 */
export function scanDocument(content: string): PageProblem[] {
  const problems: PageProblem[] = [];
  for (const element of elements(parseFragment(content, {sourceCodeLocationInfo: true}))) {
    const line = element.sourceCodeLocation?.startLine ?? 1;
    if (
      element.tagName === 'script' ||
      element.tagName === 'foreignobject' ||
      element.tagName === 'iframe'
    ) {
      problems.push({line, message: `<${element.tagName}> in a file a browser can open as a page`});
    }
    for (const {name, value} of element.attrs) {
      if (/^on/i.test(name) || SCRIPT_URL.test(normalizeUrl(value))) {
        problems.push({
          line,
          message: `${name}="${value.slice(0, 40)}" on <${element.tagName}> runs script`,
        });
      }
    }
  }
  return problems;
}
