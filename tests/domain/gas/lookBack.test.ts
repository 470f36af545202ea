import { fc, test as ftest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { lookBack, lookBackFates, type FirstRoundHazard } from '../../../api/domain/gas/lookBack';
import { hazardStatuses } from '../../../api/domain/gas/vocabulary';

// 东政办〔2023〕98号 §一(一): round 2 (11-01…11-30) is the look-back at round 1 (10-13…10-31).
const h = (id: number, over: Partial<FirstRoundHazard> = {}): FirstRoundHazard => ({
  id,
  venueId: 100 + id,
  category: 'hose_too_long',
  groupNo: 3,
  districtCode: '630222',
  status: 'found',
  deadline: '2023-10-25',
  ...over,
});

describe('lookBack', () => {
  const today = '2023-11-20';
  const first = [
    h(1, { status: 'verified' }), // fixed and checked
    h(2, { status: 'rectifying', deadline: '2023-11-19' }), // deadline yesterday, not fixed → overdue
    h(3, { status: 'rectifying', deadline: '2023-11-20' }), // deadline today: still in time
    h(4, { status: 'rectified', deadline: '2023-10-20' }), // fixed, waiting for verification: never overdue
    h(5, { status: 'verified', venueId: 900, category: 'alarm_missing' }), // verified, but found again in round 2
    h(6, { groupNo: 1, districtCode: '630202', status: 'found', deadline: '2023-10-30' }), // overdue, another group
  ];
  const second = [
    { venueId: 900, category: 'alarm_missing' as const },
    { venueId: 101, category: 'alarm_missing' as const }, // same venue as #1, another category: not the same hazard
  ];

  it('gives each round-1 hazard its fate with refound taking precedence', () => {
    const r = lookBack(first, second, today);
    expect(r.fates).toEqual([
      { id: 1, fate: 'rectified_verified' },
      { id: 2, fate: 'overdue' },
      { id: 3, fate: 'still_open' },
      { id: 4, fate: 'still_open' },
      { id: 5, fate: 'refound' },
      { id: 6, fate: 'overdue' },
    ]);
  });

  it('counts per group and district, sorted by group', () => {
    const r = lookBack(first, second, today);
    expect(r.rows).toEqual([
      { groupNo: 1, districtCode: '630202', total: 1, refound: 0, rectified_verified: 0, overdue: 1, still_open: 0 },
      { groupNo: 3, districtCode: '630222', total: 5, refound: 1, rectified_verified: 1, overdue: 1, still_open: 2 },
    ]);
    expect(r.totals).toEqual({ total: 6, refound: 1, rectified_verified: 1, overdue: 2, still_open: 2 });
  });

  ftest.prop([
    fc.array(
      fc.record({
        venueId: fc.integer({ min: 1, max: 20 }),
        status: fc.constantFrom(...hazardStatuses),
        deadline: fc.constantFrom('2023-10-20', '2023-11-19', '2023-11-20', '2023-12-31'),
        groupNo: fc.integer({ min: 1, max: 9 }),
      }),
      { maxLength: 40 },
    ),
    fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 10 }),
  ])('every hazard gets exactly one fate; rows and totals add up', (raw, refoundVenues) => {
    const first = raw.map((r, i) => h(i + 1, { ...r, districtCode: r.groupNo <= 7 ? '630202' : '630222' }));
    const r = lookBack(first, refoundVenues.map((venueId) => ({ venueId, category: 'hose_too_long' as const })), '2023-11-20');
    expect(r.fates).toHaveLength(first.length);
    expect(r.totals.total).toBe(first.length);
    expect(lookBackFates.reduce((n, f) => n + r.totals[f], 0)).toBe(first.length);
    for (const f of lookBackFates) expect(r.rows.reduce((n, row) => n + row[f], 0)).toBe(r.totals[f]);
    for (const { id, fate } of r.fates) {
      const hz = first[id - 1]!;
      if (refoundVenues.includes(hz.venueId)) expect(fate).toBe('refound');
      else if (hz.status === 'verified') expect(fate).toBe('rectified_verified');
    }
  });
});
