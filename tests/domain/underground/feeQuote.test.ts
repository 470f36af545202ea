import { describe, expect, it } from 'vitest';
import { FeeInputError, type FeeQuoteInput, type FeeQuoteLayerInput } from '../../../api/domain/underground/feeInput';
import { feePolicies } from '../../../api/domain/underground/feePolicies';
import { feeQuote } from '../../../api/domain/underground/feeQuote';

const today = '2024-05-01'; // inside 2023-10-07 … 2025-10-06

// A typical 结建-style stack: semi-basement, B1, B2 (levels derived from depths).
const semi: FeeQuoteLayerInput = { topDepth: -1.2, bottomDepth: 1.2, netHeight: 2.8, area: 800 }; // 1.2 ∈ (2.8/3, 2.8/2]
const b1: FeeQuoteLayerInput = { topDepth: 1.5, bottomDepth: 6, netHeight: 3.9, area: 1500 }; // 6 > 3.9/2
const b2: FeeQuoteLayerInput = { topDepth: 6, bottomDepth: 10, netHeight: 3.6, area: 1500 };

const base: FeeQuoteInput = {
  supply: 'agreement',
  use: 'commercial',
  surfaceAllocated: false,
  publicParking: false,
  surfaceUnitPrice: 3000,
  layers: [semi, b1, b2],
};

const quote = (patch: Partial<FeeQuoteInput>, on = today) => feeQuote({ ...base, ...patch }, feePolicies, on);

describe('agreement transfer (Art. 15)', () => {
  it('charges semi 15 %, B1 10 %, B2 0 % of the surface appraisal, layer by layer', () => {
    const q = quote({});
    expect(q.layers.map((l) => l.level)).toEqual(['semi', 'B1', 'B2']);
    expect(q.layers[0].fee).toBe(360_000); // 800 m² × 3000 元/m² × 15 % = 360 000
    expect(q.layers[1].fee).toBe(450_000); // 1500 × 3000 × 10 % = 450 000
    expect(q.layers[2].fee).toBe(0); // 1500 × 3000 × 0 % = 0
    expect(q.total).toBe(810_000); // 360 000 + 450 000 + 0
    expect(q.layers.map((l) => l.share)).toEqual([0.15, 0.1, 0]);
    expect(q.startingPrice).toBeNull();
    expect(q.rent).toBe(false);
    expect(q.regime).toBe('agreement');
    expect(q.currency).toBe('CNY');
    expect(q.warnings).toEqual([]);
    expect(q.layers[1].reason.zh).toBe('协议出让 负一层 10%（东政办〔2023〕95号 第十五条）');
    expect(q.policy).toEqual({ id: 'haidong-2023', validFrom: '2023-10-07', validTo: '2025-10-06', inForce: true });
    expect(q.basis.zh).toContain('水平投影面积');
    expect(q.basis.zh).toContain('第十五条');
  });

  it('halves every share for underground public parking', () => {
    const q = quote({ use: 'parking', publicParking: true, surfaceUnitPrice: 2000 });
    expect(q.layers[0].fee).toBe(120_000); // 800 × 2000 × 15 % × 0.5 = 800 × 2000 × 7.5 % = 120 000
    expect(q.layers[1].fee).toBe(150_000); // 1500 × 2000 × 10 % × 0.5 = 150 000
    expect(q.layers[2].fee).toBe(0);
    expect(q.total).toBe(270_000); // 120 000 + 150 000
    expect(q.layers.map((l) => l.share)).toEqual([0.075, 0.05, 0]);
    expect(q.layers[1].reason.zh).toBe('协议出让 负一层 10% × 公共停车场减半 = 5%（东政办〔2023〕95号 第十五条）');
  });

  it('uses explicit levels from the approval document', () => {
    const q = quote({ layers: [{ ...b1, level: 'B1' }, { ...b2, level: 'B2' }] });
    expect(q.total).toBe(450_000); // 1500 × 3000 × 10 % + 0
  });
});

