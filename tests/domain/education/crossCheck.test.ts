import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { crossCheck, type CrossCheckInput } from '../../../api/domain/education/crossCheck';
import { naiveCrossCheck } from '../../reference/naiveCrossCheck';
import { makeIdNumber } from '../../../api/domain/education/idNumber';

// asOf 2026-11-25 → reference day 2026-08-31; school age 6–15 = born 2010-09-01 … 2020-08-31.
// Check characters (sum of digit × weight mod 11 → '10X98765432'):
const H1 = '630202201503150011'; // sum 176, r 0 → '1'. 2015-03-15, age 11. In school.
const H2 = '630223201208310037'; // sum 236, r 5 → '7'. 2012-08-31, age 14. No 学籍 → out of school.
const H3 = '630222201001010110'; // sum 133, r 1 → '0'. 2010-01-01, age 16. No 学籍 but too old.
const H4 = '630224201402280130'; // sum 221, r 1 → '0'. 2014-02-28, age 12. 学籍, not in school, poverty → poverty dropout.
const H5 = '630225200907150157'; // sum 258, r 5 → '7'. 2009-07-15, age 17. 学籍, not in school → dropout (no age filter).
const H6 = '630202201602290175'; // sum 216, r 7 → '5'. Recorded birth 2016-03-01 → birth_date_mismatch.
const H7 = '630202201111110192'; // sum 153, r 10 → '2'. 2011-11-11, age 14. In school.
const H8 = '630202202001010232'; // sum 131, r 10 → '2'. 2020-01-01, age 6. No 学籍 → out of school.
const H9 = '630202201409090259'; // sum 253, r 0 → '1', but '9' given → check_digit.
const H10 = '630223201708310279'; // sum 267, r 3 → '9'. 2017-08-31, age 9. In school; two household rows.
const H11 = '630203201806010071'; // sum 198, r 0 → '1'. 2018-06-01, age 8. In school, poverty (not a dropout).
const B1 = '630202201009010419'; // sum 201, r 3 → '9'. 2010-09-01, age 15 (boundary) → out of school.
const B2 = '630202201008310436'; // sum 226, r 6 → '6'. 2010-08-31, age 16 (boundary) → not school age.
const B3 = '630202202009010456'; // sum 215, r 6 → '6'. 2020-09-01, age 5 (boundary) → not school age.
const S1 = '640502201305050210'; // sum 210, r 1 → '0'. Shapotou student, no household row → 人籍不符.
const S2 = '63020220150315001'; // 17 chars → length.
const S3 = '11010519491231002X'; // sum 167, r 2 → 'X'. Student, no household, not in school, poverty.
const badInSchool = '63020220150315001A'; // chars
const badPoverty = '630202201503150012'; // check_digit (correct is '1')

const person = (id: string, birthDate: string, countyCode = id.slice(0, 6)) => ({ id, name: '测试', birthDate, countyCode });
const student = (id: string, schoolCode = 'S-001') => ({ id, schoolCode, countyCode: id.slice(0, 6) });

const fixture: CrossCheckInput = {
  asOf: '2026-11-25',
  household: [
    person(H1, '2015-03-15'),
    person(H2, '2012-08-31'),
    person(H3, '2010-01-01'),
    person(H4, '2014-02-28'),
    person(H5, '2009-07-15'),
    person(H6, '2016-03-01'),
    person(H7, '2011-11-11'),
    person(H8, '2020-01-01'),
    person(H9, '2014-09-09'),
    person(H10, '2017-08-31'),
    person(H10, '2017-08-31'),
    person(H11, '2018-06-01'),
    person(B1, '2010-09-01'),
    person(B2, '2010-08-31'),
    person(B3, '2020-09-01'),
  ],
  students: [student(H1), student(H1, 'S-002'), student(H4), student(H5), student(H7), student(H10), student(H11), student(S1), student(S2), student(S3)],
  inSchool: [{ id: H1 }, { id: H7 }, { id: H10 }, { id: H11 }, { id: S1 }, { id: badInSchool }],
  poverty: [{ id: H4 }, { id: H11 }, { id: S3 }, { id: badPoverty }],
};

// 临政办发〔2020〕14号 §二 "比对过程中出现的人籍不符、人籍分离、人籍存疑等问题，要组织工作力量及时进行查验"
describe('人籍分离 — household county ≠ 学籍 county', () => {
  it('H7 registered at a school in 互助 (630223) with household in 乐都 (630202) is 人籍分离; H1 is not', () => {
    const r = crossCheck({
      asOf: '2026-11-25',
      household: [person(H1, '2015-03-15'), person(H7, '2011-11-11')],
      students: [student(H1), { id: H7, schoolCode: 'S-009', countyCode: '630223' }],
      inSchool: [{ id: H1 }, { id: H7 }],
      poverty: [],
    });
    expect(r.householdSeparated).toEqual([H7]);
    expect(r.counts.householdSeparated).toBe(1);
    expect(r.notInHousehold).toEqual([]);
  });
});

