import {copyFileSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';

/** Entry files that must each fail the check and the build; see their `# expect:` lines. */
export const BAD_ENTRIES_DIR = path.join(__dirname, 'fixtures', 'bad-entries');

/** Copies every bad entry into a site's entries folder, as `bad-<name>`. */
export function installBadEntries(entriesDir: string): void {
  for (const name of readdirSync(BAD_ENTRIES_DIR)) {
    copyFileSync(path.join(BAD_ENTRIES_DIR, name), path.join(entriesDir, `bad-${name}`));
  }
}

/** What the check must print for the bad entries: `docs/roadmap/<file>:<line>: <message>`. */
export function expectedProblems(entriesPath = 'docs/roadmap'): string[] {
  return readdirSync(BAD_ENTRIES_DIR)
    .sort()
    .flatMap((name) =>
      [
        ...readFileSync(path.join(BAD_ENTRIES_DIR, name), 'utf8').matchAll(/^# expect: (.+)$/gm),
      ].map((match) => `${entriesPath}/${match[1]}`),
    );
}
