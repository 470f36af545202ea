ALTER TABLE "gas_hazards" ADD COLUMN "distance_m" double precision;--> statement-breakpoint
ALTER TABLE "gas_hazards" ADD COLUMN "on_site" boolean;--> statement-breakpoint
ALTER TABLE "gas_hazards" ADD COLUMN "on_site_rule" text;