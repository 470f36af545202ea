CREATE TABLE "api_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"prefix" text NOT NULL,
	"user_id" integer NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "api_tokens_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
-- Issue 12: the shipped county outlines (and the districts and synthetic townships cut from them)
-- self-touch; repair them in place, keeping polygons only (data/README.md), before every geometry
-- column gets its ST_IsValid check.
UPDATE "counties" SET "geom" = ST_Multi(ST_CollectionExtract(ST_MakeValid("geom"), 3)) WHERE NOT ST_IsValid("geom");--> statement-breakpoint
UPDATE "districts" SET "geom" = ST_Multi(ST_CollectionExtract(ST_MakeValid("geom"), 3)) WHERE NOT ST_IsValid("geom");--> statement-breakpoint
UPDATE "townships" SET "geom" = ST_Multi(ST_CollectionExtract(ST_MakeValid("geom"), 3)) WHERE NOT ST_IsValid("geom");--> statement-breakpoint
UPDATE "edu_catchments" SET "geom" = ST_Multi(ST_CollectionExtract(ST_MakeValid("geom"), 3)) WHERE NOT ST_IsValid("geom");--> statement-breakpoint
UPDATE "underground_parcels" SET "footprint" = ST_Multi(ST_CollectionExtract(ST_MakeValid("footprint"), 3)) WHERE NOT ST_IsValid("footprint");--> statement-breakpoint
ALTER TABLE "edu_catchments" ADD CONSTRAINT "edu_catchments_geom_valid" CHECK (ST_IsValid("edu_catchments"."geom"));--> statement-breakpoint
ALTER TABLE "edu_children" ADD CONSTRAINT "edu_children_home_valid" CHECK (ST_IsValid("edu_children"."home"));--> statement-breakpoint
ALTER TABLE "edu_schools" ADD CONSTRAINT "edu_schools_geom_valid" CHECK (ST_IsValid("edu_schools"."geom"));--> statement-breakpoint
ALTER TABLE "gas_hazards" ADD CONSTRAINT "gas_hazards_geom_valid" CHECK (ST_IsValid("gas_hazards"."geom"));--> statement-breakpoint
ALTER TABLE "gas_venues" ADD CONSTRAINT "gas_venues_geom_valid" CHECK (ST_IsValid("gas_venues"."geom"));--> statement-breakpoint
ALTER TABLE "counties" ADD CONSTRAINT "counties_geom_valid" CHECK (ST_IsValid("counties"."geom"));--> statement-breakpoint
ALTER TABLE "districts" ADD CONSTRAINT "districts_geom_valid" CHECK (ST_IsValid("districts"."geom"));--> statement-breakpoint
ALTER TABLE "townships" ADD CONSTRAINT "townships_geom_valid" CHECK (ST_IsValid("townships"."geom"));--> statement-breakpoint
ALTER TABLE "villages" ADD CONSTRAINT "villages_geom_valid" CHECK (ST_IsValid("villages"."geom"));--> statement-breakpoint
ALTER TABLE "underground_parcels" ADD CONSTRAINT "underground_parcels_footprint_valid" CHECK (ST_IsValid("underground_parcels"."footprint"));