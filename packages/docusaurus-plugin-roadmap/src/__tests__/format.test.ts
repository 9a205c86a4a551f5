import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {escapeForLog} from '../format';

describe('escapeForLog', () => {
  it('keeps line breaks readable, on lines no CI runner reads as a command', () => {
    const text = 'a\n::error::x\r::warning::y\u2028::notice::z\u0085::debug::w\u000b::group::v';
    const printed = escapeForLog(text);
    assert.equal(printed.split('\n').length, 6);
    for (const line of printed.split('\n').slice(1)) assert.match(line, /^ {4}\| ::/);
    assert.doesNotMatch(printed, /\\u000a/);
  });

  it("neutralises the runner's older ##[command] form anywhere in a line", () => {
    assert.equal(escapeForLog('x ##[stop-commands]tok'), 'x ##\\u005bstop-commands]tok');
  });

  it('shows terminal escapes and direction overrides as \\uXXXX', () => {
    assert.equal(escapeForLog('\u001b[31mred\u202e'), '\\u001b[31mred\\u202e');
  });
});
