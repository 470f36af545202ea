// Land-transfer fee policies for underground space, as versioned data with effective dates.
// Other cities and later revisions use other shares: add a policy, do not edit the engine.
import type { IsoDate } from '../shared/calendarDate';
import type { ParcelUse } from './vocabulary';
import type { Bilingual } from '../shared/bilingual';

export const areaBases = ['projection', 'floor'] as const;
export type AreaBasis = (typeof areaBases)[number];


export type FeePolicy = {
  readonly id: string;
  readonly jurisdiction: string;
  readonly jurisdictionCode: string;
  readonly title: string;
  readonly document: Bilingual;
  /** Article that sets the shares. */
  readonly article: Bilingual;
  /** Articles of the same document that the quote cites besides the fee article. */
  readonly citations: {
    readonly netHeight: Bilingual;
    readonly reallocation: Bilingual;
    readonly validity: Bilingual;
  };
  readonly validFrom: IsoDate;
  /** Last day in force (inclusive); null = open-ended. */
  readonly validTo: IsoDate | null;
  /** Share of the surface appraisal price per layer; `deeper` = B2 and below. */
  readonly shares: { readonly semi: number; readonly B1: number; readonly deeper: number };
  readonly publicParkingFactor: number;
  readonly areaBasis: AreaBasis;
  /** A layer of net height ≤ this creates no underground land-use right. */
  readonly minNetHeight: number;
  /** Uses in the allocation catalogue (划拨用地目录) that pay no fee on allocated land. */
  readonly allocationCatalogue: readonly ParcelUse[];
};

export const haidong2023: FeePolicy = {
  id: 'haidong-2023',
  jurisdiction: '海东市',
  jurisdictionCode: '6302',
  title: '海东市城市地下空间规划建设管理办法（试行）',
  document: { zh: '东政办〔2023〕95号', en: 'Dongzhengban [2023] No. 95' },
  article: { zh: '第十五条', en: 'Art. 15' },
  citations: {
    netHeight: { zh: '第三条', en: 'Art. 3' },
    reallocation: { zh: '第十六条', en: 'Art. 16' },
    validity: { zh: '第三十五条', en: 'Art. 35' },
  },
  // Art. 35: valid 2 years from issue (2023-10-07), so the last day is 2025-10-06.
  validFrom: '2023-10-07',
  validTo: '2025-10-06',
  // Art. 15: semi-basement 15 %, B1 10 %, B2 and deeper free; public parking half.
  shares: { semi: 0.15, B1: 0.1, deeper: 0 },
  publicParkingFactor: 0.5,
  // Art. 3: the right covers the enclosed space and its horizontal projection.
  areaBasis: 'projection',
  // Art. 3: only structures with net height greater than 2.2 m create the right.
  minNetHeight: 2.2,
  // Art. 13(1), Art. 15 ¶1: national defence, civil air defence, disaster prevention, infrastructure
  // and public service facilities ("国防、人防、防灾、基础设施和公共服务设施").
  allocationCatalogue: ['national_defence', 'civil_air_defence', 'disaster_prevention', 'infrastructure', 'public_service'],
};

export const feePolicies: readonly FeePolicy[] = [haidong2023];

export type PolicyPosition = 'in_force' | 'expired' | 'not_yet_valid';

export type PolicySelection = {
  readonly policy: FeePolicy;
  readonly position: PolicyPosition;
  readonly inForce: boolean;
};

function inForceOn(policy: FeePolicy, date: IsoDate): boolean {
  return policy.validFrom <= date && (policy.validTo === null || date <= policy.validTo);
}

const byValidFrom = (a: FeePolicy, b: FeePolicy) =>
  a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The policy in force on `date` (latest validFrom if several); else the most recent one that had
 * started (expired); else the earliest (not yet valid). The caller must tell the user which.
 */
export function selectPolicy(policies: readonly FeePolicy[], date: IsoDate): PolicySelection {
  if (policies.length === 0) throw new Error('selectPolicy: no fee policies given');
  const sorted = [...policies].sort(byValidFrom);
  const inForce = sorted.filter((p) => inForceOn(p, date));
  if (inForce.length > 0) return { policy: inForce[inForce.length - 1], position: 'in_force', inForce: true };
  const started = sorted.filter((p) => p.validFrom <= date);
  if (started.length > 0) return { policy: started[started.length - 1], position: 'expired', inForce: false };
  return { policy: sorted[0], position: 'not_yet_valid', inForce: false };
}
