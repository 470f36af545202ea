import { describe, expect, it } from 'vitest';
import {
  daysLeft,
  isOverdue,
  nextStatuses,
  transition,
  validateDeadline,
} from '../../../api/domain/gas/hazardWorkflow';
import { hazardStatuses, type Actor } from '../../../api/domain/gas/vocabulary';
import {
  actorsUnderTest,
  allowedMoveCases,
  forbiddenMoves,
  type ActorKey,
} from '../../fixtures/gas/transitions';

const actorKeys = Object.keys(actorsUnderTest) as ActorKey[];

describe('transition — every allowed move, every actor', () => {
  for (const c of allowedMoveCases) {
    for (const key of actorKeys) {
      it(`${c.severity} ${c.from} → ${c.to} by ${key}: ${c.expect[key]}`, () => {
        const result = transition(
          { status: c.from, severity: c.severity, groupNo: 3 },
          c.to,
          actorsUnderTest[key] as Actor,
        );
        if (c.expect[key] === 'ok') {
          expect(result).toEqual({ ok: true, from: c.from, to: c.to });
        } else {
          expect(result.ok).toBe(false);
          expect(result.ok === false && result.code).toBe(c.expect[key]);
        }
      });
    }
  }
});

describe('transition — every forbidden move', () => {
  it('lists all 16 ordered pairs between the fixture tables', () => {
    // 4 allowed edges + 12 forbidden pairs = 16 = 4 × 4
    const allowed = new Set(allowedMoveCases.map((c) => `${c.from}>${c.to}`));
    expect(allowed.size + forbiddenMoves.length).toBe(16);
  });
  for (const [from, to] of forbiddenMoves) {
    for (const severity of ['general', 'major'] as const) {
      for (const key of actorKeys) {
        it(`${severity} ${from} → ${to} by ${key}: forbidden_transition`, () => {
          const result = transition({ status: from, severity, groupNo: 3 }, to, actorsUnderTest[key] as Actor);
          expect(result.ok).toBe(false);
          expect(result.ok === false && result.code).toBe('forbidden_transition');
          expect(result.ok === false && result.reason.en.length).toBeGreaterThan(0);
        });
      }
    }
  }
});

describe('nextStatuses', () => {
  it('is the hand-drawn graph', () => {
    expect(nextStatuses('found')).toEqual(['rectifying']);
    expect(nextStatuses('rectifying')).toEqual(['rectified']);
    expect(nextStatuses('rectified')).toEqual(['verified', 'rectifying']);
    expect(nextStatuses('verified')).toEqual([]);
  });
  it('covers every status', () => {
    expect(hazardStatuses).toEqual(['found', 'rectifying', 'rectified', 'verified']);
  });
});

describe('isOverdue', () => {
  const deadline = '2023-10-20';
  it.each([
    // [status, today, expected, why]
    ['found', '2023-10-19', false, 'one day before the deadline'],
    ['found', '2023-10-20', false, 'on the deadline day it is still in time'],
    ['found', '2023-10-21', true, 'one day past'],
    ['rectifying', '2023-11-05', true, '16 days past, still rectifying'],
    ['rectified', '2023-11-05', false, 'fixed, waiting for the check'],
    ['verified', '2023-11-05', false, 'closed'],
  ] as const)('%s on %s → %s (%s)', (status, today, expected, _why) => {
    expect(isOverdue({ status, deadline }, today)).toBe(expected);
  });
});

describe('validateDeadline', () => {
  it('refuses a deadline before the day found', () => {
    const result = validateDeadline('2023-10-16', '2023-10-15');
    expect(result).toMatchObject({ ok: false, code: 'deadline_before_found' });
  });
  it('accepts the same day (即查即改) and later days', () => {
    expect(validateDeadline('2023-10-16', '2023-10-16')).toEqual({ ok: true });
    expect(validateDeadline('2023-10-16', '2023-11-30')).toEqual({ ok: true });
  });
  it('throws on a non-date', () => {
    expect(() => validateDeadline('2023-10-16', '2023-02-30')).toThrow(RangeError);
  });
});

describe('daysLeft', () => {
  it.each([
    ['2023-10-31', '2023-10-20', 11], // 31 − 20
    ['2023-10-31', '2023-10-31', 0],
    ['2023-10-31', '2023-11-02', -2], // Nov 2 is 2 days after Oct 31
    ['2024-03-01', '2024-02-28', 2], // 2024 is a leap year: Feb 29, Mar 1
  ] as const)('deadline %s, today %s → %i', (deadline, today, expected) => {
    expect(daysLeft(deadline, today)).toBe(expected);
  });
});
