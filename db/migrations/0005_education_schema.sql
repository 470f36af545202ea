CREATE TABLE "edu_absences" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"child_id" integer NOT NULL,
	"school_id" integer NOT NULL,
	"date" date NOT NULL,
	"excused" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "edu_case_steps" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"step_kind" text NOT NULL,
	"action" text NOT NULL,
	"document" text,
	"date" date NOT NULL,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "edu_case_steps_kind_check" CHECK ("edu_case_steps"."step_kind" in ('escalation','event','legal'))
);
--> statement-breakpoint
CREATE TABLE "edu_cases" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"child_id" integer,
	"id_number" text NOT NULL,
	"name" text NOT NULL,
	"birth_date" text,
	"poverty" boolean DEFAULT false NOT NULL,
	"household_county_code" text NOT NULL,
	"student_county_code" text,
	"school_code" text,
	"responsible_county_code" text NOT NULL,
	"notify_county_code" text,
	"routing_rule" text NOT NULL,
	"rule_set_id" text NOT NULL,
	"cross_check_run_id" integer,
	"opened_on" date NOT NULL,
	"placement" jsonb,
	"closed_on" date,
	"closure_reason" text,
	CONSTRAINT "edu_cases_kind_check" CHECK ("edu_cases"."kind" in ('out_of_school','dropout')),
	CONSTRAINT "edu_cases_status_check" CHECK ("edu_cases"."status" in ('open','returned','closed'))
);
--> statement-breakpoint
CREATE TABLE "edu_catchments" (
	"id" serial PRIMARY KEY NOT NULL,
	"school_id" integer NOT NULL,
	"level" text NOT NULL,
	"capacity" integer NOT NULL,
	"geom" geometry(MultiPolygon,4326) NOT NULL,
	CONSTRAINT "edu_catchments_level_check" CHECK ("edu_catchments"."level" in ('primary','junior'))
);
--> statement-breakpoint
CREATE TABLE "edu_children" (
	"id" serial PRIMARY KEY NOT NULL,
	"id_number" text NOT NULL,
	"name" text NOT NULL,
	"sex" smallint NOT NULL,
	"birth_date" date NOT NULL,
	"county_code" text NOT NULL,
	"township_code" text NOT NULL,
	"village_code" text NOT NULL,
	"resident_county_code" text NOT NULL,
	"home" geometry(Point,4326) NOT NULL,
	"school_id" integer,
	"poverty_alleviated" boolean DEFAULT false NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"left_behind" boolean DEFAULT false NOT NULL,
	"migrant" boolean DEFAULT false NOT NULL,
	CONSTRAINT "edu_children_sex_check" CHECK ("edu_children"."sex" in (1, 2))
);
--> statement-breakpoint
CREATE TABLE "edu_cohort_stats" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" text NOT NULL,
	"township_code" text NOT NULL,
	"school_year" integer NOT NULL,
	"grade1_enrolment" integer NOT NULL,
	"grade9_graduates" integer NOT NULL,
	"students_at_year_start" integer NOT NULL,
	"students_lost" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "edu_cross_check_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"import_ids" jsonb NOT NULL,
	"counts" jsonb NOT NULL,
	"run_by" text,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "edu_register_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"as_of" date NOT NULL,
	"row_count" integer NOT NULL,
	"source" text NOT NULL,
	"imported_by" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "edu_register_imports_kind_check" CHECK ("edu_register_imports"."kind" in ('household','students','in_school','poverty'))
);
--> statement-breakpoint
CREATE TABLE "edu_register_rows" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"import_id" integer NOT NULL,
	"id_number" text NOT NULL,
	"name" text,
	"birth_date" text,
	"county_code" text,
	"school_code" text
);
--> statement-breakpoint
CREATE TABLE "edu_schools" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"capacity" integer NOT NULL,
	"county_code" text NOT NULL,
	"township_code" text NOT NULL,
	"geom" geometry(Point,4326) NOT NULL,
	CONSTRAINT "edu_schools_code_unique" UNIQUE("code"),
	CONSTRAINT "edu_schools_level_check" CHECK ("edu_schools"."level" in ('primary','junior','nine_year')),
	CONSTRAINT "edu_schools_capacity_check" CHECK ("edu_schools"."capacity" >= 0)
);
--> statement-breakpoint
ALTER TABLE "edu_absences" ADD CONSTRAINT "edu_absences_child_id_edu_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."edu_children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edu_absences" ADD CONSTRAINT "edu_absences_school_id_edu_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."edu_schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edu_case_steps" ADD CONSTRAINT "edu_case_steps_case_id_edu_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."edu_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edu_cases" ADD CONSTRAINT "edu_cases_child_id_edu_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."edu_children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edu_cases" ADD CONSTRAINT "edu_cases_cross_check_run_id_edu_cross_check_runs_id_fk" FOREIGN KEY ("cross_check_run_id") REFERENCES "public"."edu_cross_check_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edu_catchments" ADD CONSTRAINT "edu_catchments_school_id_edu_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."edu_schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edu_children" ADD CONSTRAINT "edu_children_school_id_edu_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."edu_schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edu_register_rows" ADD CONSTRAINT "edu_register_rows_import_id_edu_register_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."edu_register_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edu_schools" ADD CONSTRAINT "edu_schools_township_code_townships_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."townships"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "edu_absences_child_date_idx" ON "edu_absences" USING btree ("child_id","date");--> statement-breakpoint
CREATE INDEX "edu_absences_school_idx" ON "edu_absences" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "edu_case_steps_case_idx" ON "edu_case_steps" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "edu_cases_county_idx" ON "edu_cases" USING btree ("responsible_county_code","status");--> statement-breakpoint
CREATE INDEX "edu_cases_id_number_idx" ON "edu_cases" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "edu_cases_school_idx" ON "edu_cases" USING btree ("school_code");--> statement-breakpoint
CREATE INDEX "edu_catchments_geom_idx" ON "edu_catchments" USING gist ("geom");--> statement-breakpoint
CREATE UNIQUE INDEX "edu_catchments_school_level_idx" ON "edu_catchments" USING btree ("school_id","level");--> statement-breakpoint
CREATE UNIQUE INDEX "edu_children_id_number_idx" ON "edu_children" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "edu_children_home_idx" ON "edu_children" USING gist ("home");--> statement-breakpoint
CREATE INDEX "edu_children_township_idx" ON "edu_children" USING btree ("township_code");--> statement-breakpoint
CREATE INDEX "edu_children_school_idx" ON "edu_children" USING btree ("school_id");--> statement-breakpoint
CREATE UNIQUE INDEX "edu_cohort_stats_township_year_idx" ON "edu_cohort_stats" USING btree ("township_code","school_year");--> statement-breakpoint
CREATE INDEX "edu_register_imports_kind_idx" ON "edu_register_imports" USING btree ("kind","as_of");--> statement-breakpoint
CREATE INDEX "edu_register_rows_import_id_idx" ON "edu_register_rows" USING btree ("import_id","id_number");--> statement-breakpoint
CREATE INDEX "edu_register_rows_id_idx" ON "edu_register_rows" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "edu_schools_geom_idx" ON "edu_schools" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "edu_schools_township_idx" ON "edu_schools" USING btree ("township_code");