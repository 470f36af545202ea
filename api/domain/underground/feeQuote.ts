// Land-transfer fee of an underground parcel, layer by layer (东政办〔2023〕95号 Art. 15, 16, 3).
// Pure: the policies and today's date come in as arguments.
import { selectPolicy, type FeePolicy, type PolicySelection } from './feePolicies';
import { FeeInputError, validateFeeInput, type FeeQuoteInput } from './feeInput';
import { chinaDate, type IsoDate } from '../shared/calendarDate';
import { deriveLevels, levelLabel, levelOrdinal, type Level } from './layerLevel';
import { parcelUseLabels, supplyMethodLabels } from './vocabulary';
import type { Bilingual } from '../shared/bilingual';

export const feeWarningCodes = [
  'policy_expired',
  'policy_not_yet_valid',
  'allocation_not_in_catalogue',
  'no_land_use_right',
  'level_mismatch',
] as const;
export type FeeWarningCode = (typeof feeWarningCodes)[number];
export type FeeWarning = { code: FeeWarningCode; text: Bilingual };

/** How the fee is charged: computed fee, tender floor price, exempt, or rent instead of a fee. */
export const feeRegimes = ['agreement', 'starting_price', 'exempt', 'lease'] as const;
export type FeeRegime = (typeof feeRegimes)[number];

export type LayerFee = {
  level: Level;
  /** Share actually applied (after the public-parking factor); 0 when no fee is charged. */
  share: number;
  fee: number;
  reason: Bilingual;
};

export type FeeQuote = {
  total: number;
  currency: 'CNY';
  layers: LayerFee[];
  startingPrice: number | null;
  rent: boolean;
  regime: FeeRegime;
  policy: { id: string; validFrom: IsoDate; validTo: IsoDate | null; inForce: boolean };
  basis: Bilingual;
  warnings: FeeWarning[];
};

const toCents = (yuan: number) => Math.round(Number((yuan * 100).toPrecision(15)));
const percent = (share: number) => `${Number((share * 100).toFixed(4))}%`;

function nominalShare(policy: FeePolicy, level: Level): number {
  const n = levelOrdinal(level);
  return n === 0 ? policy.shares.semi : n === 1 ? policy.shares.B1 : policy.shares.deeper;
}

function regimeOf(input: FeeQuoteInput, policy: FeePolicy): { regime: FeeRegime; reallocated: boolean } {
  // Art. 15: dual-use civil air defence with a peacetime operating use is leased, not transferred.
  if (input.supply === 'lease') return { regime: 'lease', reallocated: false };
  const inCatalogue = policy.allocationCatalogue.includes(input.use);
  // Art. 15 (and Art. 13(1)): public-interest use on allocated land pays no fee.
  if (inCatalogue && (input.surfaceAllocated || input.supply === 'allocation')) return { regime: 'exempt', reallocated: false };
  // Art. 16: allocated space used outside the catalogue pays the agreement fee.
  if (input.supply === 'allocation') return { regime: 'agreement', reallocated: true };
  // Art. 15: for tender, auction and listing the agreement fee is the starting price.
  if (input.supply === 'tender' || input.supply === 'auction' || input.supply === 'listing') {
    return { regime: 'starting_price', reallocated: false };
  }
  return { regime: 'agreement', reallocated: false };
}

function policyWarning(selection: PolicySelection, date: IsoDate): FeeWarning | null {
  if (selection.inForce) return null;
  const p = selection.policy;
  const window = `${p.validFrom} 至 ${p.validTo ?? '长期'}`;
  const windowEn = `${p.validFrom} to ${p.validTo ?? 'open-ended'}`;
  const cite = p.citations.validity.zh;
  const citeEn = p.citations.validity.en;
  if (selection.position === 'expired') {
    return {
      code: 'policy_expired',
      text: {
        zh: `报价日期 ${date} 不在 ${p.document.zh} 有效期（${window}，${cite}）内：该政策已失效，按其最后有效版本计算，结果仅供参考`,
        en: `Quote date ${date} is outside the validity window of ${p.document.en} (${windowEn}, ${citeEn}): the policy has expired; computed with its last version, for reference only`,
      },
    };
  }
  return {
    code: 'policy_not_yet_valid',
    text: {
      zh: `报价日期 ${date} 早于 ${p.document.zh} 施行日期（有效期 ${window}，${cite}），结果仅供参考`,
      en: `Quote date ${date} is before ${p.document.en} took effect (valid ${windowEn}, ${citeEn}); for reference only`,
    },
  };
}

