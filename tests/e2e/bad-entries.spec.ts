import {spawnSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {fixtureSiteCopy} from '../../scripts/copySite';
import {expectedProblems, installBadEntries} from '../badEntries';

test('every bad entry fails the build, all reported in one run with file and line', () => {
  test.setTimeout(180_000);
  const siteCopy = fixtureSiteCopy('bad-entries');
  try {
    installBadEntries(path.join(siteCopy, 'docs/roadmap'));
    const build = spawnSync(
      process.execPath,
      [require.resolve('@docusaurus/core/bin/docusaurus.mjs'), 'build', siteCopy],
      {encoding: 'utf8', env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'}},
    );
    expect(build.status).not.toBe(0);
    const output = build.stdout + build.stderr;
    expect(output).toContain(
      `The roadmap has ${expectedProblems().length} problems in its entries:`,
    );
    for (const problem of expectedProblems()) {
      expect(output).toContain(`- ${problem}`);
    }
  } finally {
    rmSync(siteCopy, {recursive: true, force: true});
  }
});
