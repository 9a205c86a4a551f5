/**
 * What markup an entry may hold: the one list the source check
 * (`markup/check.ts`), the importer's converter and the built-page scan
 * (`csp/scan.ts`) all read, so they can never disagree.
 *
 * It is written in `hast-util-sanitize`'s schema format and starts from its
 * GitHub schema: what github.com lets through in Markdown, the rules readers
 * of a README already know. A test compares it with that schema: every
 * element, attribute and URL scheme here is also GitHub's, except the few
 * additions named below. Where this site is stricter, the list is narrowed
 * and says why. Nothing outside the list is stripped silently: the check
 * reports it, with the file, the line and the fix.
 */

/** `hast-util-sanitize`'s `Schema`, the parts this list uses. */
export interface AllowList {
  /** Elements allowed (hast tag names). */
  tagNames: readonly string[];
  /**
   * Attributes (hast property names) allowed per element, `*` on every
   * element; `[name, ...values]` allows only those values (a RegExp matches).
   */
  attributes: Readonly<Record<string, readonly (string | readonly [string, ...unknown[]])[]>>;
  /** URL schemes allowed per URL attribute; a URL without a scheme is a link into the site. */
  protocols: Readonly<Record<string, readonly string[]>>;
  /** Attributes an element must carry, with their values. */
  required: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Elements only allowed inside one of these ancestors. */
  ancestors: Readonly<Record<string, readonly string[]>>;
  /** Attributes whose values name things on the page (ids): checked for collisions. */
  clobber: readonly string[];
  /** HTML comments: invisible, harmless. */
  allowComments: boolean;
}

// ARIA attributes GitHub allows on some elements only.
const aria = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy'] as const;

export const ALLOW_LIST = {
  tagNames: [
    // Text and structure, as in GitHub's list.
    ...['p', 'br', 'hr', 'div', 'span', 'blockquote', 'pre', 'code', 'samp', 'kbd', 'var', 'tt'],
    ...['b', 'i', 'em', 'strong', 's', 'strike', 'del', 'ins', 'q', 'sub', 'sup'],
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ruby', 'rt', 'rp'],
    ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'details', 'summary'],
    ...['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
    // Links and images; their URLs are narrowed below.
    ...['a', 'img', 'picture', 'source'],
    // Task-list checkboxes and footnotes, which Markdown itself produces.
    ...['input', 'section'],
  ],
  attributes: {
    a: [
      ...aria,
      'href',
      // Links to a heading of the old page (`<a name="x">`): on a link a
      // name only marks a place. On other elements it is refused (see `*`).
      'name',
      // GFM footnotes.
      'dataFootnoteBackref',
      'dataFootnoteRef',
      ['className', 'data-footnote-backref'],
    ],
    blockquote: ['cite'],
    code: [['className', /^language-./]],
    del: ['cite'],
    div: ['itemScope', 'itemType'],
    dl: [...aria],
    h2: [['className', 'sr-only']],
    img: [...aria, 'longDesc', 'src'],
    input: [
      ['disabled', true],
      ['type', 'checkbox'],
    ],
    ins: ['cite'],
    li: [['className', 'task-list-item']],
    ol: [...aria, ['className', 'contains-task-list']],
    q: ['cite'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    source: ['srcSet'],
    summary: [...aria],
    table: [...aria],
    ul: [...aria, ['className', 'contains-task-list']],
    // GitHub's list for every element, narrowed: no `action`, `method`,
    // `encType`, `accept` or `acceptCharset` (they belong to forms, which
    // are not allowed; `action` is a URL no rule would check), and no
    // `name` (a named image or form replaces `document`'s own properties
    // for the site's scripts; GitHub prefixes names, a static page cannot).
    '*': [
      ...['abbr', 'align', 'alt', 'axis', 'border', 'cellPadding', 'cellSpacing', 'char'],
      ...['charOff', 'charSet', 'checked', 'clear', 'colSpan', 'color', 'cols', 'compact'],
      ...['coords', 'dateTime', 'dir', 'frame', 'hSpace', 'headers', 'height', 'hrefLang'],
      ...['htmlFor', 'id', 'isMap', 'itemProp', 'label', 'lang', 'maxLength', 'media'],
      ...['multiple', 'noHref', 'noShade', 'noWrap', 'open', 'prompt', 'readOnly', 'rev'],
      ...['rowSpan', 'rows', 'rules', 'scope', 'selected', 'shape', 'size', 'span', 'start'],
      ...['summary', 'tabIndex', 'title', 'useMap', 'vAlign', 'value', 'width', 'accessKey'],
    ],
  },
  protocols: {
    // Links may lead anywhere GitHub's may; the site marks outside links.
    href: ['http', 'https', 'irc', 'ircs', 'mailto', 'xmpp'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
    // Narrowed: what a reader's browser loads comes from this site only.
    // GitHub proxies outside images through its own servers; a static site
    // cannot, and an outside image tells another site who reads the roadmap
    // and when. Add the image to the repository instead. (The one addition:
    // `data:` images of raster types, see SAFE_DATA_IMAGE.)
    src: [],
    srcSet: [],
  },
  required: {input: {disabled: true, type: 'checkbox'}},
  ancestors: {
    tbody: ['table'],
    td: ['table'],
    th: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
  },
  clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'id', 'name'],
  // An addition: GitHub hides comments too, by removing them; in a static
  // page they are inert text the browser never shows.
  allowComments: true,
} as const satisfies AllowList;

/** Attributes (hast names) whose value is one or more URLs. */
export const URL_PROPERTIES = ['href', 'src', 'srcSet', 'cite', 'longDesc'] as const;

/** Of those, the ones a browser loads rather than follows. */
export const RESOURCE_PROPERTIES: ReadonlySet<string> = new Set(['src', 'srcSet']);

/**
 * The addition to `src`: images inlined as `data:` URLs, raster types only
 * (an SVG can hold script). Nothing is fetched from anywhere.
 */
export const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif);/;

