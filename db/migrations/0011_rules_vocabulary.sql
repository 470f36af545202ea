-- Issue 13: duty-calendar completions; 国防/防灾 parcel uses (95号 Art. 15 ¶1); 98号 §三(一) checklist categories on report items;
-- the escalation actions of the preview contract are the one vocabulary, so steps recorded under the
-- old per-jurisdiction words are renamed (沙坡头 Art. 7, 海东 Art. 5, 12(八), 15).
CREATE TABLE "edu_duty_completions" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" text NOT NULL,
	"township_code" text DEFAULT '' NOT NULL,
	"duty_id" text NOT NULL,
	"due_date" date NOT NULL,
	"done_on" date NOT NULL,
	"done_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "underground_parcels" DROP CONSTRAINT "underground_parcels_use_check";--> statement-breakpoint
ALTER TABLE "gas_report_items" ADD COLUMN "checklist_category" text;--> statement-breakpoint
CREATE UNIQUE INDEX "edu_duty_completions_key_idx" ON "edu_duty_completions" USING btree ("county_code","township_code","duty_id","due_date");--> statement-breakpoint
ALTER TABLE "gas_report_items" ADD CONSTRAINT "gas_report_items_checklist_category" CHECK ("gas_report_items"."checklist_category" is null or "gas_report_items"."checklist_category" in ('deployment','work_plan','task_force','system_use','system_entry','four_responsibilities','hazard_rectification','publicity'));--> statement-breakpoint
ALTER TABLE "underground_parcels" ADD CONSTRAINT "underground_parcels_use_check" CHECK (use in ('commercial', 'residential', 'industrial', 'office', 'public_service', 'infrastructure', 'civil_air_defence', 'parking', 'transport', 'national_defence', 'disaster_prevention'));--> statement-breakpoint
UPDATE "edu_case_steps" SET "action" = CASE "action"
  WHEN 'head_teacher_follow_up' THEN 'follow_up'
  WHEN 'phone_and_home_visit' THEN 'follow_up'
  WHEN 'school_persuasion' THEN 'persuasion'
  WHEN 'mark_dropout_and_report' THEN 'dropout_mark'
  WHEN 'written_report_to_bureau_and_township' THEN 'written_report'
  WHEN 'township_enforcement' THEN 'township_action'
  ELSE "action" END
WHERE "step_kind" = 'escalation';
