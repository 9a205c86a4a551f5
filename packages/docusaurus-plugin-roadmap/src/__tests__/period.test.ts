import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parsePeriod} from '../period';

describe('parsePeriod', () => {
  it('reads the source roadmap quarter', () => {
    assert.deepEqual(parsePeriod('2022-Q3'), {
      id: '2022-Q3',
      year: 2022,
      quarter: 3,
      start: '2022-07-01',
      end: '2022-09-30',
      label: 'July through September 2022',
      shortLabel: 'July–September 2022',
    });
  });

  it('knows the length of each quarter', () => {
    assert.equal(parsePeriod('2024-Q1').end, '2024-03-31');
    assert.equal(parsePeriod('2024-Q2').end, '2024-06-30');
    assert.equal(parsePeriod('2024-Q4').end, '2024-12-31');
  });

  it('rejects anything that is not a quarter, saying how to write one', () => {
    assert.throws(() => parsePeriod('2022-Q5'), /Write it as YEAR-QN, for example "2022-Q3"/);
    assert.throws(() => parsePeriod('Q3 2022'), /"Q3 2022" is not a quarter/);
  });
});
