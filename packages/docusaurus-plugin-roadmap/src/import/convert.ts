import type {Element, Root as HastRoot} from 'hast';
import {fromParse5} from 'hast-util-from-parse5';
import type {Node} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {parseFragment} from 'parse5';
import {find, html as htmlSchema} from 'property-information';
import {visit} from 'unist-util-visit';
import {parseMarkdown} from '../markdown';
import {allowsElement} from '../markup/allowList';
import {elementFindings} from '../markup/check';
import {DEFAULT_LOCATION, normalizeUrl, urlProblem} from '../markup/urls';

/** One change the importer made to the old page's text, for its report. */
export interface Conversion {
  /** 1-based line in the text converted. */
  line: number;
  /** The text as it was, and as it is now ('' when removed). */
  before: string;
  after: string;
  why: string;
}

export interface ConvertOptions {
  /**
   * The old page's address: its links into its own site (`/releases/x`,
   * `../docs/y.md`) become links to that site. Without it they become text.
   */
  origin?: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
  why?: string;
}

/** Elements whose content is not text a reader saw: removed with it. */
const REMOVED_WITH_CONTENT = new Set([
  ...['script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'title', 'head'],
  ...['textarea', 'xmp', 'svg', 'math', 'select', 'object', 'applet', 'iframe', 'frame'],
  ...['frameset', 'video', 'audio', 'canvas', 'portal', 'embed', 'map', 'form'],
]);
/** Elements that show another page or a media file: linked instead. */
const EMBEDS: Record<string, string> = {
  iframe: 'src',
  frame: 'src',
  embed: 'src',
  object: 'data',
  video: 'src',
  audio: 'src',
};
const VOID = new Set([
  'br',
  'hr',
  'img',
  'input',
  'source',
  'wbr',
  'col',
  'area',
  'base',
  'meta',
  'link',
]);
const TAG =
  /<!--[\s\S]*?-->|<\/([A-Za-z][\w:-]*)\s*>|<([A-Za-z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const MDX_ESM = /^(?:import|export)[\s{*'"]/;
/** A `<tbody>` the converter wrote where the page had rows right in a table. */
const IMPLIED_TBODY = 'tbody (implied)';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeText = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[[\]{}]/g, (c) => `\\${c}`);

/** A start tag as an element with hast properties, as `rehype-raw` would build it. */
function elementOf(
  tag: string,
): {element: Element; attrs: {name: string; value: string}[]} | undefined {
  const fragment = parseFragment(tag.replace(/\/>$/, '>'));
  const node = fragment.childNodes[0];
  if (!node || !('tagName' in node)) return undefined;
  const tree = fromParse5(fragment) as unknown as HastRoot;
  const element = tree.children.find((c): c is Element => c.type === 'element');
  return element ? {element, attrs: node.attrs} : undefined;
}

/** `<name a="b">` from attributes kept; void elements closed the way MDX needs. */
function startTag(name: string, attrs: readonly {name: string; value: string}[]): string {
  const list = attrs.map(({name: n, value}) => ` ${n}="${escapeAttribute(value)}"`).join('');
  return `<${name}${list}${VOID.has(name) ? ' />' : '>'}`;
}

/** Offsets of each line start, to turn an offset into a 1-based line. */
function lineAt(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** The same number of line breaks as `text`: removing a block keeps later lines where they were. */
const keepLines = (text: string) => '\n'.repeat(text.split('\n').length - 1);

/**
 * Converts an old page's text into text an entry or the overview may hold,
 * listing every change. Everything on the allow-list stays as written;
 * markup outside it becomes the nearest thing that is on it (an embed a
 * link, an outside image a link to it, an unknown element its text, an
 * attribute off the list is dropped, a link into the old site a link to
 * that site or text); script, styles and other content no reader saw are
 * removed. The text is also made valid MDX (the overview is MDX): braces
 * and stray `<` escaped, void elements closed, comments and `<url>`
 * autolinks rewritten, all without changing what a reader sees.
 */
export function convertMarkup(
  text: string,
  options: ConvertOptions = {},
): {text: string; conversions: Conversion[]} {
  const structural = apply(text, structuralEdits(text, options));
  return {
    text: apply(structural.text, mdxEdits(structural.text)).text,
    conversions: structural.conversions,
  };
}

/** Whether the character at `at` is escaped: an odd number of backslashes before it. */
function isEscaped(text: string, at: number): boolean {
  let count = 0;
  while (text[at - count - 1] === '\\') count++;
  return count % 2 === 1;
}

/** Braces and a stray `<` in text start JSX expressions and tags in MDX; `<url>` is a tag there too. */
function mdxEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  visit(parseMarkdown(text), (node) => {
    // GFM's literal autolinks give their text no position: plain text as written.
    if (!node.position) return undefined;
    if (node.type === 'link' && text[node.position.start.offset!] === '<') {
      const url = node.url;
      edits.push({...offsets(node), text: `[${escapeText(url)}](${url})`});
      return 'skip';
    }
    if (node.type === 'html') {
      // Text between tags is JSX text in MDX, where braces open expressions.
      const base = node.position!.start.offset!;
      for (const match of node.value.matchAll(/[{}]/g)) {
        const at = base + match.index;
        edits.push({start: at, end: at + 1, text: match[0] === '{' ? '&#123;' : '&#125;'});
      }
      return undefined;
    }
    if (node.type !== 'text') return undefined;
    const {start, end} = offsets(node);
    const source = text.slice(start, end);
    // A heading's own anchor, `{#id}`, stays as Docusaurus reads it.
    const own = /\s*\{#[\w-]+\}\s*$/.exec(source);
    const limit = own ? end - own[0].length : end;
    for (let i = start; i < limit; i++) {
      const char = text[i];
      if ((char === '{' || char === '}' || char === '<') && !isEscaped(text, i)) {
        edits.push({start: i, end: i + 1, text: `\\${char}`});
      }
    }
    return undefined;
  });
  return edits;
}

/** What the allow-list and this site's links need changed, each with why. */
function structuralEdits(text: string, {origin}: ConvertOptions): Edit[] {
  const edits: Edit[] = [];
  // `<!-- … -->` outside code: Docusaurus's comment syntax leaves them out of
  // the tree (invisible in a Markdown page); in an MDX one they are an error.
  const code: {start: number; end: number}[] = [];
  // Elements open at this point of the page, and unwrapped ones whose end tag goes too.
  const open: string[] = [];
  const unwrapped: string[] = [];
  const tree = parseMarkdown(text);
  const slice = (node: Node) => text.slice(node.position!.start.offset, node.position!.end.offset);
  /** A link's text as written; GFM's literal autolinks give their text no position. */
  const childrenText = (node: Node & {children?: Node[]}) => {
    const [first, last] = [node.children?.[0], node.children?.at(-1)];
    return first?.position && last?.position
      ? text.slice(first.position.start.offset, last.position.end.offset)
      : escapeText(toString(node));
  };
  /** Where a URL of the old page leads now, or why it cannot stay. */
  const retarget = (url: string, property: 'href' | 'src'): {url?: string; why?: string} => {
    const normalized = normalizeUrl(url);
    const scheme = /^([a-z][a-z0-9+.-]*):/.exec(normalized)?.[1];
    if (!scheme && !normalized.startsWith('//') && !url.trim().startsWith('#')) {
      if (!origin) {
        return {
          why: `links into the site the old page lived on (${url}), not this one: made text; pass --origin <the old page's URL> to keep such links`,
        };
      }
      try {
        url = new URL(url.trim(), origin).href;
      } catch {
        return {why: `${url} is not a valid link: made text`};
      }
    }
    const problem = urlProblem(property, url, DEFAULT_LOCATION);
    return problem
      ? {url: /^https?:/.test(normalizeUrl(url)) ? url : undefined, why: problem}
      : {url};
  };

  visit(tree, (node, _index, parent) => {
    if (!node.position) return undefined;
    if (node.type === 'paragraph' && parent?.type === 'root' && MDX_ESM.test(toString(node))) {
      edits.push({
        ...offsets(node),
        text: keepLines(slice(node)),
        why: 'MDX import/export does nothing in plain Markdown: removed',
      });
      return 'skip';
    }
    if (node.type === 'link' || node.type === 'image') {
      const hasImage = node.type === 'link' && node.children.some((c) => c.type === 'image');
      const label =
        node.type === 'image'
          ? escapeText(node.alt ?? '')
          : hasImage
            ? escapeText(toString(node))
            : childrenText(node);
      const target = retarget(node.url, node.type === 'link' ? 'href' : 'src');
      // A link that stays may hold an image that does not.
      if (!target.why && target.url === node.url) return undefined;
      const after = target.url
        ? `[${label || escapeText(target.url)}](${target.url})`
        : label || escapeText(node.url);
      edits.push({...offsets(node), text: after, why: target.why ?? 'rewritten'});
      return 'skip';
    }
    if (node.type === 'definition') {
      const target = retarget(node.url, 'href');
      if (target.why || target.url !== node.url) {
        edits.push({
          ...offsets(node),
          text: target.url ? `[${node.label ?? node.identifier}]: ${target.url}` : '',
          why: target.why ?? 'rewritten',
        });
      }
      return 'skip';
    }
    if (node.type === 'code' || node.type === 'inlineCode') code.push(offsets(node));
    if (node.type === 'html') convertHtml(node.value, node.position!.start.offset!);
    return undefined;
  });

  /** Per tag of a raw HTML node: kept, rewritten, unwrapped or removed. */
  function convertHtml(html: string, base: number) {
    const tags = new RegExp(TAG.source, 'g');
    for (let match = tags.exec(html); match; match = tags.exec(html)) {
      const [tag, endName, startName] = match;
      const start = base + match.index;
      const end = start + tag.length;
      if (tag.startsWith('<!--')) {
        edits.push({start, end, text: keepLines(tag)});
        continue;
      }
      if (endName) {
        const name = endName.toLowerCase();
        const at = unwrapped.lastIndexOf(name);
        if (at !== -1 || !allowsElement(name)) {
          if (at !== -1) unwrapped.splice(at, 1);
          edits.push({start, end, text: ''});
        }
        const opened = open.lastIndexOf(name);
        if (opened !== -1) {
          // A <tbody> the browser would have added closes with its table.
          if (name === 'table' && open[opened + 1] === IMPLIED_TBODY) {
            edits.push({start, end, text: '</tbody></table>'});
          }
          open.splice(opened);
        }
        continue;
      }
      const name = startName!.toLowerCase();
      const parsed = elementOf(tag);
      if (!parsed) continue;
      const {element, attrs} = parsed;
      if (!allowsElement(name)) {
        if (REMOVED_WITH_CONTENT.has(name)) {
          const close = new RegExp(`</${name}\\s*>`, 'ig');
          close.lastIndex = match.index + tag.length;
          const found = VOID.has(name) || tag.endsWith('/>') ? null : close.exec(html);
          const stop = found ? base + found.index + found[0].length : end;
          const url = EMBEDS[name] ? attrs.find((a) => a.name === EMBEDS[name])?.value : undefined;
          const link = url ? retarget(url, 'href').url : undefined;
          edits.push({
            start,
            end: stop,
            text: link
              ? `<a href="${escapeAttribute(link)}">${escapeText(link)}</a>`
              : keepLines(text.slice(start, stop)),
            why: `<${name}> is not allowed in an entry: ${link ? 'replaced by a link to what it showed' : 'removed with its content'}`,
          });
          if (found) tags.lastIndex = found.index + found[0].length;
          continue;
        }
        if (!VOID.has(name) && !tag.endsWith('/>')) unwrapped.push(name);
        edits.push({
          start,
          end,
          text: '',
          why: `<${name}> is not on the allow-list: its text kept, the tag removed`,
        });
        continue;
      }
      const findings = elementFindings(element, DEFAULT_LOCATION, open);
      if (!VOID.has(name) && !tag.endsWith('/>')) open.push(name);
      const dropped = new Set<string>();
      const whys: string[] = [];
      let replacement: string | undefined;
      const urlProperty = name === 'img' ? 'src' : name === 'a' ? 'href' : undefined;
      for (const finding of findings) {
        // A link's or an image's own URL is judged below, where it is converted.
        if (finding.kind === 'url' && finding.property === urlProperty) continue;
        if (finding.kind === 'element') {
          replacement = '';
          whys.push(finding.message);
          if (!VOID.has(name)) unwrapped.push(name);
        } else if (finding.property) {
          dropped.add(finding.property);
          whys.push(finding.message);
        }
      }
      // Raw ids and names are the old page's anchors: here they could take
      // a theme's anchor, and the themes' own ids replace them.
      for (const property of ['id', 'name']) {
        if (element.properties[property] !== undefined && !dropped.has(property)) {
          dropped.add(property);
          whys.push(
            `${property}="${String(element.properties[property])}" was an anchor of the old page: removed, each theme has its own`,
          );
        }
      }
      const url = urlProperty
        ? attrs.find((a) => a.name === (urlProperty === 'src' ? 'src' : 'href'))?.value
        : undefined;
      if (urlProperty && url !== undefined) {
        const target = retarget(url, urlProperty);
        if (name === 'img' && (target.why || target.url !== url)) {
          const alt = attrs.find((a) => a.name === 'alt')?.value ?? '';
          const label = escapeText(alt || target.url || url);
          replacement = target.url
            ? `<a href="${escapeAttribute(target.url)}">${label}</a>`
            : label;
          whys.push(
            `src="${url}" on <img>: ${target.why ?? 'the image is on another site'}; ${target.url ? 'linked instead' : 'its text kept'}`,
          );
        } else if (name === 'a' && target.why) {
          replacement = '';
          unwrapped.push('a');
          whys.push(`href="${url}" on <a>: ${target.why}`);
        } else if (name === 'a' && target.url !== url) {
          attrs.splice(
            attrs.findIndex((a) => a.name === 'href'),
            1,
            {name: 'href', value: target.url!},
          );
          whys.push(`href="${url}" leads into the old site: now ${target.url}`);
        }
      }
      const kept = attrs.filter((a) => !dropped.has(find(htmlSchema, a.name).property));
      let rewritten = replacement ?? startTag(name, kept);
      // A row right in a table: browsers add the <tbody>, React does not,
      // so the page would not match its own markup when it hydrates.
      if (name === 'tr' && open.at(-2) === 'table') {
        open.splice(-1, 0, IMPLIED_TBODY);
        rewritten = `<tbody>${rewritten}`;
      }
      if (rewritten !== tag) {
        edits.push({
          start,
          end,
          text: rewritten,
          why: whys.length > 0 ? whys.join('; ') : undefined,
        });
      }
    }
  }

  for (const comment of text.matchAll(/<!--[\s\S]*?-->/g)) {
    const start = comment.index;
    if (code.some((range) => start >= range.start && start < range.end)) continue;
    edits.push({start, end: start + comment[0].length, text: keepLines(comment[0])});
  }
  return edits;
}

function offsets(node: Node): {start: number; end: number} {
  return {start: node.position!.start.offset!, end: node.position!.end.offset!};
}

/** Applies edits; an edit inside another (a tag inside a block removed whole) is left out. */
function apply(text: string, edits: Edit[]): {text: string; conversions: Conversion[]} {
  const line = lineAt(text);
  const conversions: Conversion[] = [];
  const outer: Edit[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = outer.at(-1);
    if (last && edit.start < last.end) continue;
    outer.push(edit);
  }
  let result = text;
  for (const edit of outer.reverse()) {
    const before = text.slice(edit.start, edit.end);
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    if (edit.why) {
      conversions.push({line: line(edit.start), before, after: edit.text.trim(), why: edit.why});
    }
  }
  return {text: result, conversions: conversions.reverse()};
}
