import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../../api/domain/education/crossCheck';
import { casesToOpen, crossCheckInput, openCaseKey, tallyByCounty, tallyInvalidIds, type StoredRegisterRow } from '../../../api/domain/education/crossCheckCases';
import { makeIdNumber } from '../../../api/domain/education/idNumber';

// Cases a stored cross-check opens (东政办〔2023〕101号 Art. 16), from register rows to drafts.
const asOf = '2026-09-15';
const never = makeIdNumber('630202', '2016-03-01', 1, 1); // in 户籍 only: out of school
const dropout = makeIdNumber('630223', '2014-05-02', 2, 2); // in 学籍, not in school, poor
const elsewhere = makeIdNumber('630222', '2013-07-03', 3, 1); // in 学籍, lives in another county
const attending = makeIdNumber('630202', '2015-01-04', 4, 2);
const badCheck = `${attending.slice(0, 17)}${attending[17] === '0' ? '1' : '0'}`;

const row = (idNumber: string, v: Partial<StoredRegisterRow> = {}): StoredRegisterRow => ({ idNumber, name: null, birthDate: null, countyCode: null, schoolCode: null, ...v });
const registers = {
  household: [
    row(never, { name: '甲', birthDate: '2016-03-01', countyCode: '630202' }),
    row(dropout, { name: '乙', birthDate: '2014-05-02', countyCode: '630223' }),
    row(dropout, { name: '重复', birthDate: '2014-05-02', countyCode: '630225' }),
    row(elsewhere, { name: '丙', birthDate: '2013-07-03', countyCode: '630222' }),
    row(attending, { name: '丁', birthDate: '2015-01-04', countyCode: '630202' }),
  ],
  students: [row(dropout, { schoolCode: 'S1', countyCode: '630223' }), row(elsewhere, { schoolCode: 'S2', countyCode: '630203' }), row(attending, { schoolCode: 'S3', countyCode: '630202' }), row(badCheck, { countyCode: '630202' })],
  in_school: [row(attending)],
  poverty: [row(dropout)],
};

describe('crossCheckInput', () => {
  it('maps register rows to the comparison input; a missing value is an empty string', () => {
    const input = crossCheckInput(asOf, { ...registers, in_school: [row(attending)], household: [row(never)] });
    expect(input.household).toEqual([{ id: never, name: '', birthDate: '', countyCode: '' }]);
    expect(input.inSchool).toEqual([{ id: attending }]);
    expect(input.asOf).toBe(asOf);
  });
});

describe('casesToOpen', () => {
  const input = crossCheckInput(asOf, registers);
  const result = crossCheck(input);
  const known = new Map([[elsewhere, { id: 7, name: '丙', birthDate: '2013-07-03', residentCountyCode: '630225' }]]);

  it('opens one routed case per out-of-school child and dropout', () => {
    const cases = casesToOpen(input, result, known, new Set());
    expect(cases.map((c) => [c.kind, c.idNumber])).toEqual([
      ['out_of_school', never],
      ...[dropout, elsewhere].sort().map((id) => ['dropout', id]),
    ]);
    const byId = new Map(cases.map((c) => [c.idNumber, c]));
    // Never enrolled: the household county (Art. 16 via Art. 8, 14).
    expect(byId.get(never)).toMatchObject({ responsibleCountyCode: '630202', routingRule: 'never_enrolled_household_county', studentCountyCode: null, poverty: false, childId: null, openedOn: asOf, name: '甲' });
    // Whereabouts unknown: the registration county keeps it; the first household row counts.
    expect(byId.get(dropout)).toMatchObject({ responsibleCountyCode: '630223', routingRule: 'whereabouts_unknown_registration_county', poverty: true, name: '乙', householdCountyCode: '630223', schoolCode: 'S1' });
    // Not in the registration county: the household county takes it and is notified.
    expect(byId.get(elsewhere)).toMatchObject({ responsibleCountyCode: '630222', notifyCountyCode: '630222', routingRule: 'absent_from_registration_county', childId: 7 });
    expect(byId.get(elsewhere)!.ruleSetId).toBe('haidong-2023-101');
  });

  it('skips a child who already has an open case of that kind', () => {
    const cases = casesToOpen(input, result, known, new Set([openCaseKey('dropout', dropout), openCaseKey('dropout', never)]));
    expect(cases.map((c) => c.idNumber).sort()).toEqual([never, elsewhere].sort());
  });

  it('tallies the opened cases per responsible county, in code order', () => {
    expect(tallyByCounty(casesToOpen(input, result, known, new Set()))).toEqual([
      { countyCode: '630202', outOfSchool: 1, dropouts: 0, povertyDropouts: 0 },
      { countyCode: '630222', outOfSchool: 0, dropouts: 1, povertyDropouts: 0 },
      { countyCode: '630223', outOfSchool: 0, dropouts: 1, povertyDropouts: 1 },
    ]);
  });
});

describe('tallyInvalidIds', () => {
  it('counts invalid IDs per source and reason, in order of first appearance', () => {
    expect(
      tallyInvalidIds([
        { id: 'a', source: 'students', reason: 'check_digit' },
        { id: 'b', source: 'household', reason: 'length' },
        { id: 'c', source: 'students', reason: 'check_digit' },
      ]),
    ).toEqual([
      { source: 'students', reason: 'check_digit', count: 2 },
      { source: 'household', reason: 'length', count: 1 },
    ]);
    expect(tallyInvalidIds(crossCheck(crossCheckInput(asOf, registers)).invalidIds)).toEqual([{ source: 'students', reason: 'check_digit', count: 1 }]);
  });
});