describe('crossCheck — 四查三比对 (东政办〔2023〕101号 Art. 16)', () => {
  const expected = {
    outOfSchool: [B1, H8, H2].sort(), // school-age, valid, no 学籍: H2 (14), H8 (6), B1 (15); H6/H9 invalid, H3/B2/B3 not school age
    dropouts: [S3, H4, H5].sort(), // valid 学籍 not in school; S2 invalid, excluded
    povertyDropouts: [S3, H4].sort(), // dropouts ∩ poverty
    notInHousehold: [S1, S3].sort(), // valid 学籍 without a household row
    householdSeparated: [], // every 学籍 county here equals the household county
    invalidIds: [
      { id: H9, source: 'household', reason: 'check_digit' },
      { id: H6, source: 'household', reason: 'birth_date_mismatch' },
      { id: S2, source: 'students', reason: 'length' },
      { id: badInSchool, source: 'inSchool', reason: 'chars' },
      { id: badPoverty, source: 'poverty', reason: 'check_digit' },
    ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    counts: {
      household: 14, // 15 rows, H10 twice
      students: 9, // 10 rows, H1 twice
      inSchool: 6,
      poverty: 4,
      schoolAge: 8, // valid (12) minus H3 16, H5 17, B2 16, B3 5 → H1 H2 H4 H7 H8 H10 H11 B1
      outOfSchool: 3,
      dropouts: 3,
      povertyDropouts: 2,
      notInHousehold: 2,
      householdSeparated: 0,
      invalidIds: 5,
    },
  };

  it('finds every list of the hand-built fixture', () => {
    expect(crossCheck(fixture)).toEqual(expected);
  });

  it('naive baseline gives the same answer', () => {
    expect(naiveCrossCheck(fixture)).toEqual(expected);
  });

  it('lists are sorted ascending', () => {
    const r = crossCheck(fixture);
    for (const list of [r.outOfSchool, r.dropouts, r.povertyDropouts, r.notInHousehold]) {
      expect(list).toEqual([...list].sort());
    }
  });
});

// Random registers drawn from a small pool of valid and broken ids so that overlaps are frequent.
const birthDates = ['2008-05-05', '2010-08-31', '2010-09-01', '2014-08-31', '2016-02-29', '2020-08-31', '2020-09-01'];
const pool: { id: string; birthDate: string }[] = [];
birthDates.forEach((birthDate, i) => {
  for (let seq = 0; seq < 3; seq++) pool.push({ id: makeIdNumber(i % 2 ? '630202' : '640502', birthDate, seq, 1), birthDate });
});
const broken = ['123', '63020220150315001A', '630202201503150012'];
const anyId = fc.oneof(fc.constantFrom(...pool.map((p) => p.id)), fc.constantFrom(...broken));

test.prop([
  fc.array(fc.record({ person: fc.constantFrom(...pool, ...broken.map((id) => ({ id, birthDate: '2015-01-01' }))), mismatch: fc.boolean() }), { maxLength: 25 }),
  fc.array(anyId, { maxLength: 20 }),
  fc.array(anyId, { maxLength: 20 }),
  fc.array(anyId, { maxLength: 10 }),
  fc.constantFrom('2026-11-25', '2027-03-10', '2024-09-01'),
])('crossCheck equals naiveCrossCheck on random registers', (people, students, inSchool, poverty, asOf) => {
  const input: CrossCheckInput = {
    asOf,
    household: people.map(({ person: p, mismatch }) => ({ id: p.id, name: '甲', birthDate: mismatch ? '2001-01-01' : p.birthDate, countyCode: '630202' })),
    students: students.map((id) => ({ id, schoolCode: 'X', countyCode: '630202' })),
    inSchool: inSchool.map((id) => ({ id })),
    poverty: poverty.map((id) => ({ id })),
  };
  const fast = crossCheck(input);
  expect(fast).toEqual(naiveCrossCheck(input));
  // Invariants: povertyDropouts ⊆ dropouts; an id invalid in a source is not listed from it.
  expect(fast.povertyDropouts.every((id) => fast.dropouts.includes(id))).toBe(true);
  const invalidIn = (source: string) => new Set(fast.invalidIds.filter((r) => r.source === source).map((r) => r.id));
  for (const id of fast.outOfSchool) expect(invalidIn('household').has(id)).toBe(false);
  for (const id of [...fast.dropouts, ...fast.notInHousehold]) expect(invalidIn('students').has(id)).toBe(false);
});
