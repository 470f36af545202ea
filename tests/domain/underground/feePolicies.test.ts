import { describe, expect, it } from 'vitest';
import { feePolicies, haidong2023, selectPolicy, type FeePolicy } from '../../../api/domain/underground/feePolicies';
import { addYearsInclusiveEnd, chinaDate, isIsoDate } from '../../../api/domain/shared/calendarDate';

const later: FeePolicy = { ...haidong2023, id: 'haidong-2025', validFrom: '2025-10-07', validTo: '2027-10-06' };

describe('Haidong 2023 policy data (东政办〔2023〕95号)', () => {
  it('is valid two years from issue (Art. 35): 2023-10-07 … 2025-10-06', () => {
    expect(haidong2023.validFrom).toBe('2023-10-07');
    // 2 years from 2023-10-07, last day inclusive = 2025-10-06
    expect(addYearsInclusiveEnd(haidong2023.validFrom, 2)).toBe(haidong2023.validTo);
    expect(haidong2023.shares).toEqual({ semi: 0.15, B1: 0.1, deeper: 0 });
    expect(haidong2023.publicParkingFactor).toBe(0.5);
    expect(haidong2023.minNetHeight).toBe(2.2);
  });
});

describe('selectPolicy', () => {
  it('picks the policy in force, on the first and the last day', () => {
    expect(selectPolicy(feePolicies, '2023-10-07')).toMatchObject({ position: 'in_force', inForce: true });
    expect(selectPolicy(feePolicies, '2025-10-06')).toMatchObject({ position: 'in_force', inForce: true });
  });

  it('falls back to the most recent started policy after expiry', () => {
    const s = selectPolicy(feePolicies, '2025-10-07');
    expect(s).toMatchObject({ position: 'expired', inForce: false });
    expect(s.policy.id).toBe('haidong-2023');
  });

  it('falls back to the earliest policy before any took effect', () => {
    expect(selectPolicy([later, haidong2023], '2020-01-01')).toMatchObject({ position: 'not_yet_valid', policy: { id: 'haidong-2023' } });
  });

  it('switches to a successor on its first day, whatever the array order', () => {
    expect(selectPolicy([later, haidong2023], '2025-10-06').policy.id).toBe('haidong-2023');
    expect(selectPolicy([later, haidong2023], '2025-10-07').policy.id).toBe('haidong-2025');
    expect(selectPolicy([later, haidong2023], '2030-01-01')).toMatchObject({ position: 'expired', policy: { id: 'haidong-2025' } });
  });

  it('refuses an empty policy list', () => {
    expect(() => selectPolicy([], '2024-01-01')).toThrow(/no fee policies/);
  });
});

describe('dates', () => {
  it('validates ISO dates and takes the China civil date of an instant', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-1')).toBe(false);
    // 2025-10-06T16:30Z is 2025-10-07 00:30 in Beijing (UTC+8)
    expect(chinaDate(new Date('2025-10-06T16:30:00Z'))).toBe('2025-10-07');
    expect(chinaDate(new Date('2025-10-06T15:59:59Z'))).toBe('2025-10-06');
  });
});
