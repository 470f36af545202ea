// Door-to-door safety-check intervals for pipeline-gas users, as versioned data: another city or a
// later notice adds an entry with its own effective dates. No I/O.
import type { IsoDate } from '../shared/calendarDate';
import type { PipelineUserKind } from './vocabulary';

export interface SafetyCheckRuleSet {
  readonly id: string;
  readonly effectiveFrom: IsoDate;
  /** Last day in force; null = open-ended. */
  readonly effectiveTo: IsoDate | null;
  /** Years between free indoor safety checks, per kind of pipeline user. */
  readonly intervalYears: Readonly<Record<Exclude<PipelineUserKind, 'none'>, number>>;
  readonly article: string;
}

export const safetyCheckRuleSets: readonly SafetyCheckRuleSet[] = [
  {
    id: 'haidong-2023-98',
    effectiveFrom: '2023-10-13',
    effectiveTo: null,
    // 东政办〔2023〕98号 §三(二): "对非居民管道燃气用户的室内燃气设施每年至少进行一次免费安全检查，
    // 对居民管道燃气用户的室内燃气设施每两年进行一次免费安全检查".
    intervalYears: { non_residential: 1, residential: 2 },
    article: '东政办〔2023〕98号 §三(二)',
  },
];
