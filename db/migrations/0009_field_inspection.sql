CREATE TABLE "gas_hazard_photos" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"hazard_id" bigint NOT NULL,
	"stage" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"taken_at" timestamp with time zone,
	"data" "bytea" NOT NULL,
	"thumb" "bytea" NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gas_hazard_photos_stage" CHECK ("gas_hazard_photos"."stage" in ('finding','rectification','verification')),
	CONSTRAINT "gas_hazard_photos_type" CHECK ("gas_hazard_photos"."content_type" in ('image/jpeg', 'image/png', 'image/webp'))
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"user_id" integer NOT NULL,
	"key" text NOT NULL,
	"target" text NOT NULL,
	"body_hash" text NOT NULL,
	"status" integer NOT NULL,
	"content_type" text,
	"response" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
ALTER TABLE "gas_visits" ALTER COLUMN "campaign_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "gas_visits" ALTER COLUMN "round_no" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "gas_hazards" ADD COLUMN "rectification_requirement" text;--> statement-breakpoint
ALTER TABLE "gas_hazards" ADD COLUMN "position_lon" double precision;--> statement-breakpoint
ALTER TABLE "gas_hazards" ADD COLUMN "position_lat" double precision;--> statement-breakpoint
ALTER TABLE "gas_hazards" ADD COLUMN "position_accuracy_m" double precision;--> statement-breakpoint
ALTER TABLE "gas_visits" ADD COLUMN "position_lon" double precision;--> statement-breakpoint
ALTER TABLE "gas_visits" ADD COLUMN "position_lat" double precision;--> statement-breakpoint
ALTER TABLE "gas_visits" ADD COLUMN "position_accuracy_m" double precision;--> statement-breakpoint
ALTER TABLE "gas_visits" ADD COLUMN "distance_m" double precision;--> statement-breakpoint
ALTER TABLE "gas_visits" ADD COLUMN "on_site" boolean;--> statement-breakpoint
ALTER TABLE "gas_visits" ADD COLUMN "on_site_rule" text;--> statement-breakpoint
ALTER TABLE "gas_hazard_photos" ADD CONSTRAINT "gas_hazard_photos_hazard_id_gas_hazards_id_fk" FOREIGN KEY ("hazard_id") REFERENCES "public"."gas_hazards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gas_hazard_photos_hazard_idx" ON "gas_hazard_photos" USING btree ("hazard_id","created_at");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "gas_visits_unverified_idx" ON "gas_visits" USING btree ("district_code","visited_on") WHERE "gas_visits"."on_site" is not true;