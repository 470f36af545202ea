import { FieldError } from '../shared/domainError';
import { countyNames, isCountyCode, type CountyCode } from './vocabulary';

// Where a footprint lies decides its county and township (issue 12: "county and township derived
// from the geometry"; the fee rules of 东政办〔2023〕95号 Art. 2 / Art. 33 depend on the county).
// The reference polygons are read by one query (db/repositories/footprintPlaces.ts); this rule
// decides from what it found. No I/O.

export interface NamedArea {
  code: string;
  name: string;
}

/** What the reference polygons say about one footprint. */
export interface FoundPlace {
  /** The county holding the largest part of the footprint, if any part lies in Haidong. */
  county: NamedArea | null;
  /** The township (of that county) holding the largest part of the footprint. */
  township: NamedArea | null;
  /** Share of the footprint's area inside Haidong's six counties, 0–1. */
  insideShare: number;
  /** The stored name of the township code given with the parcel, if that code exists. */
  givenTownship: NamedArea | null;
}

export interface GivenPlace {
  countyCode?: string | null;
  townshipCode?: string | null;
}

export interface Place {
  countyCode: CountyCode;
  townshipCode: string | null;
}

/**
 * A footprint mostly outside the six counties is outside Haidong. Half, not all: the county
 * outlines are snapped to a 1/1024° grid (data/README.md), so a real parcel on the city border
 * may stick out by metres.
 */
export const minInsideShare = 0.5;

/**
 * The county and township of a footprint: those it lies in. A given code that disagrees is
 * refused naming both places; a footprint outside Haidong is refused.
 */
export function footprintPlace(given: GivenPlace, found: FoundPlace): Place {
  if (!found.county || found.insideShare < minInsideShare || !isCountyCode(found.county.code)) {
    throw new FieldError(
      'footprint',
      { zh: '宗地不在海东市范围内（六个县区均不包含其大部分范围）；请检查坐标与坐标系', en: 'lies outside Haidong (no county holds most of it); check the coordinates and the CRS' },
      'outside_haidong',
    );
  }
  const county = found.county;
  if (given.countyCode && given.countyCode !== county.code) {
    const g = isCountyCode(given.countyCode) ? countyNames[given.countyCode] : { zh: '未知县区', en: 'an unknown county' };
    throw new FieldError(
      'countyCode',
      {
        zh: `宗地位于${county.name}，但填写的是${g.zh}（${given.countyCode}）`,
        en: `the footprint lies in ${countyNames[county.code as CountyCode].en} (${county.code}), but ${g.en} (${given.countyCode}) was given`,
      },
      'county_mismatch',
    );
  }
  const township = found.township;
  if (given.townshipCode && given.townshipCode !== township?.code) {
    const where = township ? township.name : `${county.name}（无乡镇数据）`;
    const named = found.givenTownship ? found.givenTownship.name : '不存在的乡镇';
    throw new FieldError(
      'townshipCode',
      {
        zh: `宗地位于${where}，但填写的是${named}（${given.townshipCode}）`,
        en: `the footprint lies in ${township ? `${township.name} (${township.code})` : county.name}, but ${found.givenTownship ? found.givenTownship.name : 'an unknown township'} (${given.townshipCode}) was given`,
      },
      'township_mismatch',
    );
  }
  return { countyCode: county.code as CountyCode, townshipCode: township?.code ?? null };
}