describe('tender / auction / listing: starting price = agreement fee (Art. 15)', () => {
  it.each(['tender', 'auction', 'listing'] as const)('%s', (supply) => {
    const q = quote({ supply });
    expect(q.total).toBe(810_000); // same arithmetic as the agreement case
    expect(q.startingPrice).toBe(810_000);
    expect(q.regime).toBe('starting_price');
    expect(q.layers[0].reason.zh).toMatch(/起始价.*半地下 15%.*第十五条/);
  });
});

describe('no fee on allocated land for public-interest uses (Art. 15, Art. 13(1))', () => {
  it.each([
    ['allocation', 'civil_air_defence', false],
    ['allocation', 'infrastructure', false],
    ['agreement', 'public_service', true], // surface right allocated
  ] as const)('%s supply, %s use, surface allocated: %s → 0', (supply, use, surfaceAllocated) => {
    const q = quote({ supply, use, surfaceAllocated });
    expect(q.total).toBe(0);
    expect(q.layers.every((l) => l.fee === 0 && l.share === 0)).toBe(true);
    expect(q.regime).toBe('exempt');
    expect(q.layers[0].reason.zh).toMatch(/划拨用地.*不收取出让金.*第十五条/);
    expect(q.warnings).toEqual([]);
  });

  it('still charges a commercial use on allocated surface land bought by agreement', () => {
    expect(quote({ surfaceAllocated: true }).total).toBe(810_000); // not a public-interest use
  });
});

describe('allocation outside the catalogue (Art. 16)', () => {
  it('warns and charges the agreement fee', () => {
    const q = quote({ supply: 'allocation', use: 'commercial', surfaceUnitPrice: 2500, layers: [{ ...b1, area: 1000 }] });
    expect(q.total).toBe(250_000); // 1000 × 2500 × 10 % = 250 000
    expect(q.regime).toBe('agreement');
    expect(q.warnings.map((w) => w.code)).toEqual(['allocation_not_in_catalogue']);
    expect(q.warnings[0].text.zh).toContain('第十六条');
    expect(q.warnings[0].text.en).toContain('Art. 16');
    expect(q.layers[0].reason.zh).toContain('第十六条');
  });
});

describe('lease of dual-use civil-air-defence space (Art. 15)', () => {
  it('records rent and computes no transfer fee', () => {
    const q = quote({ supply: 'lease', use: 'civil_air_defence' });
    expect(q.rent).toBe(true);
    expect(q.total).toBe(0);
    expect(q.startingPrice).toBeNull();
    expect(q.layers.every((l) => l.fee === 0)).toBe(true);
    expect(q.regime).toBe('lease');
    expect(q.layers[0].reason.zh).toContain('租金');
  });
});

describe('net height ≤ 2.2 m creates no right (Art. 3)', () => {
  it('charges nothing for a 2.2 m layer and flags it; 2.21 m is charged', () => {
    const low = quote({ layers: [{ topDepth: 1, bottomDepth: 4, netHeight: 2.2, area: 1000 }] });
    expect(low.total).toBe(0);
    expect(low.warnings.map((w) => w.code)).toEqual(['no_land_use_right']);
    expect(low.warnings[0].text.zh).toContain('第三条');
    expect(low.layers[0].reason.zh).toContain('第三条');
    const high = quote({ layers: [{ topDepth: 1, bottomDepth: 4, netHeight: 2.21, area: 1000 }] });
    expect(high.total).toBe(300_000); // 1000 × 3000 × 10 % (B1: floor 4 m > 2.21 / 2)
    expect(high.warnings).toEqual([]);
  });
});

describe('policy validity (Art. 35)', () => {
  it('warns when the quote date is after 2025-10-06, naming the window', () => {
    const q = quote({ date: '2026-03-01' });
    expect(q.total).toBe(810_000); // computed with the last version of the policy
    expect(q.policy.inForce).toBe(false);
    expect(q.warnings.map((w) => w.code)).toEqual(['policy_expired']);
    expect(q.warnings[0].text.zh).toContain('2023-10-07 至 2025-10-06');
    expect(q.warnings[0].text.en).toContain('2023-10-07 to 2025-10-06');
  });

  it('uses today when the body has no date, as a string or an instant', () => {
    expect(quote({}, '2026-01-15').warnings[0].code).toBe('policy_expired');
    expect(feeQuote(base, feePolicies, new Date('2025-10-06T15:00:00Z')).warnings).toEqual([]); // 23:00 Beijing, last day
    expect(feeQuote(base, feePolicies, new Date('2025-10-06T16:00:00Z')).warnings[0].code).toBe('policy_expired'); // 00:00 next day
  });

  it('warns when the date is before the policy took effect', () => {
    const q = quote({ date: '2023-10-06' });
    expect(q.warnings.map((w) => w.code)).toEqual(['policy_not_yet_valid']);
  });
});

