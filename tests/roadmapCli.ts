import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {SITE_DIR} from './entryFiles';

/** Runs the roadmap CLI on a site as `npm run roadmap -- …` would; throws on failure. */
export function roadmapCli(site: string, args: string[]): string {
  return execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(SITE_DIR, 'packages/docusaurus-plugin-roadmap/src/cli/cli.ts'),
      ...args,
      '--site-dir',
      site,
    ],
    {cwd: SITE_DIR, encoding: 'utf8', stdio: 'pipe'},
  );
}
