import { describe, expect, it } from 'vitest';
import { classifyLayer, deriveLevels, isLevel, levelLabel, levelOrdinal } from '../../../api/domain/underground/layerLevel';

describe('classifyLayer (GB 50352-2019: > 1/2 net height → basement, (1/3, 1/2] → semi)', () => {
  it.each([
    // h = 3 m: h/3 = 1 m, h/2 = 1.5 m
    [1.0, 3, 'above_ground'], // 1 = h/3, not "more than 1/3"
    [1.0001, 3, 'semi_basement'], // just over h/3
    [1.5, 3, 'semi_basement'], // 1.5 = h/2, "at most 1/2" is still semi
    [1.5001, 3, 'basement'], // just over h/2
    // h = 3.6 m: h/3 = 1.2 (3.6/3 = 1.2000000000000002 in binary), h/2 = 1.8
    [1.2, 3.6, 'above_ground'],
    [1.8, 3.6, 'semi_basement'],
    [-0.5, 3, 'above_ground'], // floor above ground
    [12, 3.9, 'basement'],
  ] as const)('floor %s m below ground, net height %s m → %s', (d, h, position) => {
    expect(classifyLayer(d, h)).toBe(position);
  });
});

describe('deriveLevels', () => {
  it('numbers fully underground layers B1, B2, … from the top down, whatever the input order', () => {
    const levels = deriveLevels([
      { topDepth: 10, bottomDepth: 14, netHeight: 3.6 }, // third basement from the top
      { topDepth: -1.2, bottomDepth: 1.2, netHeight: 2.8 }, // 1.2 ∈ (0.933, 1.4] → semi
      { topDepth: 1.5, bottomDepth: 6, netHeight: 3.9 }, // 6 > 1.95 → first basement
      { topDepth: 6, bottomDepth: 10, netHeight: 3.6 }, // second basement
    ]);
    expect(levels.map((l) => l.level)).toEqual(['B3', 'semi', 'B1', 'B2']);
    expect(levels.every((l) => !l.mismatch && !l.explicit)).toBe(true);
  });

  it('keeps explicit levels and continues the count below an explicit Bn', () => {
    const levels = deriveLevels([
      { level: 'B2', topDepth: 0.5, bottomDepth: 5, netHeight: 3.9 },
      { topDepth: 5, bottomDepth: 9, netHeight: 3.6 }, // under an explicit B2 → B3
    ]);
    expect(levels.map((l) => l.level)).toEqual(['B2', 'B3']);
    expect(levels[0]).toMatchObject({ explicit: true, derived: 'B2', mismatch: false });
  });

  it('flags an explicit level that the depths contradict, and keeps it', () => {
    const [semiLabelledB1, basementLabelledSemi] = deriveLevels([
      { level: 'B1', topDepth: -1.5, bottomDepth: 1.5, netHeight: 3 }, // 1.5 = h/2 → semi by depth
      { level: 'semi', topDepth: 2, bottomDepth: 6, netHeight: 3.6 }, // basement by depth
    ]);
    expect(semiLabelledB1).toMatchObject({ level: 'B1', derived: 'semi', mismatch: true });
    expect(basementLabelledSemi).toMatchObject({ level: 'semi', derived: 'B1', mismatch: true });
  });

  it('gives above-ground layers no derived level', () => {
    const [above] = deriveLevels([{ topDepth: -3, bottomDepth: 0.5, netHeight: 3 }]); // 0.5 ≤ h/3 = 1
    expect(above).toMatchObject({ position: 'above_ground', derived: null, level: null });
  });
});

describe('level helpers', () => {
  it('reads levels and labels them in the words of Art. 15', () => {
    expect(['semi', 'B1', 'B12'].every(isLevel)).toBe(true);
    expect(['B0', 'b1', 'B', 'semi1', 'B01'].some(isLevel)).toBe(false);
    expect(levelOrdinal('semi')).toBe(0);
    expect(levelOrdinal('B3')).toBe(3);
    expect(levelLabel('semi').zh).toBe('半地下');
    expect(levelLabel('B1').zh).toBe('负一层');
    expect(levelLabel('B10').zh).toBe('负十层');
    expect(levelLabel('B12').zh).toBe('负十二层');
    expect(levelLabel('B21').zh).toBe('负二十一层');
  });
});
