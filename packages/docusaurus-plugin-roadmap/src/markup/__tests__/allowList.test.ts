import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Nodes} from 'hast';
import {defaultSchema, sanitize, type Schema} from 'hast-util-sanitize';
import {ALLOW_LIST, allowedOnPage, loadsResource} from '../allowList';
import {findMarkupProblems, renderedTree} from '../check';

/** A rule's attribute name (`['className', …]` → `className`). */
const nameOf = (rule: string | readonly [string, ...unknown[]]) =>
  typeof rule === 'string' ? rule : rule[0];

describe('the allow-list', () => {
  it("allows no element, attribute or URL scheme that GitHub's schema does not", () => {
    const github = defaultSchema as {
      tagNames: string[];
      attributes: Record<string, (string | [string, ...unknown[]])[]>;
      protocols: Record<string, string[]>;
    };
    for (const tag of ALLOW_LIST.tagNames) {
      assert.ok(github.tagNames.includes(tag), `<${tag}> is not in GitHub's list`);
    }
    const githubAttributes = (tag: string) =>
      [...(github.attributes[tag] ?? []), ...(github.attributes['*'] ?? [])].map((rule) =>
        typeof rule === 'string' ? rule : rule[0],
      );
    for (const [tag, rules] of Object.entries(ALLOW_LIST.attributes)) {
      for (const rule of rules) {
        // `name` moved from every element to links only: narrower.
        const allowed = githubAttributes(tag).includes(nameOf(rule)) || nameOf(rule) === 'name';
        assert.ok(allowed, `${nameOf(rule)} on <${tag}> is not in GitHub's list`);
      }
    }
    for (const [property, schemes] of Object.entries(ALLOW_LIST.protocols)) {
      for (const scheme of schemes) {
        assert.ok(github.protocols[property]?.includes(scheme), `${scheme}: on ${property}`);
      }
    }
  });

  it('agrees with hast-util-sanitize run on the same list: what the check accepts, sanitizing leaves alone', () => {
    const samples = [
      '<a href="https://example.com" title="x">a</a>',
      '<a href="http://example.com" target="_blank">b</a>',
      '<img src="/img/a.png" alt="a" width="10" height="10">',
      '<img src="/img/a.png" attributionsrc>',
      '<img src="/img/a.png" fetchpriority="high">',
      '<a href="https://example.com" ping="https://t.example/">c</a>',
      '<details open><summary>s</summary>text</details>',
      '<kbd>K</kbd> <sub>1</sub> <sup>2</sup> <br>',
      '<div align="center" class="x">d</div>',
      '<span style="color:red">e</span>',
      '<div onclick="x()">f</div>',
      '<marquee>g</marquee>',
      '<a href="mailto:a@example.com">h</a>',
      '<a href="ftp://example.com/x">i</a>',
      '<table><tr><td colspan="2">j</td></tr></table>',
      '<input type="checkbox" disabled>',
      '<input type="text">',
    ];
    const schema = {...ALLOW_LIST, strip: ['script']} as unknown as Schema;
    const shape = (node: Nodes): unknown =>
      node.type === 'element'
        ? [node.tagName, node.properties, node.children.map(shape)]
        : node.type === 'root'
          ? node.children.map(shape)
          : node.type === 'text'
            ? node.value
            : node.type;
    for (const html of samples) {
      const tree = renderedTree(html);
      const untouched =
        JSON.stringify(shape(sanitize(structuredClone(tree), schema))) ===
        JSON.stringify(shape(tree));
      const accepted = findMarkupProblems(html).length === 0;
      assert.equal(
        accepted,
        untouched,
        `${html}: check ${accepted ? 'accepts' : 'refuses'} it, sanitize ${untouched ? 'leaves it' : 'changes it'}`,
      );
    }
  });
});

describe('the built-page lists', () => {
  it("accept the theme's attributes and refuse what no one reviewed", () => {
    for (const name of ['class', 'href', 'aria-label', 'data-theme', 'viewbox', 'colspan']) {
      assert.ok(allowedOnPage(name), name);
    }
    for (const name of ['attributionsrc', 'ping', 'fetchpriority', 'formaction', 'srcdoc']) {
      assert.equal(allowedOnPage(name), false, name);
    }
  });

  it('know which attributes make a browser load something', () => {
    assert.ok(loadsResource('img', 'src'));
    assert.ok(loadsResource('source', 'srcset'));
    assert.ok(loadsResource('link', 'href', 'stylesheet'));
    assert.ok(loadsResource('use', 'href'));
    assert.equal(loadsResource('a', 'href'), false);
    assert.equal(loadsResource('link', 'href', 'canonical'), false);
  });
});
