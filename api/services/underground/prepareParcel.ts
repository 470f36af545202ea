import { area } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { validatePolygon } from '../../domain/geo/polygonValidation';
import { feePolicies } from '../../domain/underground/feePolicies';
import { FeeInputError } from '../../domain/underground/feeInput';
import { feeQuote, type FeeQuote } from '../../domain/underground/feeQuote';
import { feeTier } from '../../domain/underground/feeTier';
import { landUseTerm, nationalMaxTermYears, type LandUseTerm } from '../../domain/underground/landUseTerm';
import type { Level } from '../../domain/underground/layerLevel';
import { FieldError } from '../../domain/shared/domainError';
import { publicLandTypeLabels, publicLandTypes } from '../../domain/underground/vocabulary';
import { geoValue } from '../../domain/geo/geoInputError';
import type { ParcelInput, ParcelInputBody } from '../../routes/underground/schemas';

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

function checkedFootprint(raw: ParcelInputBody['footprint']): Polygon | MultiPolygon {
  const polygons = raw.type === 'Polygon' ? [raw.coordinates] : raw.coordinates;
  const checked: Polygon[] = [];
  polygons.forEach((coordinates, i) => {
    const field = raw.type === 'Polygon' ? 'footprint' : `footprint.coordinates[${i}]`;
    checked.push(geoValue(validatePolygon({ type: 'Polygon', coordinates }, { field })));
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
    throw new FieldError('kind', { zh: `${publicLandTypes.map((t) => publicLandTypeLabels[t].zh).join('、')}下的地下空间只能单建（第三条）`, en: 'must be standalone for space under public land (Art. 3)' });
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
    if (err instanceof FeeInputError) throw err.at(err.field.replace(/\.area$/, '.projectionArea'));
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
