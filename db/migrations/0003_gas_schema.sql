CREATE TABLE "gas_campaigns" (
	"id" text PRIMARY KEY NOT NULL,
	"document" text NOT NULL,
	"title" text NOT NULL,
	"issued_on" date NOT NULL,
	"min_days_per_round" integer DEFAULT 7 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gas_groups" (
	"no" integer PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"district_code" text,
	"lead_unit" text NOT NULL,
	"member_units" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gas_hazard_transitions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"hazard_id" bigint NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor" text NOT NULL,
	"role" text NOT NULL,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gas_hazards" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"venue_id" bigint NOT NULL,
	"district_code" text NOT NULL,
	"county_code" text NOT NULL,
	"venue_type" text NOT NULL,
	"group_no" integer NOT NULL,
	"campaign_id" text,
	"round_no" integer,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"severity" text NOT NULL,
	"status" text DEFAULT 'found' NOT NULL,
	"responsible_unit" text NOT NULL,
	"responsible_person" text NOT NULL,
	"measures" text NOT NULL,
	"found_on" date NOT NULL,
	"deadline" date NOT NULL,
	"interim_measures" text,
	"enforcement_outcome" text,
	"fine_yuan" integer DEFAULT 0 NOT NULL,
	"geom" geometry(Point,4326) NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gas_hazards_deadline" CHECK ("gas_hazards"."deadline" >= "gas_hazards"."found_on"),
	CONSTRAINT "gas_hazards_fine" CHECK ("gas_hazards"."fine_yuan" >= 0),
	CONSTRAINT "gas_hazards_status" CHECK ("gas_hazards"."status" in ('found','rectifying','rectified','verified')),
	CONSTRAINT "gas_hazards_severity" CHECK ("gas_hazards"."severity" in ('general','major')),
	CONSTRAINT "gas_hazards_category" CHECK ("gas_hazards"."category" in ('hose_too_long','hose_not_metal','regulator_aged','alarm_missing','illegal_operation','residue_disposal','modified_cylinder','expired_cylinder','training_missing','uncertified_staff','safety_devices','emergency_plan','filling_records','door_check_overdue','repair_phone_missing'))
);
--> statement-breakpoint
CREATE TABLE "gas_report_items" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"group_no" integer NOT NULL,
	"campaign_id" text NOT NULL,
	"round_no" integer NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gas_report_texts" (
	"group_no" integer NOT NULL,
	"campaign_id" text NOT NULL,
	"round_no" integer NOT NULL,
	"section_key" text NOT NULL,
	"body" text NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gas_report_texts_group_no_campaign_id_round_no_section_key_pk" PRIMARY KEY("group_no","campaign_id","round_no","section_key")
);
--> statement-breakpoint
CREATE TABLE "gas_rounds" (
	"campaign_id" text NOT NULL,
	"no" integer NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"report_due_on" date NOT NULL,
	CONSTRAINT "gas_rounds_campaign_id_no_pk" PRIMARY KEY("campaign_id","no"),
	CONSTRAINT "gas_rounds_dates" CHECK ("gas_rounds"."starts_on" <= "gas_rounds"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "gas_venues" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"venue_type" text NOT NULL,
	"pipeline_user_kind" text NOT NULL,
	"last_safety_check_on" date,
	"county_code" text NOT NULL,
	"district_code" text NOT NULL,
	"address" text,
	"geom" geometry(Point,4326) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gas_venues_type" CHECK ("gas_venues"."venue_type" in ('restaurant','shop_mall','market','tourist_site','hospital','school','elderly_care','temple','gas_operator','hazchem_transport','special_equipment_inspection','appliance_seller')),
	CONSTRAINT "gas_venues_pipeline" CHECK ("gas_venues"."pipeline_user_kind" in ('residential','non_residential','none'))
);
--> statement-breakpoint
CREATE TABLE "gas_visits" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"venue_id" bigint NOT NULL,
	"district_code" text NOT NULL,
	"group_no" integer NOT NULL,
	"campaign_id" text NOT NULL,
	"round_no" integer NOT NULL,
	"visited_on" date NOT NULL,
	"target_kind" text DEFAULT 'enterprise' NOT NULL,
	"inspectors" text NOT NULL,
	"note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "gas_hazard_transitions" ADD CONSTRAINT "gas_hazard_transitions_hazard_id_gas_hazards_id_fk" FOREIGN KEY ("hazard_id") REFERENCES "public"."gas_hazards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_hazards" ADD CONSTRAINT "gas_hazards_venue_id_gas_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."gas_venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_hazards" ADD CONSTRAINT "gas_hazards_group_no_gas_groups_no_fk" FOREIGN KEY ("group_no") REFERENCES "public"."gas_groups"("no") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_rounds" ADD CONSTRAINT "gas_rounds_campaign_id_gas_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."gas_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_visits" ADD CONSTRAINT "gas_visits_venue_id_gas_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."gas_venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_visits" ADD CONSTRAINT "gas_visits_group_no_gas_groups_no_fk" FOREIGN KEY ("group_no") REFERENCES "public"."gas_groups"("no") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gas_hazard_transitions_hazard_idx" ON "gas_hazard_transitions" USING btree ("hazard_id","at");--> statement-breakpoint
CREATE INDEX "gas_hazards_geom_idx" ON "gas_hazards" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "gas_hazards_status_idx" ON "gas_hazards" USING btree ("status","district_code","found_on");--> statement-breakpoint
CREATE INDEX "gas_hazards_district_idx" ON "gas_hazards" USING btree ("district_code","found_on");--> statement-breakpoint
CREATE INDEX "gas_hazards_severity_idx" ON "gas_hazards" USING btree ("severity","status","deadline");--> statement-breakpoint
CREATE INDEX "gas_hazards_found_idx" ON "gas_hazards" USING btree ("found_on");--> statement-breakpoint
CREATE INDEX "gas_hazards_round_idx" ON "gas_hazards" USING btree ("campaign_id","round_no","group_no");--> statement-breakpoint
CREATE INDEX "gas_hazards_venue_idx" ON "gas_hazards" USING btree ("venue_id");--> statement-breakpoint
CREATE INDEX "gas_report_items_idx" ON "gas_report_items" USING btree ("campaign_id","round_no","group_no");--> statement-breakpoint
CREATE INDEX "gas_venues_geom_idx" ON "gas_venues" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "gas_venues_district_idx" ON "gas_venues" USING btree ("district_code","venue_type");--> statement-breakpoint
CREATE INDEX "gas_visits_round_idx" ON "gas_visits" USING btree ("campaign_id","round_no","group_no");--> statement-breakpoint
CREATE INDEX "gas_visits_venue_idx" ON "gas_visits" USING btree ("venue_id");--> statement-breakpoint
CREATE INDEX "gas_visits_district_idx" ON "gas_visits" USING btree ("district_code");