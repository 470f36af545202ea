import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { judgedOn, statusAsOf, type StatusTransition } from '../../../api/domain/gas/statusAsOf';
import { hazardStatuses } from '../../../api/domain/gas/vocabulary';
import { addDays, chinaDate } from '../../../api/domain/shared/calendarDate';

// Hand-computed: a hazard found on 3 Mar, rectifying on 5 Mar, rectified 10 Mar at 23:30 Beijing
// time (15:30 UTC, still 10 Mar in Haidong), failed check back to rectifying on 12 Mar, verified 20 Mar.
const history: StatusTransition[] = [
  { from: null, to: 'found', at: '2026-03-03T09:00:00+08:00' },
  { from: 'found', to: 'rectifying', at: '2026-03-05T14:00:00+08:00' },
  { from: 'rectifying', to: 'rectified', at: '2026-03-10T15:30:00Z' },
  { from: 'rectified', to: 'rectifying', at: '2026-03-12T08:00:00+08:00' },
  { from: 'rectifying', to: 'verified', at: '2026-03-20T10:00:00+08:00' },
];

describe('statusAsOf (hand-computed)', () => {
  test.each([
    ['2026-03-02', undefined],
    ['2026-03-03', 'found'],
    ['2026-03-04', 'found'],
    ['2026-03-05', 'rectifying'],
    ['2026-03-10', 'rectified'],
    ['2026-03-11', 'rectified'],
    ['2026-03-12', 'rectifying'],
    ['2026-03-19', 'rectifying'],
    ['2026-03-20', 'verified'],
    ['2027-01-01', 'verified'],
  ] as const)('%s → %s', (date, expected) => {
    expect(statusAsOf(history, date)).toBe(expected);
    // The order the history is given in does not matter.
    expect(statusAsOf([...history].reverse(), date)).toBe(expected);
  });
});

const base = Date.parse('2025-01-01T00:00:00Z');
/** A history at distinct instants (minutes apart over two years) with arbitrary statuses. */
const historyArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 2 * 365 * 24 * 60 }), { minLength: 1, maxLength: 12 })
  .chain((minutes) =>
    fc.tuple(fc.constant([...minutes].sort((a, b) => a - b)), fc.array(fc.constantFrom(...hazardStatuses), { minLength: minutes.length, maxLength: minutes.length })),
  )
  .map(([minutes, statuses]) =>
    minutes.map((m, i): StatusTransition => ({ from: i === 0 ? null : statuses[i - 1]!, to: statuses[i]!, at: new Date(base + m * 60_000).toISOString() })),
  );
const dayOf = (t: StatusTransition) => chinaDate(new Date(t.at));

describe('statusAsOf (properties)', () => {
  test.prop([historyArb])('on or after the last move it is the current status; before the first it is undefined', (h) => {
    expect(statusAsOf(h, dayOf(h.at(-1)!))).toBe(h.at(-1)!.to);
    expect(statusAsOf(h, addDays(dayOf(h.at(-1)!), 400))).toBe(h.at(-1)!.to);
    expect(statusAsOf(h, addDays(dayOf(h[0]!), -1))).toBeUndefined();
  });

  test.prop([historyArb, fc.integer({ min: -5, max: 800 })])('it is the last move of the day or before, whatever order the history is given in', (h, offset) => {
    const date = addDays('2025-01-01', offset);
    const upTo = h.filter((t) => dayOf(t) <= date);
    const expected = upTo.length ? upTo.at(-1)!.to : undefined;
    expect(statusAsOf(h, date)).toBe(expected);
    expect(statusAsOf([...h].reverse(), date)).toBe(expected);
  });

  test.prop([historyArb, fc.integer({ min: -5, max: 800 }), fc.integer({ min: 0, max: 30 })])('adding a move after the day does not change the status on that day', (h, offset, later) => {
    const date = addDays('2025-01-01', offset);
    const afterAll = Math.max(Date.parse(h.at(-1)!.at), Date.parse(`${addDays(date, 1 + later)}T00:00:00+08:00`));
    const extended = [...h, { from: h.at(-1)!.to, to: 'verified' as const, at: new Date(afterAll + 60_000).toISOString() }];
    expect(statusAsOf(extended, date)).toBe(statusAsOf(h, date));
  });
});

describe('judgedOn', () => {
  test.each([
    [undefined, '2026-11-20', '2026-11-20'],
    ['2026-10-01', '2026-11-20', '2026-10-01'],
    ['2026-11-20', '2026-11-20', '2026-11-20'],
    ['2027-01-01', '2026-11-20', '2026-11-20'],
  ] as const)('as of %s with today %s → overdue judged on %s', (asOf, today, expected) => {
    expect(judgedOn(asOf, today)).toBe(expected);
  });
});
