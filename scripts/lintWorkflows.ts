/**
 * Validates the GitHub Actions workflows against GitHub's workflow schema
 * (action-validator), so a broken workflow fails here, not after a push.
 *
 *   npm run lint:workflows
 */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {validateWorkflow, type ValidationError} from '@action-validator/core';

const WORKFLOWS_DIR = path.resolve(__dirname, '..', '.github', 'workflows');

function describe(error: ValidationError): string {
  const where = 'path' in error ? error.path : `line ${error.location?.line ?? '?'}`;
  const nested =
    'states' in error && error.states
      ? error.states.flatMap((state) => state.errors.map((e) => e.detail ?? e.title))
      : [];
  return `${where}: ${error.detail ?? error.title}${nested.length ? ` (${[...new Set(nested)].join('; ')})` : ''}`;
}

/** Every problem of one workflow file's text, empty when it is valid. */
export function workflowProblems(source: string): string[] {
  return validateWorkflow(source).errors.map(describe);
}

function main(): number {
  const files = readdirSync(WORKFLOWS_DIR).filter((name) => /\.ya?ml$/.test(name));
  let failed = 0;
  for (const name of files) {
    const problems = workflowProblems(readFileSync(path.join(WORKFLOWS_DIR, name), 'utf8'));
    for (const problem of problems) {
      console.error(`.github/workflows/${name}: ${problem}`);
    }
    failed += problems.length > 0 ? 1 : 0;
  }
  if (failed === 0) {
    console.log(`✔ ${files.length} workflows are valid`);
  }
  return failed === 0 ? 0 : 1;
}

if (require.main === module) {
  process.exitCode = main();
}
