CREATE TABLE "underground_connections" (
	"id" serial PRIMARY KEY NOT NULL,
	"parcel_a" integer NOT NULL,
	"parcel_b" integer NOT NULL,
	"level" text NOT NULL,
	"state" text NOT NULL,
	"builder" integer NOT NULL,
	CONSTRAINT "underground_connections_state_check" CHECK (state in ('reserved', 'built'))
);
--> statement-breakpoint
CREATE TABLE "underground_layers" (
	"id" serial PRIMARY KEY NOT NULL,
	"parcel_id" integer NOT NULL,
	"ord" integer NOT NULL,
	"level" text NOT NULL,
	"top_depth" double precision NOT NULL,
	"bottom_depth" double precision NOT NULL,
	"net_height" double precision NOT NULL,
	"projection_area" double precision NOT NULL,
	"floor_area" double precision,
	"use" text NOT NULL,
	CONSTRAINT "underground_layers_depth_check" CHECK (top_depth < bottom_depth),
	CONSTRAINT "underground_layers_area_check" CHECK (projection_area >= 0 and net_height > 0)
);
--> statement-breakpoint
CREATE TABLE "underground_parcels" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"public_land" text,
	"county_code" text NOT NULL,
	"township_code" text,
	"use" text NOT NULL,
	"supply" text NOT NULL,
	"surface_allocated" boolean NOT NULL,
	"surface_unit_price" double precision NOT NULL,
	"public_parking" boolean NOT NULL,
	"civil_air_defence" boolean DEFAULT false NOT NULL,
	"wartime_use" text,
	"peacetime_use" text,
	"status" text NOT NULL,
	"term_start" date NOT NULL,
	"surface_use" text,
	"surface_term_years" integer,
	"footprint" geometry(MultiPolygon,4326) NOT NULL,
	"fee_total" double precision DEFAULT 0 NOT NULL,
	"fee_tier" text DEFAULT 'free' NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "underground_parcels_kind_check" CHECK (kind in ('combined', 'standalone')),
	CONSTRAINT "underground_parcels_use_check" CHECK (use in ('commercial', 'residential', 'industrial', 'office', 'public_service', 'infrastructure', 'civil_air_defence', 'parking', 'transport')),
	CONSTRAINT "underground_parcels_supply_check" CHECK (supply in ('agreement', 'tender', 'auction', 'listing', 'allocation', 'lease')),
	CONSTRAINT "underground_parcels_status_check" CHECK (status in ('planned', 'approved', 'registered')),
	CONSTRAINT "underground_parcels_price_check" CHECK (surface_unit_price >= 0)
);
--> statement-breakpoint
ALTER TABLE "underground_connections" ADD CONSTRAINT "underground_connections_parcel_a_underground_parcels_id_fk" FOREIGN KEY ("parcel_a") REFERENCES "public"."underground_parcels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "underground_connections" ADD CONSTRAINT "underground_connections_parcel_b_underground_parcels_id_fk" FOREIGN KEY ("parcel_b") REFERENCES "public"."underground_parcels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "underground_layers" ADD CONSTRAINT "underground_layers_parcel_id_underground_parcels_id_fk" FOREIGN KEY ("parcel_id") REFERENCES "public"."underground_parcels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "underground_connections_pair_idx" ON "underground_connections" USING btree ("parcel_a","parcel_b","level");--> statement-breakpoint
CREATE INDEX "underground_connections_b_idx" ON "underground_connections" USING btree ("parcel_b");--> statement-breakpoint
CREATE INDEX "underground_layers_parcel_idx" ON "underground_layers" USING btree ("parcel_id");--> statement-breakpoint
CREATE UNIQUE INDEX "underground_layers_parcel_level_idx" ON "underground_layers" USING btree ("parcel_id","level");--> statement-breakpoint
CREATE UNIQUE INDEX "underground_parcels_code_idx" ON "underground_parcels" USING btree ("code");--> statement-breakpoint
CREATE INDEX "underground_parcels_footprint_idx" ON "underground_parcels" USING gist ("footprint");--> statement-breakpoint
CREATE INDEX "underground_parcels_county_idx" ON "underground_parcels" USING btree ("county_code");