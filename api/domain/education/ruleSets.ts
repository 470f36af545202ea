// Dropout-control rule sets per jurisdiction, with effective dates (DATA, not code). The
// escalation engine (absenceEscalation.ts) and accountability engine read these; a new city or
// a revised notice is a new entry here. Wording follows the seed documents.

// Dropout-control rule sets per jurisdiction, with effective dates (DATA, not code): one file per
// document under rules/, the shape in ruleSetTypes.ts. The escalation engine
// (absenceEscalation.ts), the duty calendar and the accountability engine read these; a new city or
// a revised notice is a new entry here.

import type { Bilingual } from '../shared/bilingual';
import { EducationRuleError } from './educationError';
import type { DropoutRuleSet, Jurisdiction } from './ruleSetTypes';
import { baiyin28 } from './rules/baiyin';
import { haidong101 } from './rules/haidong';
import { lincang14 } from './rules/lincang';
import { qiaocheng5 } from './rules/qiaocheng';
import { shapotou4 } from './rules/shapotou';


const haidong101Doc = haidong101.document;

export const dropoutRuleSets: readonly DropoutRuleSet[] = [haidong101, shapotou4, baiyin28, qiaocheng5, lincang14];

/** Consolidation-rate (巩固率) targets; 1 stands for 海东's "零辍学" goal (reading: no loss). */
export interface ConsolidationTarget {
  jurisdiction: string;
  countyPrefixes: readonly string[];
  target: number;
  /** 零辍学 is a policy reading (policySettings.ts); the others are rates. */
  zeroDropout?: true;
  /** Year the target applies from. */
  fromYear: number;
  source: string;
}

export const consolidationTargets: readonly ConsolidationTarget[] = [
  { jurisdiction: 'haidong', countyPrefixes: ['6302'], target: 1, zeroDropout: true, fromYear: 2023, source: `${haidong101Doc} 第三条、第六条（“零辍学”）` },
  { jurisdiction: 'qiaocheng', countyPrefixes: ['341602'], target: 0.99, fromYear: 2025, source: '谯政办秘〔2024〕5号（到2025年巩固率不低于99%）' },
  { jurisdiction: 'lincang', countyPrefixes: ['5309'], target: 0.95, fromYear: 2020, source: '临政办发〔2020〕14号（2020年巩固率达95%以上）' },
];

/** County-code prefix → jurisdiction; longest prefix wins. Configurable per deployment. */
export interface JurisdictionMapping {
  prefix: string;
  jurisdiction: Jurisdiction;
}

export const defaultJurisdictionMappings: readonly JurisdictionMapping[] = [
  { prefix: '6302', jurisdiction: 'haidong' },
  { prefix: '640502', jurisdiction: 'shapotou' },
  { prefix: '620402', jurisdiction: 'baiyin' },
  { prefix: '341602', jurisdiction: 'qiaocheng' },
  { prefix: '5309', jurisdiction: 'lincang' },
];

export interface RuleSetChoice {
  ruleSet: DropoutRuleSet;
  /** Set when `date` is outside every rule set's validity: the latest one is applied. */
  warning: { code: 'outside_validity'; text: Bilingual } | null;
}

function longestPrefix<T extends { prefix: string }>(code: string, entries: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const entry of entries) {
    if (code.startsWith(entry.prefix) && (!best || entry.prefix.length > best.prefix.length)) best = entry;
  }
  return best;
}

export function ruleSetFor(
  countyCode: string,
  date: string,
  mappings: readonly JurisdictionMapping[] = defaultJurisdictionMappings,
  ruleSets: readonly DropoutRuleSet[] = dropoutRuleSets,
): RuleSetChoice {
  const mapping = longestPrefix(countyCode, mappings);
  const candidates = mapping ? ruleSets.filter((r) => r.jurisdiction === mapping.jurisdiction) : [];
  if (candidates.length === 0) {
    throw new EducationRuleError('no_rule_set_for_county', {
      zh: `县区 ${countyCode} 没有配置控辍保学规则`,
      en: `No dropout-control rule set is configured for county ${countyCode}`,
    });
  }
  // ISO dates compare correctly as strings.
  const valid = candidates.find((r) => r.validFrom <= date && (r.validTo === null || date <= r.validTo));
  if (valid) return { ruleSet: valid, warning: null };
  const latest = [...candidates].sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
  return {
    ruleSet: latest,
    warning: {
      code: 'outside_validity',
      text: {
        zh: `${date} 不在${latest.document}有效期（${latest.validFrom}至${latest.validTo ?? '未规定'}）内，按最新规则计算`,
        en: `${date} is outside the validity of ${latest.document} (${latest.validFrom} to ${latest.validTo ?? 'open'}); the latest rule set is applied`,
      },
    },
  };
}

export function consolidationTargetFor(
  countyCode: string,
  year: number,
  targets: readonly ConsolidationTarget[] = consolidationTargets,
): ConsolidationTarget | null {
  let best: ConsolidationTarget | null = null;
  let bestLength = -1;
  for (const t of targets) {
    if (t.fromYear > year) continue;
    for (const prefix of t.countyPrefixes) {
      if (countyCode.startsWith(prefix) && prefix.length > bestLength) {
        best = t;
        bestLength = prefix.length;
      }
    }
  }
  return best;
}
