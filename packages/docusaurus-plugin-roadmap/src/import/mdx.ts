import type {Element} from 'hast';
import type {Root} from 'mdast';
import {find, html as htmlSchema} from 'property-information';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {allowsElement} from '../markup/allowList';
import {asDocusaurusReads, elementFindings} from '../markup/check';

/**
 * The overview is MDX: the old page's text in it must not become code.
 * What the MDX compiler reads is checked here, after the converter ran:
 * no ESM, no expression but the generated `{/* #anchor *\/}`, no JSX but
 * the generated components and elements of the allow-list with plain
 * string attributes, no `mdx-code-block` fence (Docusaurus unwraps it).
 */

/** The components the importer itself writes into the overview. */
const GENERATED = new Set([
  ...['RoadmapTable', 'RoadmapFollow', 'RoadmapPeriod', 'RoadmapStaleNotice'],
  ...['NextEntries', 'FutureEntries', 'ShippedEntries'],
]);
const ANCHOR_COMMENT = /^\/\* #[\w-]+ \*\/$/;

// Without Docusaurus's comment syntax: in an .mdx file, MDX's JSX reads
// `<!--` first and fails, as the build does.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkDirective).use(remarkGfm);

/** Why a part of the overview is not safe MDX, if it is not. */
export function mdxProblems(part: string): string[] {
  let tree: Root;
  try {
    tree = parser.parse(asDocusaurusReads(part));
  } catch (error) {
    return [`is not valid MDX: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push('has an MDX import or export');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!ANCHOR_COMMENT.test(node.value.trim())) problems.push('has an MDX expression');
        break;
      case 'code':
        if (node.lang === 'mdx-code-block') problems.push('has an mdx-code-block fence');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const {name, attributes} = node;
        if (name && GENERATED.has(name) && attributes.length === 0) break;
        if (!name || !/^[a-z][a-z0-9]*$/.test(name) || !allowsElement(name)) {
          problems.push(`has the component or element <${name ?? ''}>`);
          break;
        }
        const properties: Element['properties'] = {};
        for (const attribute of attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value === 'object') {
            problems.push(`has an expression in the attributes of <${name}>`);
            continue;
          }
          properties[find(htmlSchema, attribute.name).property] = attribute.value ?? true;
        }
        const element: Element = {type: 'element', tagName: name, properties, children: []};
        problems.push(...elementFindings(element, undefined, ['table']).map((f) => f.message));
        break;
      }
      default:
    }
  });
  return problems;
}

/** A line the importer wrote itself, kept as it is. */
export const GENERATED_LINE =
  /^<(?:Next|Future|Shipped)Entries \/>$|^<RoadmapTable \/>$|^<RoadmapFollow \/>$/;

/**
 * The last resort for a part of the overview that is still not safe MDX:
 * outside code fences every `<`, `{` and `}` becomes a character reference
 * and a line's leading `import` or `export` one too, so the MDX compiler
 * reads them as text; the generated parts stay as they are.
 */
export function asMdxText(part: string): string {
  let fence: string | undefined;
  return part
    .split('\n')
    .map((line) => {
      const opening = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
      if (fence) {
        if (opening && opening[1]!.startsWith(fence) && !opening[2]) fence = undefined;
        return line;
      }
      if (opening) {
        fence = opening[1]![0]!.repeat(3);
        return opening[2] === 'mdx-code-block' ? line.replace('mdx-code-block', 'text') : line;
      }
      if (GENERATED_LINE.test(line.trim())) return line;
      const anchor = / \{\/\* #[\w-]+ \*\/\}$/.exec(line);
      const text = anchor ? line.slice(0, anchor.index) : line;
      const escaped = text
        .split('<RoadmapPeriod />')
        .map((piece) =>
          piece
            // An escaped one (`\\{`) too; a backslash escaping a backslash stays.
            .replace(
              /(\\\\)|\\?([<{}])/g,
              (_, pair: string | undefined, c: string | undefined) =>
                pair ?? `&#${c!.charCodeAt(0)};`,
            )
            .replace(/^(\s*)(i)(mport\b)|^(\s*)(e)(xport\b)/, (...m) =>
              m[1] !== undefined ? `${m[1]}&#105;${m[3]}` : `${m[4]}&#101;${m[6]}`,
            ),
        )
        .join('<RoadmapPeriod />');
      return anchor ? `${escaped}${anchor[0]}` : escaped;
    })
    .join('\n');
}
