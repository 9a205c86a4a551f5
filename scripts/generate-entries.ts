/**
 * Writes N deterministic roadmap entries, for benchmarks and tests at size.
 *
 *   npm run generate:entries -- <count> <out-dir>
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {entryFileContent} from '../packages/docusaurus-plugin-roadmap/src/entryFile';

const WORDS = (
  'backend catalog plugin scaffolder search techdocs permission framework frontend ' +
  'service api entity template migration adopters contributors release security audit ' +
  'performance pagination onboarding documentation community maintainers experience ' +
  'integration kubernetes graphql telemetry metrics logging design system navigation'
).split(' ');

/** A small seeded PRNG (mulberry32): the same seed gives the same text everywhere. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number): string {
  const length = 8 + Math.floor(next() * 10);
  const words = Array.from({length}, () => WORDS[Math.floor(next() * WORDS.length)]!);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export interface GeneratedEntry {
  id: string;
  title: string;
  summary: string;
  status: 'next' | 'future';
  order: number;
  /** About 1 KB of Markdown. */
  body: string;
  /** One of five owners. */
  owner: string;
  /** One of three area tags, or none (every fourth entry). */
  tags: string[];
}

export const GENERATED_OWNERS = [
  'SIG Catalog',
  'SIG Backend',
  'SIG Security',
  'SIG Frontend',
  'Core maintainers',
];
/** Area tags the generated entries use; a site must declare them in docs/tags.yml. */
export const GENERATED_TAGS = ['catalog', 'security', 'performance'];

export function generatedEntry(index: number): GeneratedEntry {
  const next = random(index + 1);
  const n = String(index + 1).padStart(4, '0');
  const paragraphs = Array.from({length: 3}, () =>
    Array.from({length: 3}, () => sentence(next)).join(' '),
  );
  return {
    id: `generated-theme-${n}`,
    title: `Generated theme ${n}`,
    summary: sentence(next),
    // Two in three are next, the rest future.
    status: index % 3 === 2 ? 'future' : 'next',
    order: index + 1,
    body: paragraphs.join('\n\n'),
    owner: GENERATED_OWNERS[index % GENERATED_OWNERS.length]!,
    tags: index % 4 === 3 ? [] : [GENERATED_TAGS[index % GENERATED_TAGS.length]!],
  };
}

/** An entry file; `rich` adds an owner and area tags, as bigger roadmaps have. */
export function entryFile(entry: GeneratedEntry, {rich = false} = {}): string {
  const {owner, tags, ...fields} = entry;
  return entryFileContent({...fields, ...(rich ? {owner, tags} : {})});
}

/** The same text as a plain doc, for the baseline site at the same size. */
export function plainDocFile(entry: GeneratedEntry): string {
  return `# ${entry.title}\n\n${entry.summary}\n\n${entry.body}\n`;
}

export function writeEntries(
  count: number,
  outDir: string,
  as: 'entry' | 'rich-entry' | 'doc' = 'entry',
) {
  mkdirSync(outDir, {recursive: true});
  for (let i = 0; i < count; i++) {
    const entry = generatedEntry(i);
    const content =
      as === 'doc' ? plainDocFile(entry) : entryFile(entry, {rich: as === 'rich-entry'});
    writeFileSync(path.join(outDir, `${entry.id}.md`), content);
  }
}

if (require.main === module) {
  const [count, outDir] = process.argv.slice(2);
  if (!count || !outDir || !/^\d+$/.test(count)) {
    console.error('usage: npm run generate:entries -- <count> <out-dir>');
    process.exit(2);
  }
  writeEntries(Number(count), outDir);
  console.log(`Wrote ${count} entries to ${outDir}`);
}
