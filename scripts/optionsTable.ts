/**
 * The package README's options table, generated from the options schema
 * (its `.meta()` descriptions and defaults), between the README's
 * `<!-- options -->` markers. `npm run docs:options` rewrites it; a unit test
 * fails when the README and the schema differ.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import type * as z from 'zod';
import {optionsSchema} from '../packages/docusaurus-plugin-roadmap/src/options';

export const PACKAGE_README = path.resolve(
  __dirname,
  '..',
  'packages',
  'docusaurus-plugin-roadmap',
  'README.md',
);
const START = '<!-- options: generated from src/options.ts by `npm run docs:options` -->';
const END = '<!-- options: end -->';

/** A default as a site's config would write it. */
function literal(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value && typeof value === 'object') {
    const fields = Object.entries(value).map(([key, field]) => `${key}: ${literal(field)}`);
    return `{${fields.join(', ')}}`;
  }
  return String(value);
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

export function optionsTable(): string {
  const rows = Object.entries(optionsSchema.shape).map(([name, field]) => {
    const meta = (field as z.ZodType).meta() as {description?: string; shown?: string} | undefined;
    if (!meta?.description) throw new Error(`Option "${name}" has no description in its schema`);
    const def = (field as z.ZodType)._zod.def as {type: string; defaultValue?: unknown};
    const shown = meta.shown ?? (def.type === 'default' ? `\`${literal(def.defaultValue)}\`` : '');
    if (!shown) throw new Error(`Option "${name}" has no default to show`);
    return `| \`${name}\` | ${cell(shown)} | ${cell(meta.description)} |`;
  });
  return ['| Option | Default | What it is |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The README with its options table generated afresh, formatted as the repository formats Markdown. */
export async function readmeWithOptions(readme: string): Promise<string> {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(`The package README has no ${START} … ${END} markers`);
  }
  const text = `${readme.slice(0, start + START.length)}\n\n${optionsTable()}\n\n${readme.slice(end)}`;
  const config = (await prettier.resolveConfig(PACKAGE_README)) ?? {};
  return prettier.format(text, {...config, filepath: PACKAGE_README});
}

async function main() {
  const readme = readFileSync(PACKAGE_README, 'utf8');
  const next = await readmeWithOptions(readme);
  if (next !== readme) writeFileSync(PACKAGE_README, next);
  console.log(next === readme ? 'The options table is up to date.' : 'Rewrote the options table.');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
