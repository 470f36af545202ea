// Golden fixtures: tests/fixtures/underground/in/*.json → out/*.json. `REGEN=1` rewrites the
// outputs; the hand-computed `expected` block in each input is asserted either way, so a
// regenerated output can never silently accept a wrong number.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../../api/domain/underground/conflicts';
import { connectionCandidates, type ConnectionParcel } from '../../../api/domain/underground/connections';
import type { FeeQuoteInput } from '../../../api/domain/underground/feeInput';
import { feePolicies } from '../../../api/domain/underground/feePolicies';
import { feeQuote, type FeeQuote } from '../../../api/domain/underground/feeQuote';
import type { VolumeLayer } from '../../../api/domain/underground/parcelVolume';

const root = join(import.meta.dirname, '../../fixtures/underground');
const regen = process.env.REGEN === '1';

type FeeCase = {
  kind: 'feeQuote';
  today: string;
  input: FeeQuoteInput;
  expected: { total: number; warnings: string[]; rent?: boolean; startingPrice?: number };
};
type ParcelProps = { id: string; code: string; layers: VolumeLayer[]; approvedOn?: string };
type GeoCase = FeatureCollection<Polygon, ParcelProps> & {
  kind: 'conflicts' | 'connections';
  expected: { pairs?: string[][]; overlapAreaM2?: number[]; candidates?: [string, string, string, number, string][] };
};

function parcelsOf(fc: GeoCase): ConnectionParcel[] {
  return fc.features.map((f) => ({
    id: f.properties.id,
    code: f.properties.code,
    layers: f.properties.layers,
    approvedOn: f.properties.approvedOn ?? '2024-01-01',
    footprint: f.geometry,
  }));
}

/** The quote as the fixtures record it: each Bilingual text as a Chinese field and an `…En` field. */
function recorded({ basis, warnings, layers, ...q }: FeeQuote) {
  const { total, currency, startingPrice, rent, regime, policy } = q;
  return {
    total,
    currency,
    layers: layers.map(({ reason, ...l }) => ({ ...l, reason: reason.zh, reasonEn: reason.en })),
    startingPrice,
    rent,
    regime,
    policy,
    basis: basis.zh,
    basisEn: basis.en,
    warnings: warnings.map(({ code, text }) => ({ code, message: text.zh, messageEn: text.en })),
  };
}

function run(c: FeeCase | GeoCase): unknown {
  if (c.kind === 'feeQuote') return recorded(feeQuote(c.input, feePolicies, c.today));
  if (c.kind === 'conflicts') return findConflicts(parcelsOf(c));
  return connectionCandidates(parcelsOf(c));
}

function checkHandComputed(c: FeeCase | GeoCase, out: unknown) {
  if (c.kind === 'feeQuote') {
    const q = out as ReturnType<typeof recorded>;
    expect(q.total).toBe(c.expected.total);
    expect(q.warnings.map((w) => w.code)).toEqual(c.expected.warnings);
    if (c.expected.rent !== undefined) expect(q.rent).toBe(c.expected.rent);
    if (c.expected.startingPrice !== undefined) expect(q.startingPrice).toBe(c.expected.startingPrice);
    return;
  }
  if (c.kind === 'conflicts') {
    const list = out as ReturnType<typeof findConflicts>;
    expect(list.map((x) => [x.a, x.b])).toEqual(c.expected.pairs);
    list.forEach((x, i) => expect(x.overlapAreaM2).toBeCloseTo(c.expected.overlapAreaM2![i], 0));
    return;
  }
  const list = out as ReturnType<typeof connectionCandidates>;
  expect(list.map((x) => [x.a, x.b, x.level, x.distanceM, x.reserves])).toEqual(c.expected.candidates);
}

const files = readdirSync(join(root, 'in')).filter((f) => f.endsWith('.json')).sort();

describe('underground golden fixtures', () => {
  it('has fixtures', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('%s', (file) => {
    const c = JSON.parse(readFileSync(join(root, 'in', file), 'utf8')) as FeeCase | GeoCase;
    const out = run(c);
    checkHandComputed(c, out);
    const outPath = join(root, 'out', file);
    const text = JSON.stringify(out, null, 2) + '\n';
    if (regen) writeFileSync(outPath, text);
    expect(existsSync(outPath), `${outPath} missing: run with REGEN=1`).toBe(true);
    expect(readFileSync(outPath, 'utf8')).toBe(text);
  });
});
