import { describe, expect, it } from 'vitest';
import { feeTier, feeTiers } from '../../../api/domain/underground/feeTier';

describe('feeTier', () => {
  it.each([
    [0, false, 'free'],
    [0, true, 'lease'], // rent is not a fee: its own colour
    [0.01, false, 'low'],
    [999_999.99, false, 'low'],
    [1_000_000, false, 'mid'], // bands are [lower, upper)
    [4_999_999.99, false, 'mid'],
    [5_000_000, false, 'high'],
    [81_000_000, false, 'high'],
  ] as const)('total %d, rent %s → %s', (total, rent, id) => {
    expect(feeTier({ total, rent }).id).toBe(id);
  });

  it('reads thresholds from the table it is given', () => {
    const tighter = feeTiers.map((t) => (t.id === 'low' ? { ...t, below: 100_000 } : t));
    expect(feeTier({ total: 200_000, rent: false }, tighter).id).toBe('mid');
  });

  it('labels every tier in both languages with a colour, and refuses a negative total', () => {
    for (const t of feeTiers) {
      expect(t.label.zh.length).toBeGreaterThan(0);
      expect(t.label.en.length).toBeGreaterThan(0);
      expect(t.color).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(() => feeTier({ total: -1, rent: false })).toThrow(/invalid total/);
  });
});
