ALTER TABLE "gas_report_items" ADD COLUMN "district_code" text;--> statement-breakpoint
ALTER TABLE "gas_report_items" ADD COLUMN "recorded_on" date;--> statement-breakpoint
ALTER TABLE "gas_report_items" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "gas_report_items" ADD CONSTRAINT "gas_report_items_kind" CHECK ("gas_report_items"."kind" in ('problem','suggestion','interview','department','government'));--> statement-breakpoint
ALTER TABLE "gas_report_items" ADD CONSTRAINT "gas_report_items_visit_district" CHECK ("gas_report_items"."kind" not in ('department', 'government') or "gas_report_items"."district_code" is not null);