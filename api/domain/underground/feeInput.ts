// The fee-quote request (the API body) and its checks. The API validates with zod too, but the
// engine is also called from the web for instant previews, so it defends itself. No I/O.
import type { Bilingual } from '../shared/bilingual';
import { isIsoDate, type IsoDate } from '../shared/calendarDate';
import { FieldError } from '../shared/domainError';
import { isLevel, type Level } from './layerLevel';
import { parcelUses, supplyMethods, type ParcelUse, type SupplyMethod } from './vocabulary';

export type FeeQuoteLayerInput = {
  readonly level?: Level;
  readonly topDepth: number;
  readonly bottomDepth: number;
  readonly netHeight: number;
  /** m², on the policy's area basis (horizontal projection for Haidong). */
  readonly area: number;
};

export type FeeQuoteInput = {
  readonly supply: SupplyMethod;
  readonly use: ParcelUse;
  readonly surfaceAllocated: boolean;
  readonly publicParking: boolean;
  /** 元/m²: market appraisal of the surface land price for the same use. */
  readonly surfaceUnitPrice: number;
  readonly date?: IsoDate;
  readonly layers: readonly FeeQuoteLayerInput[];
};

export const feeInputReasons = [
  'empty',
  'not_finite',
  'negative',
  'not_positive',
  'top_not_above_bottom',
  'overlapping',
  'above_ground',
  'duplicate_level',
  'invalid_value',
  'lease_only_civil_air_defence',
] as const;
export type FeeInputReason = (typeof feeInputReasons)[number];

const reasonText: Record<FeeInputReason, Bilingual> = {
  empty: { zh: '至少需要一层，请添加分层', en: 'needs at least one layer; add a layer' },
  not_finite: { zh: '不是有效数字，请输入数字', en: 'is not a number; enter a number' },
  negative: { zh: '不能为负，请输入 0 或更大的数', en: 'must not be negative; enter 0 or more' },
  not_positive: { zh: '必须大于 0，请输入正数', en: 'must be greater than 0; enter a positive number' },
  top_not_above_bottom: { zh: '顶深必须小于底深，请改正深度', en: 'top depth must be less than bottom depth; correct the depths' },
  overlapping: { zh: '与同一地块的另一层深度重叠，请调整深度', en: 'overlaps another layer of the same parcel; adjust the depths' },
  above_ground: { zh: '该层不在地下（GB 50352-2019）', en: 'is not below ground (GB 50352-2019)' },
  duplicate_level: { zh: '层次重复，请改用其他层次', en: 'repeats a level; choose another level' },
  invalid_value: { zh: '取值无效，请检查后重新填写', en: 'is invalid; check and correct it' },
  lease_only_civil_air_defence: {
    zh: '租赁只适用于平战结合、具有经营性质的人防地下空间（东政办〔2023〕95号 第十五条第一款）；其他用途请选择出让或划拨',
    en: 'lease applies only to dual-use civil-air-defence space with an operating use (Dongzhengban [2023] No. 95 Art. 15 ¶1); choose a transfer or allocation for other uses',
  },
};

/** A fee-quote input the engine refuses; `reason` is the coded cause, `field` the input path. */
export class FeeInputError extends FieldError {
  constructor(
    field: string,
    readonly reason: FeeInputReason,
    readonly detail?: string,
  ) {
    super(field, reasonText[reason], 'validation_failed', { reason, detail: `${field}: ${reason}${detail ? ` (${detail})` : ''}` });
    this.name = 'FeeInputError';
  }

  /** The same error about another field name (the parcel API calls a layer's `area` `projectionArea`). */
  at(field: string): FeeInputError {
    return new FeeInputError(field, this.reason, this.detail);
  }
}

function finite(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new FeeInputError(field, 'not_finite');
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new FeeInputError(field, 'invalid_value', `expected one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** Throws FeeInputError on the first problem; returns nothing when the input is usable. */
export function validateFeeInput(input: FeeQuoteInput): void {
  oneOf(input.supply, supplyMethods, 'supply');
  oneOf(input.use, parcelUses, 'use');
  // Art. 15 ¶1: "属平战结合具有经营性质的地下空间建设用地使用权租赁" — lease is for 人防 space only.
  if (input.supply === 'lease' && input.use !== 'civil_air_defence') throw new FeeInputError('supply', 'lease_only_civil_air_defence', input.use);
  if (typeof input.surfaceAllocated !== 'boolean') throw new FeeInputError('surfaceAllocated', 'invalid_value');
  if (typeof input.publicParking !== 'boolean') throw new FeeInputError('publicParking', 'invalid_value');
  if (finite(input.surfaceUnitPrice, 'surfaceUnitPrice') < 0) throw new FeeInputError('surfaceUnitPrice', 'negative');
  if (input.date !== undefined && !isIsoDate(input.date)) throw new FeeInputError('date', 'invalid_value', 'YYYY-MM-DD');
  if (!Array.isArray(input.layers) || input.layers.length === 0) throw new FeeInputError('layers', 'empty');

  input.layers.forEach((layer, i) => {
    const at = `layers[${i}]`;
    if (typeof layer !== 'object' || layer === null) throw new FeeInputError(at, 'invalid_value');
    if (layer.level !== undefined && !isLevel(layer.level)) throw new FeeInputError(`${at}.level`, 'invalid_value');
    const top = finite(layer.topDepth, `${at}.topDepth`);
    const bottom = finite(layer.bottomDepth, `${at}.bottomDepth`);
    if (top >= bottom) throw new FeeInputError(`${at}.topDepth`, 'top_not_above_bottom', `${top} ≥ ${bottom}`);
    if (finite(layer.netHeight, `${at}.netHeight`) <= 0) throw new FeeInputError(`${at}.netHeight`, 'not_positive');
    if (finite(layer.area, `${at}.area`) < 0) throw new FeeInputError(`${at}.area`, 'negative');
  });

  // Layers of one parcel stack without overlap; touching depths (open intervals) are fine.
  const byTop = input.layers.map((l, i) => ({ l, i })).sort((a, b) => a.l.topDepth - b.l.topDepth);
  for (let k = 1; k < byTop.length; k++) {
    const above = byTop[k - 1];
    const below = byTop[k];
    if (below.l.topDepth < above.l.bottomDepth) {
      throw new FeeInputError(`layers[${below.i}]`, 'overlapping', `overlaps layers[${above.i}]`);
    }
  }
}
