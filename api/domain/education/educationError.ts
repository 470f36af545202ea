import type { Bilingual } from '../shared/bilingual';
import { DomainError, type ErrorKind } from '../shared/domainError';
// Coded domain errors of the education area, in the product's one error model.

export const educationErrorCodes = [
  'legal_step_out_of_order',
  'legal_step_already_done',
  'legal_step_date_before_previous',
  'legal_steps_complete',
  'no_rule_set_for_county',
] as const;
export type EducationErrorCode = (typeof educationErrorCodes)[number];

const kindOf: Record<EducationErrorCode, { kind: ErrorKind; field: string }> = {
  // A legal step the case's history does not allow yet (海东 Art. 16 四步法 order) is a conflict with the stored state.
  legal_step_out_of_order: { kind: 'conflict', field: 'act' },
  legal_step_already_done: { kind: 'conflict', field: 'act' },
  legal_step_date_before_previous: { kind: 'conflict', field: 'act' },
  legal_steps_complete: { kind: 'conflict', field: 'act' },
  no_rule_set_for_county: { kind: 'invalid', field: 'countyCode' },
};

export class EducationRuleError extends DomainError {
  declare readonly code: EducationErrorCode;

  constructor(code: EducationErrorCode, text: Bilingual) {
    super(kindOf[code].kind, code, text, kindOf[code].field);
    this.name = 'EducationRuleError';
  }
}
