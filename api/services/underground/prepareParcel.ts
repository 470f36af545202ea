import { area } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { validatePolygon } from '../../domain/geo/polygonValidation';
import { feePolicies } from '../../domain/underground/feePolicies';
import { FeeInputError } from '../../domain/underground/feeInput';
import { feeQuote, type FeeQuote } from '../../domain/underground/feeQuote';
import { feeTier } from '../../domain/underground/feeTier';
import { landUseTerm, nationalMaxTermYears, type LandUseTerm } from '../../domain/underground/landUseTerm';
import type { Level } from '../../domain/underground/layerLevel';
import { badRequest } from '../../http/errors';
import type { ParcelInput, ParcelInputBody } from './parcelSchema';
import type { Bilingual } from '../../domain/shared/bilingual';

export interface PreparedLayer {
  ord: number;
  level: Level;
  topDepth: number;
  bottomDepth: number;
  netHeight: number;
  projectionArea: number;
  floorArea: number | null;
  use: ParcelInput['use'];
}

export interface PreparedParcel {
  input: ParcelInput;
  layers: PreparedLayer[];
  quote: FeeQuote;
  term: LandUseTerm;
  tier: string;
}

const feeReasonText: Record<string, Bilingual> = {
  empty: { zh: '至少需要一层', en: 'needs at least one layer' },
  not_finite: { zh: '不是有限数值', en: 'is not a finite number' },
  negative: { zh: '不能为负', en: 'must not be negative' },
  not_positive: { zh: '必须大于 0', en: 'must be greater than 0' },
  top_not_above_bottom: { zh: '顶深必须小于底深', en: 'top depth must be less than bottom depth' },
  overlapping: { zh: '与同一地块的另一层深度重叠', en: 'overlaps another layer of the same parcel' },
  above_ground: { zh: '该层不在地下（GB 50352-2019）', en: 'is not below ground (GB 50352-2019)' },
  duplicate_level: { zh: '层次重复', en: 'repeats a level' },
  invalid_value: { zh: '取值无效', en: 'is invalid' },
};

/** Turns the fee engine's coded input error into the API's 400, naming the field path. */
export function feeInputToHttp(err: FeeInputError, rename: (field: string) => string = (f) => f) {
  const field = rename(err.field);
  const r = feeReasonText[err.reason] ?? feeReasonText.invalid_value!;
  return badRequest('validation_failed', { zh: `字段 ${field} 无效：${r.zh}`, en: `Field ${field} ${r.en}` }, field, { reason: err.reason, detail: err.message });
}

function checkedFootprint(raw: ParcelInputBody['footprint']): Polygon | MultiPolygon {
  const polygons = raw.type === 'Polygon' ? [raw.coordinates] : raw.coordinates;
  const checked: Polygon[] = [];
  polygons.forEach((coordinates, i) => {
    const field = raw.type === 'Polygon' ? 'footprint' : `footprint.coordinates[${i}]`;
    const res = validatePolygon({ type: 'Polygon', coordinates }, { field });
    if (!res.ok) {
      const e = res.error;
      throw badRequest(e.code, { zh: `字段 ${e.field} 无效：${e.reason.zh}`, en: `Field ${e.field} ${e.reason.en}` }, e.field);
    }
    checked.push(res.value);
  });
  return checked.length === 1 ? checked[0]! : { type: 'MultiPolygon', coordinates: checked.map((p) => p.coordinates) };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Validates a parcel beyond its zod shape and derives what is stored with it: the layer levels
 * (GB 50352-2019 when not given), projection areas from the footprint (Art. 3), the fee quote on
 * the term-start date (Art. 15) and the land-use term (Art. 18).
 */
export function prepareParcel(body: ParcelInputBody): PreparedParcel {
  const footprint = checkedFootprint(body.footprint);
  // 东政办〔2023〕95号 Art. 3: space under roads, public green space and squares is always 单建.
  if (body.publicLand && body.kind === 'combined') {
    throw badRequest(
      'validation_failed',
      { zh: '字段 kind 无效：市政道路、公共绿地、公共广场下的地下空间只能单建（第三条）', en: 'Field kind must be standalone for space under public land (Art. 3)' },
      'kind',
    );
  }
  const input: ParcelInput = { ...body, footprint };
  const footprintArea = round2(area({ type: 'Feature', properties: {}, geometry: footprint }));
  const quoteLayers = body.layers.map((l) => ({
    ...(l.level ? { level: l.level as Level } : {}),
    topDepth: l.topDepth,
    bottomDepth: l.bottomDepth,
    netHeight: l.netHeight,
    area: l.projectionArea ?? footprintArea,
  }));
  let quote: FeeQuote;
  try {
    quote = feeQuote(
      { supply: body.supply, use: body.use, surfaceAllocated: body.surfaceAllocated, publicParking: body.publicParking, surfaceUnitPrice: body.surfaceUnitPrice, date: body.termStart, layers: quoteLayers },
      feePolicies,
      body.termStart,
    );
  } catch (err) {
    if (err instanceof FeeInputError) throw feeInputToHttp(err, (f) => f.replace(/\.area$/, '.projectionArea'));
    throw err;
  }
  const surfaceUse = body.surfaceUse ?? body.use;
  const term = landUseTerm({
    kind: body.kind,
    use: body.use,
    termStart: body.termStart,
    surface: { use: surfaceUse, years: body.surfaceTermYears ?? nationalMaxTermYears[surfaceUse] },
  });
  const layers: PreparedLayer[] = body.layers.map((l, i) => ({
    ord: i,
    level: quote.layers[i]!.level,
    topDepth: l.topDepth,
    bottomDepth: l.bottomDepth,
    netHeight: l.netHeight,
    projectionArea: quoteLayers[i]!.area,
    floorArea: l.floorArea ?? null,
    use: l.use ?? body.use,
  }));
  return { input, layers, quote, term, tier: feeTier(quote).id };
}
