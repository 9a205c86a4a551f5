import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {workflowProblems} from '../lintWorkflows';

const WORKFLOWS = path.resolve(__dirname, '../../.github/workflows');
const test = readFileSync(path.join(WORKFLOWS, 'test.yml'), 'utf8');

describe('workflowProblems', () => {
  for (const name of readdirSync(WORKFLOWS)) {
    it(`finds nothing wrong with ${name}`, () => {
      assert.deepEqual(workflowProblems(readFileSync(path.join(WORKFLOWS, name), 'utf8')), []);
    });
  }

  it('catches a misspelt key', () => {
    const [problem] = workflowProblems(test.replace('runs-on:', 'run-on:'));
    assert.match(problem!, /\/jobs\/test: .*run-on/);
  });

  it('catches YAML that does not parse', () => {
    assert.equal(workflowProblems(`${test}\n  bad: [unclosed\n`).length, 1);
  });
});
