import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {distTag, releaseProblems, type ReleaseInput} from '../release';

const PACKAGE = path.resolve(__dirname, '..', '..', 'packages', 'docusaurus-plugin-roadmap');

const ready: ReleaseInput = {
  tag: 'v1.2.0',
  manifest: {
    version: '1.2.0',
    repository: {url: 'git+https://github.com/acme/roadmap.git', directory: 'packages/x'},
    publishConfig: {access: 'public', provenance: true},
  },
  changelog:
    '# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2026-12-01\n\n### Fixed\n\n- x\n\n[1.2.0]: https://github.com/acme/roadmap/compare/v1.1.0...v1.2.0\n',
  repository: 'acme/roadmap',
};

describe('releaseProblems', () => {
  it('lets a tag go when tag, version, changelog and repository agree', () => {
    assert.deepEqual(releaseProblems(ready), []);
  });

  it('stops a tag that is not the package version, saying what to change', () => {
    const [problem] = releaseProblems({...ready, tag: 'v1.3.0'});
    assert.match(problem!, /v1\.3\.0 does not match package\.json's version 1\.2\.0/);
    assert.match(releaseProblems({...ready, tag: 'latest'})[0]!, /not a version tag/);
  });

  it('stops a release the changelog does not describe', () => {
    const unreleased = ready.changelog.replace('## [1.2.0] - 2026-12-01', '## 1.2.0');
    assert.match(
      releaseProblems({...ready, changelog: unreleased})[0]!,
      /no "## \[1\.2\.0\] - YYYY-MM-DD"/,
    );
    const noLink = ready.changelog.replace(/^\[1\.2\.0\]:.*$/m, '');
    assert.match(releaseProblems({...ready, changelog: noLink})[0]!, /no "\[1\.2\.0\]: https/);
  });

  it('stops a release while changes wait under Unreleased', () => {
    const waiting = ready.changelog.replace(
      '## [Unreleased]\n',
      '## [Unreleased]\n\n### Added\n\n- y\n',
    );
    assert.match(
      releaseProblems({...ready, changelog: waiting})[0]!,
      /still lists changes under Unreleased/,
    );
  });

  it('stops a release from a fork whose provenance npm would refuse', () => {
    assert.match(
      releaseProblems({...ready, repository: 'someone/fork'})[0]!,
      /is not github\.com\/someone\/fork/,
    );
    const manifest = {...ready.manifest, publishConfig: {access: 'public'}};
    assert.match(releaseProblems({...ready, manifest})[0]!, /publishConfig/);
  });

  it("checks this package's own manifest and changelog, naming only what a release fixes", () => {
    const manifest = JSON.parse(
      readFileSync(path.join(PACKAGE, 'package.json'), 'utf8'),
    ) as ReleaseInput['manifest'];
    const changelog = readFileSync(path.join(PACKAGE, 'CHANGELOG.md'), 'utf8');
    const problems = releaseProblems({
      tag: `v${manifest.version}`,
      manifest,
      changelog,
      repository: 'backstage/roadmap',
    });
    for (const problem of problems) assert.match(problem, /^CHANGELOG\.md /);
  });
});

describe('distTag', () => {
  it('keeps prereleases off latest', () => {
    assert.equal(distTag('1.2.0'), 'latest');
    assert.equal(distTag('1.2.0-rc.1'), 'next');
  });
});