function basisText(policy: FeePolicy, regime: FeeRegime): Bilingual {
  const area = policy.areaBasis === 'projection' ? '水平投影面积' : '建筑面积';
  const areaEn = policy.areaBasis === 'projection' ? 'horizontal projection area' : 'floor area';
  const s = policy.shares;
  const lead: Record<FeeRegime, Bilingual> = {
    agreement: { zh: '协议出让金', en: 'Agreement transfer fee' },
    starting_price: { zh: '招拍挂出让起始价参照协议出让金计算', en: 'Tender/auction/listing starting price = agreement fee' },
    exempt: { zh: '划拨且属公共利益用途，不收取出让金', en: 'Allocated land for a public-interest use: no fee' },
    lease: { zh: '平战结合经营性地下空间实行租赁，备案并缴纳租金，不收取出让金', en: 'Dual-use civil air defence space is leased (filing and rent), no transfer fee' },
  };
  return {
    zh:
      `${lead[regime].zh}。口径：逐层计算，每层金额 = ${area}（m²）× 对应用途地表建设用地使用权市场评估单价（元/m²）× 分层比例` +
      `（半地下 ${percent(s.semi)}、负一层 ${percent(s.B1)}、负二层及以下 ${percent(s.deeper)}）× 公共停车场系数 ${policy.publicParkingFactor}；` +
      `净高 ≤ ${policy.minNetHeight} 米的层不设地下空间建设用地使用权、不收费（${policy.citations.netHeight.zh}）；` +
      `层次依 GB 50352-2019 按埋深与净高判定；金额逐层四舍五入至 0.01 元后合计。依据：${policy.document.zh} ${policy.article.zh}。`,
    en:
      `${lead[regime].en}. Reading: per layer, amount = ${areaEn} (m²) × surface appraisal unit price for the use (CNY/m²) × layer share ` +
      `(semi-basement ${percent(s.semi)}, B1 ${percent(s.B1)}, B2 and deeper ${percent(s.deeper)}) × public-parking factor ${policy.publicParkingFactor}; ` +
      `layers with net height ≤ ${policy.minNetHeight} m create no underground land-use right and pay nothing (${policy.citations.netHeight.en}); ` +
      `levels from depth and net height per GB 50352-2019; each layer rounded to 0.01 CNY, then summed. Source: ${policy.document.en} ${policy.article.en}.`,
  };
}

