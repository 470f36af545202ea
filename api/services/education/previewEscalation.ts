import { escalateAbsence } from '../../domain/education/absenceEscalation';
import { ruleSetFor } from '../../domain/education/ruleSets';
import { schoolDays } from '../../domain/education/schoolCalendar';
import { textIn, type Language } from '../../domain/shared/bilingual';
import type { EscalationPreviewBody } from '../../routes/education/schemas';

/**
 * Stateless escalation preview (issue 13 contract): the county's rule set and the same engine as
 * stored cases, on the request alone; nothing is read or written. Texts in the caller's language.
 */
export function previewEscalation(body: EscalationPreviewBody, lang: Language) {
  const choice = ruleSetFor(body.countyCode, body.asOf);
  const { ruleSet } = choice;
  const r = escalateAbsence({
    absences: body.absences,
    asOf: body.asOf,
    events: body.events ?? {},
    ruleSet,
    calendar: schoolDays(ruleSet.jurisdiction, body.calendar),
    // 海东 Art. 15 "非本地户籍的学生": only known when the household county is sent.
    nonLocal: body.householdCountyCode === undefined ? undefined : body.householdCountyCode !== body.countyCode,
  });
  const warnings = [...(choice.warning ? [choice.warning] : []), ...r.warnings];
  return {
    ruleSet: { id: ruleSet.id, jurisdiction: ruleSet.jurisdiction, validFrom: ruleSet.validFrom, validTo: ruleSet.validTo, document: ruleSet.document },
    schoolDaysAbsent: r.schoolDaysAbsent,
    runStart: r.runStart,
    runEnd: r.runEnd,
    stage: r.stage,
    dropoutMarked: r.dropoutMarked,
    due: r.actionsDue.map((a) => ({ action: a.action, dueDate: a.dueDate, article: a.article, triggerDate: a.triggerDate, text: textIn(a.text, lang) })),
    nextAction: r.nextAction && { action: r.nextAction.action, dueDate: r.nextAction.dueDate, article: r.nextAction.article, triggered: r.nextAction.triggered },
    reading: textIn(r.reading, lang),
    warnings: warnings.map((w) => ({ code: w.code, message: textIn(w.text, lang) })),
  };
}
