// Which rule set a case follows: the one stored on it, else its county's current one. No I/O.
import { EducationRuleError } from './educationError';
import { dropoutRuleSets, ruleSetFor, type RuleSetChoice } from './ruleSets';

/** Marker stored on a case whose county has no configured rule set (e.g. a county outside the city). */
export const noRuleSetId = 'none';

export function ruleSetIdFor(countyCode: string, date: string): string {
  try {
    return ruleSetFor(countyCode, date).ruleSet.id;
  } catch (err) {
    if (err instanceof EducationRuleError) return noRuleSetId;
    throw err;
  }
}

/** The rule set stored on a case, or the county's current one, with the validity warning. */
export function ruleSetChoiceOf(ruleSetId: string, countyCode: string, date: string): RuleSetChoice | null {
  try {
    const choice = ruleSetFor(countyCode, date);
    if (choice.ruleSet.id === ruleSetId || ruleSetId === noRuleSetId) return choice;
  } catch (err) {
    if (!(err instanceof EducationRuleError)) throw err;
  }
  const stored = dropoutRuleSets.find((r) => r.id === ruleSetId);
  return stored ? { ruleSet: stored, warning: null } : null;
}
