import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { transition } from '../../../api/domain/gas/hazardWorkflow';
import { canRead, canWrite, districtOf, groupForDistrict, scopeFilter } from '../../../api/domain/gas/accessScope';
import { countyCodes, districtCodes, type DistrictCode } from '../../../api/domain/geo/vocabulary';
import { safetyCheckDue } from '../../../api/domain/gas/safetyCheckDue';
import { addDays } from '../../../api/domain/shared/calendarDate';
import type { Actor, HazardStatus } from '../../../api/domain/gas/vocabulary';

// Written by hand, independent of the module's own table.
const STATES = ['found', 'rectifying', 'rectified', 'verified'];
const EDGES = new Set(['found>rectifying', 'rectifying>rectified', 'rectified>verified', 'rectified>rectifying']);

const actorArb: fc.Arbitrary<Actor> = fc.record({
  role: fc.constantFrom('planner', 'inspector', 'official', 'education', 'admin' as const),
  groupNo: fc.option(fc.integer({ min: -1, max: 11 }), { nil: undefined }),
});
const targetArb = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...STATES) },
  { weight: 1, arbitrary: fc.string() },
);

describe('hazard workflow properties', () => {
  test.prop([
    fc.constantFrom('general', 'major' as const),
    fc.integer({ min: 1, max: 9 }),
    fc.array(fc.tuple(targetArb, actorArb), { maxLength: 60 }),
  ])('random action sequences stay in the 4 states and never skip one', (severity, groupNo, actions) => {
    let status: HazardStatus = 'found';
    const history: string[] = [status];
    for (const [to, actor] of actions) {
      const r = transition({ status, severity, groupNo }, to as HazardStatus, actor);
      if (r.ok) {
        expect(r.from).toBe(status);
        expect(EDGES.has(`${r.from}>${r.to}`)).toBe(true);
        status = r.to;
        history.push(status);
      } else {
        expect(['forbidden_transition', 'role_forbidden']).toContain(r.code);
      }
      expect(STATES).toContain(status);
    }
    const closedAt = history.indexOf('verified');
    if (closedAt >= 0) {
      // verified is terminal, and was reached through found → rectifying → rectified in order
      expect(closedAt).toBe(history.length - 1);
      const firstRectifying = history.indexOf('rectifying');
      const firstRectified = history.indexOf('rectified');
      expect(0 < firstRectifying && firstRectifying < firstRectified && firstRectified < closedAt).toBe(true);
      expect(history[closedAt - 1]).toBe('rectified');
    }
  });

  test.prop([fc.constantFrom(...STATES), fc.integer({ min: 1, max: 9 }), actorArb])(
    'an inspector never verifies a major hazard, and planners/education never move anything',
    (status, groupNo, actor) => {
      const toVerified = transition({ status: status as HazardStatus, severity: 'major', groupNo }, 'verified', actor);
      if (actor.role !== 'official' && actor.role !== 'admin') expect(toVerified.ok).toBe(false);
      if (actor.role === 'planner' || actor.role === 'education') {
        for (const to of STATES) {
          expect(transition({ status: status as HazardStatus, severity: 'general', groupNo }, to as HazardStatus, actor).ok).toBe(false);
        }
      }
    },
  );
});

// Hand table: area group → its one district.
const OWN: Record<number, string> = {
  1: '630202', 2: '630203', 3: '630222', 4: '630223', 5: '630224', 6: '630225', 7: 'park',
};

describe('scope properties', () => {
  test.prop([
    fc.integer({ min: 1, max: 7 }),
    fc.oneof(fc.constantFrom(...districtCodes), fc.string({ maxLength: 8 })),
  ])('an area inspector is never granted another district', (groupNo, district) => {
    const actor: Actor = { role: 'inspector', groupNo };
    const granted = district === OWN[groupNo];
    expect(canRead(actor, district as DistrictCode)).toBe(granted);
    expect(canWrite(actor, district as DistrictCode)).toBe(granted);
    expect(scopeFilter(actor)).toEqual({ districts: [OWN[groupNo]] });
  });

  test.prop([fc.constantFrom(...countyCodes), fc.boolean(), fc.integer({ min: 1, max: 7 })])(
    'a park venue is readable by group 7 only among the area groups',
    (countyCode, inPark, groupNo) => {
      const district = districtOf({ countyCode, inPark });
      const owner = groupForDistrict(district).no;
      expect(owner).toBe(inPark ? 7 : Number(Object.keys(OWN).find((k) => OWN[Number(k)] === countyCode)));
      expect(canRead({ role: 'inspector', groupNo }, district)).toBe(groupNo === owner);
    },
  );
});

describe('safety-check properties', () => {
  const dayArb = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2023-10-13', n));
  test.prop([dayArb, fc.integer({ min: 0, max: 1500 })])(
    'overdue ⇔ days overdue > 0; residential is never overdue when non-residential is not',
    (lastCheckOn, gap) => {
      const today = addDays(lastCheckOn, gap);
      const nonRes = safetyCheckDue({ pipelineUserKind: 'non_residential', lastCheckOn }, today);
      const res = safetyCheckDue({ pipelineUserKind: 'residential', lastCheckOn }, today);
      for (const r of [nonRes, res]) {
        expect(r.overdue).toBe((r.daysOverdue ?? 0) > 0);
        expect(r.due || !r.overdue).toBe(true);
      }
      if (!nonRes.overdue) expect(res.overdue).toBe(false);
      // within 365 days a non-residential check is never overdue; past 731 days both always are
      if (gap <= 365) expect(nonRes.overdue).toBe(false);
      if (gap > 731) expect(res.overdue).toBe(true);
    },
  );
});
