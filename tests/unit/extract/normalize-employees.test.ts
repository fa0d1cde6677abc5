import { describe, expect, it } from 'vitest';
import { employeesFromText } from '../../../lib/core/normalize/employees';

describe('employeesFromText', () => {
  it.each([
    ['201-500 employees', { min: 201, max: 500 }],
    ['51-200 employees', { min: 51, max: 200 }],
    ['10,001+ employees', { min: 10001 }],
    ['2-10', { min: 2, max: 10 }],
    ['0-1 employees', { min: 0, max: 1 }],
    ['1,001-5,000 employees', { min: 1001, max: 5000 }],
    ['1.001-5.000 Beschäftigte', { min: 1001, max: 5000 }],
    ['11–50 employees', { min: 11, max: 50 }],
    ['50 to 200', { min: 50, max: 200 }],
    ['11-50', { min: 11, max: 50 }],
    ['120', { min: 120, max: 120 }],
    ['120 employees', { min: 120, max: 120 }],
  ])('%s → %j', (text, range) => {
    expect(employeesFromText(text)).toEqual(range);
  });

  it.each(['', 'Self-employed', '8K followers', '500-200 employees', '99999999999+', 'lots'])(
    'yields nothing for %j',
    (text) => {
      expect(employeesFromText(text)).toBeUndefined();
    },
  );
});
