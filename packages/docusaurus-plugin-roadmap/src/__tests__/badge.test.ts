import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import sax from 'sax';
import {BADGE_COLOURS, badgeSvg, badgeText} from '../badge';
import {resolveOptions} from '../options';

/** The root element's name and every text, from a strict XML parser that throws on any error. */
function parse(xml: string) {
  const parser = sax.parser(true);
  const texts: string[] = [];
  let root = '';
  parser.onopentag = (tag) => {
    root ||= tag.name;
  };
  parser.ontext = (text) => text.trim() && texts.push(text);
  parser.write(xml).close();
  return {root, texts};
}

describe('status badges', () => {
  it('says the status, or the release a theme shipped in', () => {
    assert.deepEqual(badgeText({status: 'next', shipped_in: null}), ['roadmap', 'next']);
    assert.deepEqual(badgeText({status: 'shipped', shipped_in: {version: '1.14.0'}}), [
      'shipped',
      '1.14.0',
    ]);
    assert.deepEqual(badgeText({status: 'dropped', shipped_in: null}), ['roadmap', 'dropped']);
  });

  it('is a well-formed SVG with a title, the text escaped, and nothing that runs or loads', () => {
    const svg = badgeSvg({
      title: 'Quotes " & ]]> <b>',
      status: 'shipped',
      shipped_in: {version: '1.0 & "x"'},
    });
    const {root, texts} = parse(svg);
    assert.equal(root, 'svg');
    assert.deepEqual(texts, ['Quotes " & ]]> <b>, shipped: 1.0 & "x"', 'shipped', '1.0 & "x"']);
    assert.doesNotMatch(svg, /<script|\son\w+=|href|url\(/i);
  });

  it("takes the site's colours over the defaults, and refuses anything but #rrggbb", () => {
    const svg = badgeSvg({title: 'T', status: 'next', shipped_in: null}, {next: '#0f6b58'});
    assert.match(svg, /fill="#0f6b58"/);
    assert.match(svg, new RegExp(`fill="${BADGE_COLOURS.label}"`));
    assert.throws(
      () => resolveOptions({period: '2022-Q3', badgeColors: {next: 'red;}</svg><script>'}}),
      /#rrggbb/,
    );
  });
});
