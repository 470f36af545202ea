import type { AbsenceEscalation, DueAction, NextAction } from '../../domain/education/absenceEscalation';
import type { LegalActInfo } from '../../domain/education/legalSteps';
import type { PlacementIssue } from '../../domain/education/placement';
import type { RuleSetChoice } from '../../domain/education/ruleSets';

// The domain's Bilingual texts as the case API has always sent them: a `…Zh` / `…En` pair (or
// `message` / `messageEn`) beside the other fields. Clients read these names, so they stay.

export function legalActView({ name, ...info }: LegalActInfo) {
  return { ...info, nameZh: name.zh, nameEn: name.en };
}

function actionView<A extends DueAction | NextAction>({ text, ...action }: A) {
  return { ...action, textZh: text.zh, textEn: text.en };
}

export function escalationView({ reading, warnings, ...e }: AbsenceEscalation) {
  return {
    ...e,
    readingZh: reading.zh,
    readingEn: reading.en,
    warnings: warnings.map(({ code, text }) => ({ code, message: text.zh, messageEn: text.en })),
    actionsDue: e.actionsDue.map(actionView),
    nextAction: e.nextAction && actionView(e.nextAction),
  };
}

export function ruleSetWarningView({ code, text }: NonNullable<RuleSetChoice['warning']>) {
  return { code, message: text.zh, messageEn: text.en };
}

export function placementIssueView({ code, text, article }: PlacementIssue) {
  return { code, message: text.zh, messageEn: text.en, article };
}
