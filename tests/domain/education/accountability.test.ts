import { describe, expect, it } from 'vitest';
import { assessAccountability, monthSince } from '../../../api/domain/education/accountability';
import { dropoutRuleSets } from '../../../api/domain/education/ruleSets';

const thresholds = dropoutRuleSets.find((r) => r.jurisdiction === 'shapotou')!.accountability!;

describe('沙坡头 Art. 8 accountability', () => {
  const schools = [
    { schoolCode: 'P1', townshipCode: 'T1', level: 'primary' as const, unreturnedDropouts: 1 }, // primary ≥ 1 → lowest rating
    { schoolCode: 'P2', townshipCode: 'T1', level: 'primary' as const, unreturnedDropouts: 0 },
    { schoolCode: 'J1', townshipCode: 'T2', level: 'junior' as const, unreturnedDropouts: 1 }, // junior 1 < 2 → fine
    { schoolCode: 'J2', townshipCode: 'T2', level: 'junior' as const, unreturnedDropouts: 3 }, // ≥ 2 → lowest; 3 > 2 → township T2 flagged
    { schoolCode: 'J3', townshipCode: 'T3', level: 'junior' as const, unreturnedDropouts: 2 }, // ≥ 2 → lowest; 2 is not > 2
    { schoolCode: 'P3', townshipCode: 'T4', level: 'primary' as const, unreturnedDropouts: 5 }, // lowest; T4 flagged
  ];

  it('flags county loss rate, lowest-rated schools and township sanctions by month', () => {
    const r = assessAccountability(
      {
        asOf: '2026-05-20',
        county: { countyCode: '640502', studentsAtYearStart: 20_000, studentsLost: 201 }, // 201 / 20000 = 0.01005 > 0.01
        schools,
        townshipConditionSince: { T2: '2026-03-21', T4: '2026-05-01' },
      },
      thresholds,
    );
    expect(r.county).toEqual({ countyCode: '640502', lossRate: 0.01005, flagged: true });
    expect(r.lowestRatingSchools).toEqual(['J2', 'J3', 'P1', 'P3']);
    expect(r.townships).toEqual([
      // 03-21 → 05-20: 2 months minus 1 (20 < 21) = 1 whole month → month 2 → 通报批评
      { townshipCode: 'T2', maxSchoolDropouts: 3, since: '2026-03-21', month: 2, sanction: 'public_criticism' },
      // 05-01 → 05-20: 0 whole months → month 1 → 约谈
      { townshipCode: 'T4', maxSchoolDropouts: 5, since: '2026-05-01', month: 1, sanction: 'interview' },
    ]);
  });

  it('exactly 1 % is not above the threshold; zero students gives no rate', () => {
    const at = (studentsLost: number, studentsAtYearStart: number) =>
      assessAccountability({ asOf: '2026-05-20', county: { countyCode: 'X', studentsAtYearStart, studentsLost }, schools: [] }, thresholds).county;
    expect(at(200, 20_000)).toMatchObject({ lossRate: 0.01, flagged: false }); // 200 / 20000 = 0.01, not > 0.01
    expect(at(0, 0)).toMatchObject({ lossRate: null, flagged: false });
  });

  it('month 3 and later → administrative sanction; unknown start counts as month 1', () => {
    expect(monthSince('2026-01-10', '2026-03-10')).toBe(3); // 2 whole months → month 3
    expect(monthSince('2026-01-10', '2026-03-09')).toBe(2);
    const r = assessAccountability(
      { asOf: '2026-09-01', county: { countyCode: 'X', studentsAtYearStart: 1, studentsLost: 0 }, schools, townshipConditionSince: { T2: '2026-01-01' } },
      thresholds,
    );
    expect(r.townships.find((t) => t.townshipCode === 'T2')).toMatchObject({ month: 9, sanction: 'administrative_sanction' });
    expect(r.townships.find((t) => t.townshipCode === 'T4')).toMatchObject({ since: '2026-09-01', month: 1, sanction: 'interview' });
  });
});
