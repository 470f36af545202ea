// Gas-safety inspection (东政办〔2023〕98号): groups, campaigns and rounds, venues, visits,
// hazards with their append-only transition history, and the editable report texts.
import { inList } from './checkList';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  bigint,
  boolean,
  check,
  doublePrecision,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import {
  checklistCategories,
  enforcementOutcomes,
  hazardCategories,
  hazardStatuses,
  pipelineUserKinds,
  severities,
  venueTypes,
  reportItemKinds,
  visitTargetKinds,
  photoStages,
} from '../../api/domain/gas/vocabulary';
import { bytea } from './bytea';
import { groupKinds } from '../../api/domain/gas/inspectionGroups';
import { geometry, validGeometry } from './geometry';


/** §二(一): 7 area groups (one district each) and the city-wide comprehensive and covert groups. */
export const gasGroups = pgTable('gas_groups', {
  no: integer('no').primaryKey(),
  kind: text('kind', { enum: groupKinds }).notNull(),
  name: text('name').notNull(),
  /** A districts.code for area groups; null for the groups that cover every district. */
  districtCode: text('district_code'),
  leadUnit: text('lead_unit').notNull(),
  memberUnits: jsonb('member_units').$type<string[]>().notNull(),
});

export const gasCampaigns = pgTable('gas_campaigns', {
  id: text('id').primaryKey(),
  document: text('document').notNull(),
  title: text('title').notNull(),
  issuedOn: date('issued_on', { mode: 'string' }).notNull(),
  minDaysPerRound: integer('min_days_per_round').notNull().default(7),
  createdBy: text('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const gasRounds = pgTable(
  'gas_rounds',
  {
    campaignId: text('campaign_id')
      .notNull()
      .references(() => gasCampaigns.id),
    no: integer('no').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    reportDueOn: date('report_due_on', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.no] }), check('gas_rounds_dates', sql`${t.startsOn} <= ${t.endsOn}`)],
);

/**
 * Venues and enterprises inspected (§一(二)). `district_code` is decided in SQL from the location
 * at insert time (park polygon first, else county) and never taken from a client.
 */
export const gasVenues = pgTable(
  'gas_venues',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    name: text('name').notNull(),
    venueType: text('venue_type', { enum: venueTypes }).notNull(),
    pipelineUserKind: text('pipeline_user_kind', { enum: pipelineUserKinds }).notNull(),
    lastSafetyCheckOn: date('last_safety_check_on', { mode: 'string' }),
    countyCode: text('county_code').notNull(),
    districtCode: text('district_code').notNull(),
    address: text('address'),
    geom: geometry('geom', 'Point').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('gas_venues_geom_idx').using('gist', t.geom),
    validGeometry('gas_venues_geom_valid', t.geom),
    index('gas_venues_district_idx').on(t.districtCode, t.venueType),
    check('gas_venues_type', sql`${t.venueType} in (${inList(venueTypes)})`),
    check('gas_venues_pipeline', sql`${t.pipelineUserKind} in (${inList(pipelineUserKinds)})`),
  ],
);

/**
 * The device position sent with a visit or hazard (on-site check, onSiteRules): WGS84 and the
 * reported accuracy in metres; all three null when the device gave none.
 */
const devicePosition = () => ({
  positionLon: doublePrecision('position_lon'),
  positionLat: doublePrecision('position_lat'),
  positionAccuracyM: doublePrecision('position_accuracy_m'),
});