describe('rounding to 0.01 yuan', () => {
  it('rounds each layer half up, then sums the rounded fees', () => {
    const q = quote({
      surfaceUnitPrice: 1,
      layers: [
        { topDepth: -1.2, bottomDepth: 1.2, netHeight: 2.8, area: 1.5 }, // 1.5 × 1 × 15 % = 0.225 → 0.23
        { topDepth: 1.5, bottomDepth: 6, netHeight: 3.9, area: 1.65 }, // 1.65 × 1 × 10 % = 0.165 → 0.17
      ],
    });
    expect(q.layers.map((l) => l.fee)).toEqual([0.23, 0.17]);
    expect(q.total).toBe(0.4); // 0.23 + 0.17, not round(0.225 + 0.165) = 0.39
  });

  it('keeps cents on large amounts', () => {
    const q = quote({ surfaceUnitPrice: 1234.56, layers: [{ ...b1, area: 333.33 }] });
    expect(q.total).toBe(41_151.59); // 333.33 × 1234.56 × 10 % = 41 151.58848 → 41 151.59
  });
});

describe('level mismatch', () => {
  it('warns when an explicit level contradicts the depths and charges by the label', () => {
    const q = quote({ layers: [{ ...b1, level: 'semi' }] });
    expect(q.warnings.map((w) => w.code)).toEqual(['level_mismatch']);
    expect(q.total).toBe(675_000); // 1500 × 3000 × 15 % (label semi)
  });
});

describe('input checks (FeeInputError)', () => {
  const fails = (patch: Partial<FeeQuoteInput>, field: string, reason: string) => {
    try {
      quote(patch);
    } catch (e) {
      expect(e).toBeInstanceOf(FeeInputError);
      expect(e).toMatchObject({ field, reason });
      return;
    }
    throw new Error('expected FeeInputError');
  };

  it('rejects each kind of bad input', () => {
    fails({ layers: [] }, 'layers', 'empty');
    fails({ layers: [{ ...b1, topDepth: 6, bottomDepth: 6 }] }, 'layers[0].topDepth', 'top_not_above_bottom');
    fails({ layers: [{ ...b1, topDepth: 7, bottomDepth: 6 }] }, 'layers[0].topDepth', 'top_not_above_bottom');
    fails({ layers: [b1, { ...b2, topDepth: 5.9 }] }, 'layers[1]', 'overlapping');
    fails({ surfaceUnitPrice: -1 }, 'surfaceUnitPrice', 'negative');
    fails({ layers: [{ ...b1, area: -10 }] }, 'layers[0].area', 'negative');
    fails({ surfaceUnitPrice: Number.NaN }, 'surfaceUnitPrice', 'not_finite');
    fails({ layers: [{ ...b1, area: Number.POSITIVE_INFINITY }] }, 'layers[0].area', 'not_finite');
    fails({ layers: [{ ...b1, netHeight: 0 }] }, 'layers[0].netHeight', 'not_positive');
    fails({ layers: [{ topDepth: -3, bottomDepth: 0.5, netHeight: 3, area: 10 }] }, 'layers[0].bottomDepth', 'above_ground');
    fails({ layers: [{ ...b1, level: 'B1' }, { ...b2, level: 'B1' }] }, 'layers[1].level', 'duplicate_level');
    fails({ supply: 'gift' as never }, 'supply', 'invalid_value');
    fails({ date: '2024-13-01' }, 'date', 'invalid_value');
  });

  it('accepts layers that only touch', () => {
    expect(() => quote({ layers: [b1, b2] })).not.toThrow(); // b1 bottom 6 = b2 top 6
  });
});
