// Term of the underground land-use right (东政办〔2023〕95号 Art. 18). No I/O.
import type { Bilingual } from '../shared/bilingual';
import { addYearsInclusiveEnd, isIsoDate, type IsoDate } from '../shared/calendarDate';
import { FieldError } from '../shared/domainError';
import { officeTermReadingText, officeTermSetting, officeTermYears, type OfficeTermReading } from './termReadings';
import { parcelKinds, parcelUseLabels, parcelUses, type ParcelKind, type ParcelUse } from './vocabulary';

// 城镇国有土地使用权出让和转让暂行条例 Art. 12: residential 70; industrial 50; education, science,
// culture, health, sports 50; commercial, tourism, entertainment 40; comprehensive or other 50.
// Product reading: parking, transport, infrastructure, civil air defence, national defence and
// disaster prevention are "other"; office is a policy setting (officeTermReadings).
export const nationalMaxTermYears: Readonly<Record<ParcelUse, number>> = {
  residential: 70,
  industrial: 50,
  public_service: 50,
  commercial: 40,
  office: 50,
  parking: 50,
  transport: 50,
  infrastructure: 50,
  civil_air_defence: 50,
  national_defence: 50,
  disaster_prevention: 50,
};

export type LandUseTermInput = {
  readonly kind: ParcelKind;
  readonly use: ParcelUse;
  /** Start of the term; for 结建 this is the surface right's start (Art. 18: same start). */
  readonly termStart: IsoDate;
  /** The surface right, required for 结建. */
  readonly surface?: { readonly use: ParcelUse; readonly years: number };
  /** How 办公 is classed (termReadings.ts); the deployment setting when absent. */
  readonly officeReading?: OfficeTermReading;
};

export type LandUseTerm = {
  years: number;
  termStart: IsoDate;
  /** Last day of the term (inclusive). */
  endDate: IsoDate;
  article: string;
  reason: Bilingual;
  /** The office reading applied, when the parcel or its surface is 办公 (shown in outputs). */
  officeReading: OfficeTermReading | null;
};

type TermInputReason = 'invalid_value' | 'missing_surface' | 'not_positive';

const termReasonText: Record<TermInputReason, Bilingual> = {
  invalid_value: { zh: '取值无效', en: 'is invalid' },
  missing_surface: { zh: '结建地块须给出地表使用权的用途和年限（第十八条）', en: 'needs the surface right’s use and term for a combined parcel (Art. 18)' },
  not_positive: { zh: '必须大于 0', en: 'must be greater than 0' },
};

/** An input the Art. 18 term rule cannot use; `reason` is the coded cause. */
export class LandUseTermInputError extends FieldError {
  constructor(
    field: string,
    readonly reason: TermInputReason,
  ) {
    super(field, termReasonText[reason], 'term_input_invalid', { reason });
    this.name = 'LandUseTermInputError';
  }
}

const article = '东政办〔2023〕95号 第十八条';
const articleEn = 'Dongzhengban [2023] No. 95 Art. 18';

export function landUseTerm(input: LandUseTermInput): LandUseTerm {
  if (!parcelKinds.includes(input.kind)) throw new LandUseTermInputError('kind', 'invalid_value');
  if (!parcelUses.includes(input.use)) throw new LandUseTermInputError('use', 'invalid_value');
  if (!isIsoDate(input.termStart)) throw new LandUseTermInputError('termStart', 'invalid_value');
  const use = parcelUseLabels[input.use];
  const officeReading = input.officeReading ?? officeTermSetting;
  const maxFor = (u: ParcelUse) => (u === 'office' ? officeTermYears[officeReading] : nationalMaxTermYears[u]);
  const max = maxFor(input.use);
  const involvesOffice = input.use === 'office' || input.surface?.use === 'office';
  const note = involvesOffice ? officeTermReadingText[officeReading] : null;
  const done = (years: number, zh: string, en: string): LandUseTerm => ({
    years,
    termStart: input.termStart,
    endDate: addYearsInclusiveEnd(input.termStart, years),
    article,
    reason: note ? { zh: `${zh}；${note.zh}`, en: `${en}; ${note.en}` } : { zh, en },
    officeReading: involvesOffice ? officeReading : null,
  });

  if (input.kind === 'standalone') {
    // Art. 18 ¶1: 单建 — the national maximum for the use.
    return done(
      max,
      `单建地下空间，${use.zh}用途出让最高年限 ${max} 年（${article}；城镇国有土地使用权出让和转让暂行条例第十二条）`,
      `Standalone space: national maximum for ${use.en.toLowerCase()} is ${max} years (${articleEn}; Interim Regulations Art. 12)`,
    );
  }

  const surface = input.surface;
  if (!surface) throw new LandUseTermInputError('surface', 'missing_surface');
  if (!parcelUses.includes(surface.use)) throw new LandUseTermInputError('surface.use', 'invalid_value');
  if (!Number.isInteger(surface.years) || surface.years <= 0) throw new LandUseTermInputError('surface.years', 'not_positive');

  if (surface.use === input.use) {
    // Art. 18 ¶2: 结建 with the same use — the same term as the surface right.
    return done(
      surface.years,
      `结建地下空间，用途与地表一致（${use.zh}），年限与地表建设用地使用权一致：${surface.years} 年（${article}）`,
      `Combined space with the surface use (${use.en.toLowerCase()}): same term as the surface right, ${surface.years} years (${articleEn})`,
    );
  }
  // Art. 18 ¶2: different use — same start, term by the approved use, never beyond the surface
  // right's maximum (so it never outlives the surface right).
  const years = Math.min(max, surface.years);
  const capped = years < max;
  const surfaceUse = parcelUseLabels[surface.use];
  return done(
    years,
    `结建地下空间，用途（${use.zh}）与地表（${surfaceUse.zh}）不一致：与地表同时起算，按批准用途最高 ${max} 年` +
      (capped ? `，不超过地表使用权年限 ${surface.years} 年，取 ${years} 年` : `，取 ${years} 年`) +
      `（${article}）`,
    `Combined space with a different use (${use.en.toLowerCase()} under ${surfaceUse.en.toLowerCase()}): starts with the surface term, ` +
      `${max} years for the approved use` +
      (capped ? `, capped at the surface right's ${surface.years} years` : '') +
      ` (${articleEn})`,
  );
}
