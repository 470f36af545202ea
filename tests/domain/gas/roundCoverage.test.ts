import { describe, expect, it } from 'vitest';
import { roundCoverage } from '../../../api/domain/gas/roundCoverage';
import { expectedRows, venues, visits } from '../../fixtures/gas/coverage';

describe('roundCoverage', () => {
  it('matches the hand-computed shares', () => {
    expect(roundCoverage({ venues, visits, rounds: [1, 2] })).toEqual(expectedRows);
  });
  it('refuses a visit to an unknown venue, a duplicate venue and an unknown group', () => {
    expect(() => roundCoverage({ venues, visits: [{ venueId: 'zz', groupNo: 1, roundNo: 1 }], rounds: [1] })).toThrow(
      /unknown venue zz/,
    );
    expect(() => roundCoverage({ venues: [...venues, venues[0]], visits: [], rounds: [1] })).toThrow(/listed twice/);
    expect(() => roundCoverage({ venues, visits: [{ venueId: 'm1', groupNo: 12, roundNo: 1 }], rounds: [1] })).toThrow(
      /unknown group/,
    );
  });
});
