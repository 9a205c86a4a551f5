/**
 * What the release workflow checks before it publishes a tag: the tag, the
 * package's version and its changelog agree, and the package says where it
 * comes from (npm's provenance checks `repository` against the workflow's
 * repository).
 *
 *   npx tsx scripts/release.ts check v1.2.3
 *   npx tsx scripts/release.ts dist-tag v1.2.3-rc.1   # prints next
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';

const PACKAGE = path.resolve(__dirname, '..', 'packages', 'docusaurus-plugin-roadmap');

export interface ReleaseInput {
  tag: string;
  manifest: {
    version: string;
    repository?: {url?: string; directory?: string};
    publishConfig?: {access?: string; provenance?: boolean};
  };
  changelog: string;
  /** `owner/name` of the repository the workflow runs in (GITHUB_REPOSITORY), if any. */
  repository?: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every reason not to publish, each with its fix; empty when the release may go. */
export function releaseProblems({tag, manifest, changelog, repository}: ReleaseInput): string[] {
  const problems: string[] = [];
  const {version} = manifest;
  if (!/^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(tag)) {
    problems.push(`The tag "${tag}" is not a version tag such as v1.2.3.`);
  } else if (tag !== `v${version}`) {
    problems.push(
      `The tag ${tag} does not match package.json's version ${version}: set "version": "${tag.slice(1)}" or tag v${version}.`,
    );
  }
  const heading = new RegExp(`^## \\[${escape(version)}\\] - (\\d{4}-\\d{2}-\\d{2})$`, 'm').exec(
    changelog,
  );
  if (!heading) {
    problems.push(
      `CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: move the Unreleased changes under it.`,
    );
  } else if (Number.isNaN(Date.parse(heading[1]!))) {
    problems.push(`CHANGELOG.md dates ${version} "${heading[1]}", which is not a day.`);
  }
  if (!new RegExp(`^\\[${escape(version)}\\]: https://`, 'm').test(changelog)) {
    problems.push(`CHANGELOG.md has no "[${version}]: https://…" link to the release's changes.`);
  }
  const unreleased = /^## \[Unreleased\]$([\s\S]*?)(?=^## |^\[|(?![\s\S]))/m.exec(changelog);
  if (!unreleased) {
    problems.push('CHANGELOG.md has no "## [Unreleased]" section to gather the next changes.');
  } else if (/^- /m.test(unreleased[1]!)) {
    problems.push(
      `CHANGELOG.md still lists changes under Unreleased: move them under "## [${version}] - YYYY-MM-DD", or they ship unannounced.`,
    );
  }
  const url = manifest.repository?.url ?? '';
  if (!manifest.repository?.directory) {
    problems.push(
      'package.json\'s "repository" has no "directory": npm links the package to its folder.',
    );
  }
  if (repository && !url.replace(/\.git$/, '').endsWith(`github.com/${repository}`)) {
    problems.push(
      `package.json's repository "${url}" is not github.com/${repository}, where this workflow runs: npm refuses provenance that names another repository.`,
    );
  }
  if (manifest.publishConfig?.provenance !== true || manifest.publishConfig.access !== 'public') {
    problems.push(
      'package.json\'s "publishConfig" must say {"access": "public", "provenance": true}.',
    );
  }
  return problems;
}

/** The npm dist-tag a version goes out under: a prerelease never becomes `latest`. */
export function distTag(version: string): 'latest' | 'next' {
  return version.includes('-') ? 'next' : 'latest';
}

function main(args: string[]): number {
  const [command, tag] = args;
  if (command === 'dist-tag' && tag) {
    console.log(distTag(tag.replace(/^v/, '')));
    return 0;
  }
  if (command !== 'check' || !tag) {
    console.error('Usage: release.ts check <tag> | release.ts dist-tag <tag>');
    return 2;
  }
  const problems = releaseProblems({
    tag,
    manifest: JSON.parse(readFileSync(path.join(PACKAGE, 'package.json'), 'utf8')),
    changelog: readFileSync(path.join(PACKAGE, 'CHANGELOG.md'), 'utf8'),
    repository: process.env.GITHUB_REPOSITORY,
  });
  for (const problem of problems) console.error(`✘ ${problem}`);
  if (problems.length === 0) console.log(`✔ ${tag} is ready to publish`);
  return problems.length === 0 ? 0 : 1;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
