import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {validateOptions, type Options, type PluginOptions} from '../options';

const validate = (options: Record<string, unknown>) =>
  validateOptions({
    options: options as PluginOptions,
    validate: () => ({}) as Options,
  });

describe('validateOptions', () => {
  it('fills in every default', () => {
    const options = validate({period: '2026-Q4', buildDate: '2026-11-26'});
    assert.equal(options.id, 'default');
    assert.equal(options.routeBasePath, '/');
    assert.equal(options.entriesDir, 'roadmap');
    assert.equal(options.historyDir, 'history');
    assert.deepEqual(options.statuses, {});
  });

  it('suggests the option a typo meant, and names a bad value', () => {
    assert.throws(
      () => validate({perod: '2026-Q4'}),
      (error: Error) =>
        /"perod" is not an option; did you mean "period"\?/.test(error.message) &&
        /option "period" /.test(error.message),
    );
    assert.throws(
      () => validate({period: '2026-Q5'}),
      /option "period" must be a quarter such as "2022-Q3"/,
    );
    assert.throws(
      () => validate({period: '2026-Q4', statuses: {next: {anchor: 'Not Kebab'}}}),
      /option "statuses\.next\.anchor" must be a kebab-case anchor/,
    );
  });
});