export const gasVisits = pgTable(
  'gas_visits',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    venueId: bigint('venue_id', { mode: 'number' })
      .notNull()
      .references(() => gasVenues.id),
    districtCode: text('district_code').notNull(),
    groupNo: integer('group_no')
      .notNull()
      .references(() => gasGroups.no),
    /** Null for a visit outside every round (still counted and mapped as "outside a round"). */
    campaignId: text('campaign_id'),
    roundNo: integer('round_no'),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    ...devicePosition(),
    /** Metres from the venue; null without a position. */
    distanceM: doublePrecision('distance_m'),
    /** Within the on-site distance of its rule (onSiteRules); null without a position. Never blocks. */
    onSite: boolean('on_site'),
    /** The onSiteRules entry that judged it. */
    onSiteRule: text('on_site_rule'),
    targetKind: text('target_kind', { enum: visitTargetKinds }).notNull().default('enterprise'),
    inspectors: text('inspectors').notNull(),
    note: text('note'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('gas_visits_round_idx').on(t.campaignId, t.roundNo, t.groupNo),
    index('gas_visits_venue_idx').on(t.venueId),
    index('gas_visits_district_idx').on(t.districtCode),
    index('gas_visits_unverified_idx').on(t.districtCode, t.visitedOn).where(sql`${t.onSite} is not true`),
  ],
);

/**
 * Hazards (§四(二)): the venue's district and location are copied at insert so the city-wide
 * list and map filter one table (1,000,000-row bench).
 */
export const gasHazards = pgTable(
  'gas_hazards',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    venueId: bigint('venue_id', { mode: 'number' })
      .notNull()
      .references(() => gasVenues.id),
    districtCode: text('district_code').notNull(),
    countyCode: text('county_code').notNull(),
    venueType: text('venue_type', { enum: venueTypes }).notNull(),
    groupNo: integer('group_no')
      .notNull()
      .references(() => gasGroups.no),
    campaignId: text('campaign_id'),
    roundNo: integer('round_no'),
    category: text('category', { enum: hazardCategories }).notNull(),
    description: text('description').notNull(),
    severity: text('severity', { enum: severities }).notNull(),
    status: text('status', { enum: hazardStatuses }).notNull().default('found'),
    responsibleUnit: text('responsible_unit').notNull(),
    responsiblePerson: text('responsible_person').notNull(),
    measures: text('measures').notNull(),
    /** 整改要求 (§四(二)): what the responsible unit must achieve, beside the measures. */
    rectificationRequirement: text('rectification_requirement'),
    foundOn: date('found_on', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    interimMeasures: text('interim_measures'),
    enforcementOutcome: text('enforcement_outcome', { enum: enforcementOutcomes }),
    fineYuan: integer('fine_yuan').notNull().default(0),
    geom: geometry('geom', 'Point').notNull(),
    ...devicePosition(),
    /** The same on-site check as a visit's (onSiteRules): metres from the venue, null without a position. */
    distanceM: doublePrecision('distance_m'),
    /** Within the rule's distance and accuracy; false too far or imprecise, null no position. Never blocks. */
    onSite: boolean('on_site'),
    /** The onSiteRules entry that judged it; null for hazards recorded before the check existed. */
    onSiteRule: text('on_site_rule'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('gas_hazards_geom_idx').using('gist', t.geom),
    validGeometry('gas_hazards_geom_valid', t.geom),
    index('gas_hazards_status_idx').on(t.status, t.districtCode, t.foundOn),
    index('gas_hazards_district_idx').on(t.districtCode, t.foundOn),
    index('gas_hazards_severity_idx').on(t.severity, t.status, t.deadline),
    index('gas_hazards_found_idx').on(t.foundOn),
    // The filtered list (district + status + severity, newest first, limit 50) reads this index
    // in order and stops early (bench/cases/hazardList.ts). Migration 0013 adds INCLUDE (geom),
    // which drizzle cannot declare: the bbox is then tested in the index (index-only scan).
    index('gas_hazards_list_idx').on(t.districtCode, t.status, t.severity, t.foundOn.desc(), t.id.desc()),
    index('gas_hazards_round_idx').on(t.campaignId, t.roundNo, t.groupNo),
    index('gas_hazards_venue_idx').on(t.venueId),
    check('gas_hazards_deadline', sql`${t.deadline} >= ${t.foundOn}`),
    check('gas_hazards_fine', sql`${t.fineYuan} >= 0`),
    check('gas_hazards_status', sql`${t.status} in (${inList(hazardStatuses)})`),
    check('gas_hazards_severity', sql`${t.severity} in (${inList(severities)})`),
    check('gas_hazards_category', sql`${t.category} in (${inList(hazardCategories)})`),
  ],
);

/** Every move of a hazard (who, when, from, to, note); append-only by trigger (migration). */
export const gasHazardTransitions = pgTable(
  'gas_hazard_transitions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    hazardId: bigint('hazard_id', { mode: 'number' })
      .notNull()
      .references(() => gasHazards.id),
    /** null for the record of the hazard being found. */
    fromStatus: text('from_status', { enum: hazardStatuses }),
    toStatus: text('to_status', { enum: hazardStatuses }).notNull(),
    actor: text('actor').notNull(),
    role: text('role').notNull(),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('gas_hazard_transitions_hazard_idx').on(t.hazardId, t.at)],
);

