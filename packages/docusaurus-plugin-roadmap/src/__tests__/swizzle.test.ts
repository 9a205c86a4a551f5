import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {getSwizzleConfig} from '../swizzle';

const THEME = path.join(__dirname, '..', 'theme');

/** The theme components: every folder under theme/ with an index.tsx. */
function components(dir = THEME, prefix = ''): string[] {
  return readdirSync(dir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const name = `${prefix}${entry.name}`;
      const inner = components(path.join(dir, entry.name), `${name}/`);
      return readdirSync(path.join(dir, entry.name)).includes('index.tsx')
        ? [name, ...inner]
        : inner;
    });
}

describe('the swizzle config', () => {
  const config = getSwizzleConfig().components;

  it('names every theme component, and only those', () => {
    assert.deepEqual(Object.keys(config).sort(), components().sort());
  });

  it('says what the theme README says about ejecting and wrapping each one', () => {
    const readme = readFileSync(path.join(THEME, 'README.md'), 'utf8');
    for (const [name, {actions}] of Object.entries(config)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\``));
      assert.ok(row, `theme/README.md has a row for ${name}`);
      const [, , , wrap, eject] = row.split('|').map((cell) => cell.trim());
      assert.equal(wrap?.split(':')[0], actions.wrap, `${name}: wrap`);
      assert.equal(eject?.split(':')[0], actions.eject, `${name}: eject`);
    }
  });
});
