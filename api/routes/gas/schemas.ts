import { z } from 'zod';
import { districtCodes } from '../../domain/geo/vocabulary';
import { checklistCategories, enforcementOutcomes, hazardCategories, hazardStatuses, photoStages, pipelineUserKinds, reportItemKinds, severities, venueTypes } from '../../domain/gas/vocabulary';
import { chinaExtent } from '../../domain/gas/onSiteRules';
import { workQueueKinds, workQueueRule } from '../../domain/gas/workQueue';
import { bboxParam, countyCode, cursorParam, geoExportFormat, isoDate, paging, plainString, queryFlag, tablePaging, tableSort, text } from '../shared/primitives';

// Every boundary of the gas-safety API (东政办〔2023〕98号), declared once; handlers, services and
// the web's forms take their types from here (z.output / z.input).

export const gasRoles = ['inspector', 'official', 'admin'] as const;

const groupNo = z.coerce.number().int().min(1).max(9);
const roundNo = z.coerce.number().int().min(1).max(20);
const campaignId = plainString().max(100);

const inChinaMsg = { params: { zh: '应在中国境内（经度 73.4–135.1，纬度 18.1–53.6）', en: 'must lie in China (lon 73.4–135.1, lat 18.1–53.6)' } };

/** The device position (W3C Geolocation: WGS84 lon/lat, accuracy in metres) sent with a field record. */
export const devicePosition = z.object({
  lon: z.number().refine((v) => v >= chinaExtent.minLon && v <= chinaExtent.maxLon, inChinaMsg),
  lat: z.number().refine((v) => v >= chinaExtent.minLat && v <= chinaExtent.maxLat, inChinaMsg),
  accuracy: z.number().refine((v) => v > 0 && v <= 100_000, { params: { zh: '定位精度应大于 0 且不超过 100000 米', en: 'must be more than 0 and at most 100000 metres' } }),
});

/** The hazard list's filters (the map's clusters take the same, without paging). */
export const hazardFilter = z.object({
  status: z.enum(hazardStatuses).optional(),
  severity: z.enum(severities).optional(),
  category: z.enum(hazardCategories).optional(),
  countyCode: countyCode.optional(),
  district: z.enum(districtCodes).optional(),
  campaign: campaignId.optional(),
  round: roundNo.optional(),
  group: groupNo.optional(),
  venueType: z.enum(venueTypes).optional(),
  venueId: z.coerce.number().int().positive().optional(),
  overdue: queryFlag.optional(),
  /** Only records dated outside every round (true) or only those in a round (false). */
  outsideRound: queryFlag.optional(),
  /**
   * The time slider: hazards as they stood at the end of this day, the status rebuilt from the
   * transition history (statusAsOf.ts); hazards recorded later are left out, overdue is judged on that day.
   */
  asOf: isoDate.optional(),
});
export type HazardFilter = z.output<typeof hazardFilter>;

export const hazardQuery = hazardFilter
  .extend({ bbox: bboxParam().optional(), cursor: cursorParam.optional(), ...paging(1000, 50_000) })
  .refine((q) => q.cursor === undefined || q.offset === 0, { path: ['offset'], params: { zh: '与 cursor 同用时须为 0', en: 'must be 0 when a cursor is given' } });
export type HazardQuery = z.output<typeof hazardQuery>;

/** The hazard list tied to the map: the same filters, a sort and a page (api/domain/gas/hazardTable.ts). */
export const hazardTableQuery = hazardFilter.extend({ bbox: bboxParam().optional(), ...tableSort, ...tablePaging });
export type HazardTableQuery = z.output<typeof hazardTableQuery>;

/** Exactly the list's filtered set, in the list's order, as a file. */
export const hazardExportQuery = hazardFilter.extend({ bbox: bboxParam().optional(), ...tableSort, ...geoExportFormat });
export type HazardExportQuery = z.output<typeof hazardExportQuery>;

const view = { bbox: bboxParam(), zoom: z.coerce.number().min(0).max(22) };
export const hazardClusterQuery = hazardFilter.extend(view);
export type HazardClusterQuery = z.output<typeof hazardClusterQuery>;

export const venueQuery = z.object({
  district: z.enum(districtCodes).optional(),
  countyCode: countyCode.optional(),
  venueType: z.enum(venueTypes).optional(),
  q: plainString().max(100).optional(),
  bbox: bboxParam().optional(),
  ...paging(1000, 50_000),
});
export type VenueQuery = z.output<typeof venueQuery>;

