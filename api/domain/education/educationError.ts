// Coded domain errors of the education area; the HTTP edge maps `code` to a status once.

export const educationErrorCodes = [
  'legal_step_out_of_order',
  'legal_step_already_done',
  'legal_step_date_before_previous',
  'legal_steps_complete',
  'no_rule_set_for_county',
] as const;
export type EducationErrorCode = (typeof educationErrorCodes)[number];

export class EducationRuleError extends Error {
  readonly code: EducationErrorCode;
  readonly messageEn: string;

  constructor(code: EducationErrorCode, message: string, messageEn: string) {
    super(message);
    this.name = 'EducationRuleError';
    this.code = code;
    this.messageEn = messageEn;
  }
}
