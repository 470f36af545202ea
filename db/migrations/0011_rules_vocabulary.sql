-- Issue 13: the escalation actions of the preview contract are the one vocabulary; steps recorded
-- under the old per-jurisdiction words are renamed (沙坡头 Art. 7, 海东 Art. 5, 12(八), 15).
UPDATE "edu_case_steps" SET "action" = CASE "action"
  WHEN 'head_teacher_follow_up' THEN 'follow_up'
  WHEN 'phone_and_home_visit' THEN 'follow_up'
  WHEN 'school_persuasion' THEN 'persuasion'
  WHEN 'mark_dropout_and_report' THEN 'dropout_mark'
  WHEN 'written_report_to_bureau_and_township' THEN 'written_report'
  WHEN 'township_enforcement' THEN 'township_action'
  ELSE "action" END
WHERE "step_kind" = 'escalation';