/** A device position asking for the nearest venues; the bounds are China's extent (issue 10: a position outside China is 400). */
export const nearbyQuery = z.object({
  lon: z.coerce.number().min(73).max(136),
  lat: z.coerce.number().min(3).max(54),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type NearbyQuery = z.output<typeof nearbyQuery>;

/** The venue list tied to the map: the same filters, a sort and a page (api/domain/gas/venueTable.ts). */
const venueFilter = venueQuery.omit({ limit: true, offset: true });
export const venueTableQuery = venueFilter.extend({ ...tableSort, ...tablePaging });
export type VenueTableQuery = z.output<typeof venueTableQuery>;
export const venueExportQuery = venueFilter.extend({ ...tableSort, ...geoExportFormat });
export type VenueExportQuery = z.output<typeof venueExportQuery>;

export const venueClusterQuery = z.object({ ...view, venueType: z.enum(venueTypes).optional() });

export const hazardBody = z.object({
  venueId: z.number().int().positive(),
  category: z.enum(hazardCategories),
  description: text(2000, true),
  severity: z.enum(severities),
  responsibleUnit: text(200),
  responsiblePerson: text(100),
  measures: text(2000, true),
  /** 整改要求 (东政办〔2023〕98号 §四(二)). */
  rectificationRequirement: plainString(true).trim().max(2000).optional(),
  foundAt: isoDate.optional(),
  deadline: isoDate,
  interimMeasures: plainString(true).max(2000).optional(),
  enforcementOutcome: z.enum(enforcementOutcomes).optional(),
  fineYuan: z.number().int().min(0).max(100_000_000).optional(),
  groupNo: z.number().int().min(1).max(9).optional(),
  position: devicePosition.optional(),
});
export type HazardInput = z.output<typeof hazardBody>;

export const enforcementBody = z.object({
  enforcementOutcome: z.enum(enforcementOutcomes).nullable(),
  fineYuan: z.number().int().min(0).max(100_000_000),
});
export type EnforcementInput = z.output<typeof enforcementBody>;

export const transitionBody = z.object({ to: z.enum(hazardStatuses), note: plainString(true).max(2000).optional() });

export const visitBody = z.object({
  venueId: z.number().int().positive(),
  visitedOn: isoDate.optional(),
  inspectors: text(200),
  note: plainString(true).max(2000).optional(),
  groupNo: z.number().int().min(1).max(9).optional(),
  position: devicePosition.optional(),
});
export type VisitInput = z.output<typeof visitBody>;

/** The officials' review lists of visits and hazards without location proof (onSite false or null). */
export const unverifiedQuery = z.object({
  district: z.enum(districtCodes).optional(),
  group: groupNo.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** far: recorded too far / too imprecise (onSite false); no_position: none sent (onSite null). */
  reason: z.enum(['far', 'no_position']).optional(),
  bbox: bboxParam().optional(),
  ...paging(200, 5000),
});
export type UnverifiedQuery = z.output<typeof unverifiedQuery>;

export const venueBody = z.object({
  name: text(200),
  venueType: z.enum(venueTypes),
  pipelineUserKind: z.enum(pipelineUserKinds),
  lastSafetyCheckOn: isoDate.optional(),
  address: plainString().trim().max(300).optional(),
  location: z.object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }),
});
export type VenueInput = z.output<typeof venueBody>;

export const campaignQuery = z.object({ campaign: campaignId.optional() });

export const dueQuery = z.object({ district: z.enum(districtCodes).optional(), ...paging(200, 5000) });
export type DueQuery = z.output<typeof dueQuery>;

export const boardQuery = z.object({ campaign: campaignId.optional(), round: roundNo.optional(), group: groupNo.optional() });
export type BoardQuery = z.output<typeof boardQuery>;

export const campaignBody = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,60}$/),
  document: text(200),
  title: text(200),
  issuedOn: isoDate,
  minDaysPerRound: z.number().int().min(1).max(60).optional(),
  rounds: z
    .array(z.object({ no: z.number().int().min(1), nameZh: plainString().min(1).max(50), nameEn: plainString().min(1).max(80), startsOn: isoDate, endsOn: isoDate, reportDueOn: isoDate }))
    .min(1)
    .max(10),
});
export type CampaignInput = z.output<typeof campaignBody>;

export const reportParams = z.object({ groupNo, round: roundNo });
export const reportQuery = z.object({ campaign: campaignId.optional() });
export const textsBody = z.object({ campaign: campaignId.optional(), sections: z.record(plainString(), plainString(true).max(20_000)) });
export const itemBody = z.object({
  campaign: campaignId.optional(),
  kind: z.enum(reportItemKinds),
  text: text(2000, true),
  checklistCategory: z.enum(checklistCategories).optional(),
  districtCode: z.enum(districtCodes).optional(),
  recordedOn: isoDate.optional(),
});
export type ReportItemInput = z.output<typeof itemBody>;

/** A hazard photo upload (multipart): the file, its stage of the closed loop, when it was taken. */
export const photoForm = z.object({
  photo: z.custom<File>((v) => v instanceof File, { params: { zh: '必填项缺失，请附上照片文件', en: 'is required: attach the photo file' } }),
  stage: z.enum(photoStages),
  takenAt: z.iso.datetime({ offset: true }).optional(),
});
export type PhotoInput = z.output<typeof photoForm>;

/** The work queue: what is due within `days` (or overdue) in the caller's scope, with filters. */
export const workQueueQuery = z.object({
  days: z.coerce.number().int().min(0).max(workQueueRule.maxDays).default(workQueueRule.defaultDays),
  district: z.enum(districtCodes).optional(),
  group: groupNo.optional(),
  kind: z.enum(workQueueKinds).optional(),
  ...paging(100, 2000),
});
export type WorkQueueQuery = z.output<typeof workQueueQuery>;

/** 回头看: the campaign (default: the current one) and optional filters. */
export const lookBackQuery = z.object({
  campaignId: campaignId.optional(),
  district: z.enum(districtCodes).optional(),
  group: groupNo.optional(),
});
export type LookBackQuery = z.output<typeof lookBackQuery>;