/**
 * Photo evidence of a hazard (finding / rectification / verification), stored in the database on
 * both drivers: the bytes as uploaded (type sniffed from them) and a ≤ 320 px JPEG thumbnail.
 * Limits (size, count per hazard) are data in api/domain/gas/photos.ts.
 */
export const gasHazardPhotos = pgTable(
  'gas_hazard_photos',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    hazardId: bigint('hazard_id', { mode: 'number' })
      .notNull()
      .references(() => gasHazards.id),
    stage: text('stage', { enum: photoStages }).notNull(),
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true, mode: 'string' }),
    data: bytea('data').notNull(),
    thumb: bytea('thumb').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('gas_hazard_photos_hazard_idx').on(t.hazardId, t.createdAt),
    check('gas_hazard_photos_stage', sql`${t.stage} in (${inList(photoStages)})`),
    check('gas_hazard_photos_type', sql`${t.contentType} in ('image/jpeg', 'image/png', 'image/webp')`),
  ],
);

/**
 * 附件1 inputs the visit and hazard records cannot supply: 问题 (shortcomings of governments and
 * departments), 建议 (suggestions), 谈话 (one row per official talked with, 人次), and the
 * departments and county governments / park committee visited (not venues, so not gas_visits).
 */

export const gasReportItems = pgTable(
  'gas_report_items',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    groupNo: integer('group_no').notNull(),
    campaignId: text('campaign_id').notNull(),
    roundNo: integer('round_no').notNull(),
    kind: text('kind', { enum: reportItemKinds }).notNull(),
    text: text('text').notNull(),
    /** 98号 §三(一) checklist item a problem or suggestion is filed under (optional). */
    checklistCategory: text('checklist_category', { enum: checklistCategories }),
    /** The district of a department or government visited (附件1 counts districts inspected). */
    districtCode: text('district_code'),
    recordedOn: date('recorded_on', { mode: 'string' }),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('gas_report_items_idx').on(t.campaignId, t.roundNo, t.groupNo),
    check('gas_report_items_kind', sql`${t.kind} in (${inList(reportItemKinds)})`),
    check('gas_report_items_checklist_category', sql`${t.checklistCategory} is null or ${t.checklistCategory} in (${inList(checklistCategories)})`),
    check('gas_report_items_visit_district', sql`${t.kind} not in ('department', 'government') or ${t.districtCode} is not null`),
  ],
);

/** The editable text sections of a group's round report (附件1). */
export const gasReportTexts = pgTable(
  'gas_report_texts',
  {
    groupNo: integer('group_no').notNull(),
    campaignId: text('campaign_id').notNull(),
    roundNo: integer('round_no').notNull(),
    sectionKey: text('section_key').notNull(),
    body: text('body').notNull(),
    updatedBy: text('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupNo, t.campaignId, t.roundNo, t.sectionKey] })],
);
