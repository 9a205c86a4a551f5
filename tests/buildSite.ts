import {execFileSync} from 'node:child_process';

/** Runs `docusaurus build` for a site folder, into outDir, with extra env. */
export function buildSite(siteDir: string, outDir: string, env: Record<string, string> = {}) {
  execFileSync(
    process.execPath,
    [require.resolve('@docusaurus/core/bin/docusaurus.mjs'), 'build', siteDir, '--out-dir', outDir],
    {stdio: 'pipe', env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', ...env}},
  );
}
