-- Issue 15: the filtered hazard list at 1,000,000 rows. With a bbox the planner ANDed this index
-- with the GiST index (tens of thousands of bbox hits to bitmap) and sorted; carrying the point
-- in the index lets the list and its count run as index-only scans that test the bbox in the
-- index and stop after the page (bench/cases/hazardList.ts). Same name, so the schema stays as declared.
DROP INDEX IF EXISTS "gas_hazards_list_idx";--> statement-breakpoint
CREATE INDEX "gas_hazards_list_idx" ON "gas_hazards" USING btree ("district_code","status","severity","found_on" DESC NULLS LAST,"id" DESC NULLS LAST) INCLUDE ("geom");