export function feeQuote(input: FeeQuoteInput, policies: readonly FeePolicy[], today: IsoDate | Date): FeeQuote {
  validateFeeInput(input);
  const date = input.date ?? (today instanceof Date ? chinaDate(today) : today);
  const selection = selectPolicy(policies, date);
  const policy = selection.policy;
  const warnings: FeeWarning[] = [];
  const validity = policyWarning(selection, date);
  if (validity) warnings.push(validity);

  const { regime, reallocated } = regimeOf(input, policy);
  const doc = policy.document.zh;
  if (reallocated) {
    const use = parcelUseLabels[input.use];
    warnings.push({
      code: 'allocation_not_in_catalogue',
      text: {
        zh: `用途“${use.zh}”不在划拨用地目录内，不能划拨；按协议出让计收出让金（${doc} ${policy.citations.reallocation.zh}）`,
        en: `Use "${use.en}" is not in the allocation catalogue; charged as a transfer by agreement (${policy.document.en} ${policy.citations.reallocation.en})`,
      },
    });
  }

  const levels = deriveLevels(input.layers);
  const seen = new Map<Level, number>();
  const factor = input.publicParking ? policy.publicParkingFactor : 1;
  const supplyZh = supplyMethodLabels[input.supply].zh;

  const layers: LayerFee[] = input.layers.map((layer, i) => {
    const d = levels[i];
    // Art. 3: underground space is below the surface; an above-ground storey is not part of it.
    if (d.level === null || d.position === 'above_ground') {
      throw new FeeInputError(`layers[${i}].bottomDepth`, 'above_ground', 'floor not below ground by more than 1/3 of net height');
    }
    const level = d.level;
    if (seen.has(level)) throw new FeeInputError(`layers[${i}].level`, 'duplicate_level', `${level} also at layers[${seen.get(level)}]`);
    seen.set(level, i);
    const label = levelLabel(level);
    if (d.mismatch) {
      warnings.push({
        code: 'level_mismatch',
        text: {
          zh: `第 ${i + 1} 层标注为${label.zh}，但按埋深应为${d.derived ? levelLabel(d.derived).zh : '地上'}（GB 50352-2019）；按标注计算`,
          en: `Layer ${i + 1} is labelled ${label.en} but its depths say ${d.derived ? levelLabel(d.derived).en : 'above ground'} (GB 50352-2019); the label is used`,
        },
      });
    }

    // Art. 3: net height ≤ 2.2 m creates no underground construction-land-use right.
    if (layer.netHeight <= policy.minNetHeight + 1e-9) {
      const cite = `${doc} ${policy.citations.netHeight.zh}`;
      warnings.push({
        code: 'no_land_use_right',
        text: {
          zh: `${label.zh}净高 ${layer.netHeight} 米 ≤ ${policy.minNetHeight} 米，不设立地下空间建设用地使用权（${cite}）`,
          en: `${label.en}: net height ${layer.netHeight} m ≤ ${policy.minNetHeight} m creates no underground land-use right (${policy.document.en} ${policy.citations.netHeight.en})`,
        },
      });
      return {
        level,
        share: 0,
        fee: 0,
        reason: {
          zh: `${label.zh} 净高 ≤ ${policy.minNetHeight} 米，不收费（${cite}）`,
          en: `${label.en}: net height ≤ ${policy.minNetHeight} m, no fee (${policy.document.en} ${policy.citations.netHeight.en})`,
        },
      };
    }

    const cite = `${doc} ${policy.article.zh}`;
    const citeEn = `${policy.document.en} ${policy.article.en}`;
    if (regime === 'exempt') {
      const use = parcelUseLabels[input.use];
      return {
        level, share: 0, fee: 0,
        reason: {
          zh: `${label.zh} 划拨用地用于${use.zh}，不收取出让金（${cite}）`,
          en: `${label.en}: allocated land for ${use.en.toLowerCase()}, no fee (${citeEn})`,
        },
      };
    }
    if (regime === 'lease') {
      return {
        level, share: 0, fee: 0,
        reason: {
          zh: `${label.zh} 平战结合租赁，缴纳租金，不收取出让金（${cite}）`,
          en: `${label.en}: dual-use lease, rent instead of a transfer fee (${citeEn})`,
        },
      };
    }

    const nominal = nominalShare(policy, level);
    const share = nominal * factor;
    const fee = toCents(layer.area * input.surfaceUnitPrice * share) / 100;
    // A free layer (B2 and deeper) says so instead of showing a halved zero.
    const parking = nominal === 0 ? '，免收' : input.publicParking ? ` × 公共停车场减半 = ${percent(share)}` : '';
    const parkingEn = nominal === 0 ? ', free' : input.publicParking ? ` × public-parking half = ${percent(share)}` : '';
    const how =
      regime === 'starting_price' ? `${supplyZh}起始价（参照协议出让）` : reallocated ? '按协议出让补缴' : '协议出让';
    const howEn =
      regime === 'starting_price' ? 'starting price (as agreement fee)' : reallocated ? 'agreement fee for reallocation' : 'agreement transfer';
    const extraCite = reallocated ? `${policy.citations.reallocation.zh}、` : '';
    const extraCiteEn = reallocated ? `${policy.citations.reallocation.en}, ` : '';
    return {
      level,
      share,
      fee,
      reason: {
        zh: `${how} ${label.zh} ${percent(nominal)}${parking}（${doc} ${extraCite}${policy.article.zh}）`,
        en: `${howEn} ${label.en} ${percent(nominal)}${parkingEn} (${policy.document.en} ${extraCiteEn}${policy.article.en})`,
      },
    };
  });

  const total = layers.reduce((sum, l) => sum + toCents(l.fee), 0) / 100;
  return {
    total,
    currency: 'CNY',
    layers,
    startingPrice: regime === 'starting_price' ? total : null,
    rent: regime === 'lease',
    regime,
    policy: { id: policy.id, validFrom: policy.validFrom, validTo: policy.validTo, inForce: selection.inForce },
    basis: basisText(policy, regime),
    warnings,
  };
}