/** URLs that run script when followed or loaded. */
export const SCRIPT_URL = /^(?:javascript|vbscript):/;

/**
 * Ids and names the page itself uses: Docusaurus's root and skip-link
 * targets (`__docusaurus…`), React's generated ids (`_R_…`), and the
 * theme's. Section anchors are checked against the overview separately.
 */
export const RESERVED_ID = /^(?:_|docusaurus|theme-)/i;

/** Whether the list allows an attribute (hast name) with this value on an element. */
export function allowsAttribute(tagName: string, property: string, value: unknown): boolean {
  const lists = ALLOW_LIST.attributes as AllowList['attributes'];
  for (const rule of [...(lists[tagName] ?? []), ...lists['*']!]) {
    if (rule === property) return true;
    if (typeof rule !== 'string' && rule[0] === property) {
      const values = Array.isArray(value) ? value : [value];
      return values.every((v) =>
        rule
          .slice(1)
          .some((allowed) => (allowed instanceof RegExp ? allowed.test(String(v)) : allowed === v)),
      );
    }
  }
  return false;
}

/** Whether the list allows an element. */
export function allowsElement(tagName: string): boolean {
  return (ALLOW_LIST.tagNames as readonly string[]).includes(tagName);
}

/**
 * Attributes the site's own theme and Docusaurus put on its pages (HTML
 * names), besides the entries' list: the built-page scan accepts these and
 * `aria-*` / `data-*`, and reports any other attribute anywhere on a page,
 * so an attribute no one reviewed (`attributionsrc`, `ping`, …) cannot
 * reach a reader.
 */
export const THEME_ATTRIBUTES: ReadonlySet<string> = new Set([
  // Document and head.
  ...['lang', 'dir', 'charset', 'content', 'http-equiv', 'property', 'name', 'rel', 'as'],
  ...['type', 'defer', 'async', 'crossorigin', 'integrity', 'media', 'sizes', 'hreflang'],
  // Layout, links and controls.
  ...['class', 'style', 'role', 'tabindex', 'title', 'target', 'translate', 'hidden'],
  ...['for', 'placeholder', 'autocomplete', 'autofocus', 'disabled', 'value', 'selected'],
  ...['spellcheck', 'enterkeyhint', 'inputmode', 'autocapitalize', 'autocorrect', 'maxlength'],
  ...['datetime', 'loading', 'decoding', 'itemprop', 'itemscope', 'itemtype', 'open'],
  // Icons (inline SVG drawn by the theme).
  ...['viewbox', 'xmlns', 'xmlns:xlink', 'focusable', 'fill', 'fill-rule', 'clip-rule', 'd'],
  ...['stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit'],
  ...['x', 'y', 'cx', 'cy', 'r', 'rx', 'ry', 'points', 'transform', 'opacity', 'xlink:href'],
  ...['preserveaspectratio', 'x1', 'x2', 'y1', 'y2', 'offset', 'stop-color'],
  // The delivery chart, drawn at build time.
  ...['text-anchor', 'font-size', 'font-weight', 'dominant-baseline'],
]);

/** The HTML name of a hast property (`srcSet` → `srcset`, `xLinkHref` → `xlink:href`). */
export function htmlAttributeName(property: string): string {
  if (property === 'xLinkHref') return 'xlink:href';
  if (property === 'htmlFor') return 'for';
  if (property === 'className') return 'class';
  if (/^(?:aria|data)[A-Z]/.test(property)) {
    return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  }
  return property.toLowerCase();
}

/** Every attribute (HTML name) the list allows on some element. */
const ENTRY_ATTRIBUTES: ReadonlySet<string> = new Set(
  Object.values(ALLOW_LIST.attributes as AllowList['attributes']).flatMap((rules) =>
    rules.map((rule) => htmlAttributeName(typeof rule === 'string' ? rule : rule[0])),
  ),
);

/**
 * Whether an attribute may be on a built page at all. Matched in lower
 * case: the HTML parser keeps SVG's own case (`viewBox`).
 */
export function allowedOnPage(attribute: string): boolean {
  const name = attribute.toLowerCase();
  return (
    ENTRY_ATTRIBUTES.has(name) ||
    THEME_ATTRIBUTES.has(name) ||
    /^(?:aria|data)-[a-z][a-z0-9-]*$/.test(name)
  );
}

/**
 * Whether an attribute of a built page makes the browser load something
 * (HTML names): such a URL must stay on this site.
 */
export function loadsResource(tagName: string, name: string, rel = ''): boolean {
  if (['src', 'srcset', 'poster', 'data', 'background', 'attributionsrc'].includes(name))
    return true;
  if (name === 'xlink:href' || (name === 'href' && ['use', 'image', 'feimage'].includes(tagName))) {
    return true;
  }
  return (
    tagName === 'link' &&
    name === 'href' &&
    /\b(?:stylesheet|icon|preload|prefetch|modulepreload|manifest|apple-touch-icon)\b/i.test(rel)
  );
}
